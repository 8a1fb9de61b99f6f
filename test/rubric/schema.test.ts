// Tests of the standard's schema: what parseStandard accepts from a JSON file and which broken standards it refuses.
import { ZodError } from 'zod';
import { parseStandard, scoreAssessment, stateItems } from '../../rubric';
import { cloneData } from './builders';

/** Messages and paths of the issues parseStandard raises for `data`. */
function issuesOf(data: unknown): { path: string; message: string }[] {
  try {
    parseStandard(data);
  } catch (e) {
    if (e instanceof ZodError) return e.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw e;
  }
  return [];
}

const indicator = (data: any, id: string) => data.indicators.find((i: any) => i.id === id);

describe('parseStandard', () => {
  test('loads another year’s standard without code changes', () => {
    const data = cloneData();
    data.id = 'zhoushan-2018';
    data.year = 2018;
    indicator(data, 'II-1').weight = 4; // 4 + 2 = 3 + 3: 一类 still 60
    indicator(data, 'II-2').weight = 2;
    indicator(data, 'II-2').items.push({ id: 'II-2.4', text: '新增的测评内容。' });
    const next = parseStandard(data);
    const states = Object.fromEntries(stateItems(next).map((item) => [item.id, 'A' as const]));
    expect(stateItems(next)).toHaveLength(40);
    expect(scoreAssessment(next, { states }).firstClass).toBe(60);
  });

  test('refuses weights that do not add up to the class total', () => {
    const data = cloneData();
    indicator(data, 'II-1').weight = 4; // 61 ≠ 60
    expect(issuesOf(data)).toEqual([{ path: 'classes.first.total', message: '一类指标权重合计 61,与总分 60 不符' }]);
  });

  test('refuses a shared weight that does not make the 二类 total', () => {
    const data = cloneData();
    data.sections[4].weight = 30;
    expect(issuesOf(data).map((i) => i.path)).toEqual(['classes.second.total']);
  });

  test('refuses an indicator with its own weight inside a shared-weight section', () => {
    const data = cloneData();
    indicator(data, 'II-11').weight = 20;
    expect(issuesOf(data).map((i) => i.path)).toEqual(['indicators.10.weight']);
  });

  test('refuses an indicator without weight outside a shared-weight section', () => {
    const data = cloneData();
    indicator(data, 'II-1').weight = null;
    expect(issuesOf(data)).toEqual([
      { path: 'indicators.0.weight', message: 'II-1 缺少权重' },
      { path: 'classes.first.total', message: '一类指标权重合计 57,与总分 60 不符' },
    ]);
  });

  test('refuses a shared weight where items are judged A/B/C', () => {
    const data = cloneData();
    data.sections[3].weight = 9; // Ⅰ-4 holds only Ⅱ-10, whose weight moves up
    indicator(data, 'II-10').weight = null;
    expect(issuesOf(data).map((i) => i.path)).toEqual(['sections.3.weight']);
  });

  test('refuses duplicate and misnumbered ids', () => {
    const data = cloneData();
    indicator(data, 'II-3').items[1].id = 'II-3.1';
    data.categories[1].id = 'elderly_care';
    expect(issuesOf(data)).toEqual([
      { path: 'categories.1.id', message: '项目类别编号重复: elderly_care' },
      { path: 'indicators.2.items.1.id', message: '应为 II-3.2' },
    ]);
  });

  test('refuses references to unknown sections and rates', () => {
    const data = cloneData();
    indicator(data, 'II-4').section = 'I-9';
    indicator(data, 'II-10').items[1].source.rate = 'happiness';
    const paths = issuesOf(data).map((i) => i.path);
    expect(paths).toContain('indicators.3.section');
    expect(paths).toContain('indicators.9.items.1.source.rate');
  });

  test('refuses thresholds out of order', () => {
    const data = cloneData();
    data.stateFactors.B = 0.2; // below C's 0.33
    data.grades.good.min = 96; // above 优秀
    data.rateStates.B = 90;
    data.eligibility.min = 61;
    expect(issuesOf(data).map((i) => i.path)).toEqual(['stateFactors', 'rateStates', 'grades', 'eligibility.min']);
  });

  test('refuses a minimum sample that is not a positive whole number', () => {
    for (const bad of [0, 12.5, -1, '50']) {
      const data = cloneData();
      data.rateStates.minSample = bad;
      expect(issuesOf(data).map((i) => i.path)).toContain('rateStates.minSample');
    }
    const data = cloneData();
    delete data.rateStates.minSample;
    expect(issuesOf(data).map((i) => i.path)).toEqual(['rateStates.minSample']);
  });

  test('refuses a minimum sample at which no rate falls in the B band', () => {
    // 3 answers rate 0, 33.3, 66.7 or 100%: none in [75%, 85%). 4 answers can: 3/4 = 75%.
    const data = cloneData();
    data.rateStates.minSample = 3;
    expect(issuesOf(data)).toEqual([{ path: 'rateStates.minSample', message: '最少样本 3 份时没有比率落在 75%–85% 之间,B 档无从评定' }]);
    data.rateStates.minSample = 4;
    expect(issuesOf(data)).toEqual([]);
  });

  test('refuses weights and factors with more than two decimals', () => {
    const data = cloneData();
    indicator(data, 'II-1').weight = 3.001;
    data.stateFactors.B = 2 / 3;
    const paths = issuesOf(data).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['indicators.0.weight', 'stateFactors.B']));
  });

  test('refuses a shape that is not a standard', () => {
    expect(() => parseStandard({})).toThrow(ZodError);
    expect(() => parseStandard(null)).toThrow(ZodError);
  });
});
