// The staff's project forms are checked by the contract's own schemas: what would be sent, or each field's problem in
// the contract's words; the app adds only what one call cannot see (an empty choice, a full category, a non-number).
import { LONG_TEXT_MAX, MAX_PROJECTS_PER_CATEGORY, REASON_MAX, TITLE_MAX } from '../../../cloud/contract/rules';
import { checkActivity, checkPublish, checkText, checkWords } from '../../../src/projects/forms';
import { WORKER_TEXT } from '../../../src/text/worker';

const full = new Set(['elderly_care']);
const publish = (category: 'elderly_care' | 'public_health' | null, title: string, summary = '') =>
  checkPublish('dinghai-beiyuan', 2025, { category, title, summary }, full);

describe('publishing', () => {
  test("a category must be chosen and not full; the title and summary are the contract's to judge", () => {
    expect(publish(null, '')).toEqual({ ok: false, errors: { category: WORKER_TEXT.needCategory, title: '请填写项目名称' } });
    expect(publish('elderly_care', 'x'.repeat(TITLE_MAX + 1), 'y'.repeat(LONG_TEXT_MAX + 1))).toEqual({
      ok: false,
      errors: {
        category: WORKER_TEXT.categoryIsFull('养老服务', MAX_PROJECTS_PER_CATEGORY),
        title: `项目名称最多 ${TITLE_MAX} 字`,
        summary: `最多 ${LONG_TEXT_MAX} 字`,
      },
    });
  });

  test('a good form is what publishProject gets, trimmed as the contract trims it', () => {
    expect(publish('public_health', ' 健康讲座 ', ' 每月一次 ')).toEqual({
      ok: true,
      data: { communityId: 'dinghai-beiyuan', year: 2025, category: 'public_health', title: '健康讲座', summary: '每月一次' },
    });
  });
});

describe('recording an activity', () => {
  const activity = (date: string, description: string, servedCount: string) => checkActivity('p1', { date, description, servedCount });

  test('a real day, something done and a number served', () => {
    expect(activity('2025-02-29', ' ', '')).toEqual({
      ok: false,
      errors: { date: '日期格式应为 YYYY-MM-DD', description: '请填写活动内容', servedCount: WORKER_TEXT.needServed },
    });
    expect(activity('2024-02-29', '送餐', '12人')).toEqual({ ok: false, errors: { servedCount: WORKER_TEXT.servedNotWhole } });
    expect(activity('2025-6-1', '送餐', '1')).toMatchObject({ ok: false, errors: { date: '日期格式应为 YYYY-MM-DD' } });
  });

  test('served is a whole number ≥ 0, as the contract says', () => {
    expect(activity('2025-06-01', '送餐', '-1')).toEqual({ ok: false, errors: { servedCount: '服务人数不能为负' } });
    expect(activity('2025-06-01', '送餐', '1.5')).toEqual({ ok: false, errors: { servedCount: '服务人数应为整数' } });
    expect(activity('2025-06-01', ' 送餐 ', '0')).toEqual({
      ok: true,
      data: { projectId: 'p1', date: '2025-06-01', description: '送餐', servedCount: 0, photos: [] },
    });
  });
});

describe('editing the text', () => {
  const saved = { title: '助老食堂', summary: '为高龄老人送餐', plan: '', reflection: '' };

  test('only what changed is sent, trimmed', () => {
    expect(checkText({ id: 'p1', revision: 3 }, { ...saved, plan: ' 每周二、四送餐 ' }, saved)).toEqual({
      ok: true,
      data: { projectId: 'p1', revision: 3, plan: '每周二、四送餐' },
    });
    expect(checkText({ id: 'p1', revision: 3 }, { ...saved, title: '助老食堂 ' }, saved)).toEqual({
      ok: true,
      data: { projectId: 'p1', revision: 3 },
    });
  });

  test('an emptied title or a too long text is refused under its field', () => {
    expect(checkText({ id: 'p1', revision: 3 }, { ...saved, title: ' ', reflection: 'z'.repeat(LONG_TEXT_MAX + 1) }, saved)).toEqual({
      ok: false,
      errors: { title: '请填写项目名称', reflection: `最多 ${LONG_TEXT_MAX} 字` },
    });
  });
});

test('a reason or reply: the page names an empty one, the contract a too long one', () => {
  expect(checkWords('  ', WORKER_TEXT.needReason)).toEqual({ ok: false, errors: { '': WORKER_TEXT.needReason } });
  expect(checkWords('x'.repeat(REASON_MAX + 1), WORKER_TEXT.needReason)).toEqual({ ok: false, errors: { '': `最多 ${REASON_MAX} 字` } });
  expect(checkWords(' 居民意见还没收齐 ', WORKER_TEXT.needReason)).toEqual({ ok: true, data: '居民意见还没收齐' });
});
