// The content check through the local runtime's HTTP face: reports about safety problems pass; a refusal says
// which kind of content was refused and how to rephrase it, and never names the word it found.
import { CONTENT_REJECTED_MESSAGES, DEFAULT_BLOCKLIST, localContentCheck } from '../../../cloud/core/content-check';
import { localConfig } from '../../../cloud/local/config';
import { removeDataDir, tempDataDir, useRuntime } from '../../support/local-runtime';
import { clock, JUNAN, publish, startProjectRuntime, WORKER } from '../../support/projects';

const rt = useRuntime(() => startProjectRuntime(clock().now));

const submitNeed = (who: string, text: string) => rt.call('submitNeed', { communityId: JUNAN, text }, who);
const storedNeeds = async () => (await rt.call('listNeeds', { communityId: JUNAN }, WORKER)).body.data.needs as { text: string }[];

/** What residents write about safety: every one names a problem, none is the offence. */
const SAFETY_REPORTS = [
  '希望社区多搞禁毒宣传，让孩子们远离毒品',
  '有人在楼下棋牌室聚众赌博，很吵，请社区管一管',
  '老人接到电信诈骗电话，希望办一次防诈骗讲座',
  '3 号楼的消防通道被电动车堵住了',
  '暑假快到了，海边要加强防溺水提醒',
  '希望开展扫黄打非、黄赌毒的法治宣传',
];

test('reports about safety problems (禁毒, 赌博, 诈骗, 消防, 防溺水 …) are stored as needs and as comments', async () => {
  for (const [i, text] of SAFETY_REPORTS.entries()) {
    const res = await submitNeed(`resident-safety-${i}`, text);
    expect({ text, status: res.status }).toEqual({ text, status: 200 });
  }
  expect((await storedNeeds()).map((n) => n.text).sort()).toEqual([...SAFETY_REPORTS].sort());

  const project = await publish(rt);
  const comment = await rt.call('submitFeedback', { projectId: project.id, rating: 4, comment: SAFETY_REPORTS[0] }, 'resident-c');
  expect(comment.status).toBe(200);
  expect((await rt.call('getProject', { projectId: project.id })).body.data.feedback[0].comment).toBe(SAFETY_REPORTS[0]);
});

test('a refusal says which kind of content it found and how to rephrase, never the word; nothing is stored', async () => {
  const cases = [
    { text: '可以代开发票，价格优惠', kind: 'ad' },
    { text: '出售毒品，价格好商量', kind: 'illegal' },
    { text: '楼上那个傻逼天天吵', kind: 'abuse' },
    { text: '晚上有人约炮', kind: 'porn' },
  ] as const;
  for (const [i, { text, kind }] of cases.entries()) {
    const res = await submitNeed(`resident-bad-${i}`, text);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CONTENT_REJECTED');
    expect(res.body.error.message).toBe(CONTENT_REJECTED_MESSAGES[kind]);
    const word = DEFAULT_BLOCKLIST.find((b) => text.includes(b.word))!.word;
    expect(res.body.error.message).not.toContain(word);
  }
  expect(CONTENT_REJECTED_MESSAGES.ad).toContain('广告');
  expect(CONTENT_REJECTED_MESSAGES.abuse).toContain('辱骂');
  expect(CONTENT_REJECTED_MESSAGES.illegal).toContain('违法');
  expect(await storedNeeds()).toEqual([]);

  const project = await publish(rt);
  const comment = await rt.call('submitFeedback', { projectId: project.id, rating: 5, comment: '代开发票 请联系' }, 'resident-d');
  expect(comment.body.error).toMatchObject({ code: 'CONTENT_REJECTED', message: CONTENT_REJECTED_MESSAGES.ad });
  expect((await rt.call('getProject', { projectId: project.id })).body.data.rating.count).toBe(0);
});

test('CONTENT_BLOCKLIST replaces the list; its words are refused with the general message, which names no word', async () => {
  const dir = tempDataDir();
  try {
    const config = localConfig({ DATA_DIR: dir, PORT: '0', CONTENT_BLOCKLIST: ' 楼道 , ,维修基金' });
    expect(config.contentBlocklist).toEqual([
      { word: '楼道', kind: 'other' },
      { word: '维修基金', kind: 'other' },
    ]);
    const check = localContentCheck(config.contentBlocklist);
    expect(await check('楼道灯坏了', 'r')).toBe('other');
    expect(await check('代开发票', 'r')).toBe(true);
    expect(CONTENT_REJECTED_MESSAGES.other).not.toContain('楼道');
    expect(CONTENT_REJECTED_MESSAGES.other).toMatch(/广告.*辱骂.*违法/);
  } finally {
    removeDataDir(dir);
  }
});
