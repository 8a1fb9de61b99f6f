// The daily limits on residents' needs and feedback through the local runtime's HTTP face, on the deps clock.
import { DAILY_LIMITS } from '../../../cloud/contract/rules/limits';
import { useRuntime } from '../../support/local-runtime';
import { clock, JUNAN, publish, startProjectRuntime, WORKER } from '../../support/projects';

let time: ReturnType<typeof clock>;
const rt = useRuntime(() => startProjectRuntime((time = clock('2024-06-01T02:00:00.000Z')).now));

const submit = (who: string, text: string) => rt.call('submitNeed', { communityId: JUNAN, text }, who);
const all = async (call: 'listNeeds' | 'listMyNeeds', who: string) =>
  (await rt.call(call, { communityId: JUNAN, limit: 100 }, who)).body.data.needs as { text: string }[];

async function submitMany(who: string, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++) {
    const res = await submit(who, `需求 ${i}`);
    if (res.status !== 200) throw new Error(`need ${i}: ${JSON.stringify(res.body)}`);
  }
}

describe('needs: 20 per resident per Shanghai day', () => {
  test('the 21st is 429 RATE_LIMITED in Chinese and stores nothing; another resident may still send', async () => {
    expect(DAILY_LIMITS.need).toBe(20);
    await submitMany('resident-1', 20);
    const refused = await submit('resident-1', '第二十一条');
    expect(refused.status).toBe(429);
    expect(refused.body).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: '您今天提交的需求已达 20 条上限，请明天再来' } });
    expect(await all('listMyNeeds', 'resident-1')).toHaveLength(20);
    expect((await all('listNeeds', WORKER)).map((n) => n.text)).not.toContain('第二十一条');
    expect((await submit('resident-2', '别人的需求')).status).toBe(200);
    expect(await all('listNeeds', WORKER)).toHaveLength(21);
  });

  test('the next day starts at midnight in Shanghai (16:00 UTC), not at midnight UTC', async () => {
    await submitMany('resident-1', 20);
    time.set('2024-06-01T15:59:59.999Z'); // 23:59:59 in Shanghai: still the same day
    expect((await submit('resident-1', '深夜的需求')).status).toBe(429);
    time.set('2024-06-01T16:00:00.000Z'); // 00:00 on 2 June in Shanghai
    await submitMany('resident-1', 20, 20);
    expect((await submit('resident-1', '又满了')).status).toBe(429);
    expect(await all('listMyNeeds', 'resident-1')).toHaveLength(40);
  });

  test('thirty sent at the same moment: exactly twenty stored, ten refused with 429', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => submit('resident-1', `同时 ${i}`)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(20);
    expect(results.filter((r) => r.status === 429)).toHaveLength(10);
    expect(await all('listMyNeeds', 'resident-1')).toHaveLength(20);
  });

  test('refused input and refused text use no part of the day’s allowance', async () => {
    await submitMany('resident-1', 19);
    expect((await submit('resident-1', '   ')).status).toBe(400);
    expect((await submit('resident-1', '出售毒品，价格好商量')).status).toBe(400);
    expect((await rt.call('submitNeed', { communityId: 'no-such-place', text: '需要' }, 'resident-1')).status).toBe(404);
    expect((await submit('resident-1', '第二十条')).status).toBe(200);
    expect((await submit('resident-1', '第二十一条')).status).toBe(429);
  });

  test('over the limit, a need with a blocked word is refused for the limit before its text is checked', async () => {
    await submitMany('resident-1', 20);
    const res = await submit('resident-1', '出售毒品，价格好商量');
    expect(res.body.error.code).toBe('RATE_LIMITED');
  });
});

describe('feedback: 30 submissions per resident per Shanghai day, resends included', () => {
  test('the 31st is 429 and leaves the stored rating and comment as the 30th left them; the next day accepts again', async () => {
    expect(DAILY_LIMITS.feedback).toBe(30);
    const project = await publish(rt);
    const rate = (rating: number, comment: string) => rt.call('submitFeedback', { projectId: project.id, rating, comment }, 'resident-1');
    for (let i = 1; i <= 30; i++) expect((await rate((i % 5) + 1, `第 ${i} 次`)).status).toBe(200);
    const refused = await rate(1, '第 31 次');
    expect(refused.status).toBe(429);
    expect(refused.body.error).toEqual({ code: 'RATE_LIMITED', message: '您今天提交的评价已达 30 次上限，请明天再来' });
    const seen = (await rt.call('getProject', { projectId: project.id }, 'resident-1')).body.data;
    expect(seen.mine.feedback).toMatchObject({ rating: 1, comment: '第 30 次' });
    expect(seen.rating).toEqual({ average: 1, count: 1 });
    // Needs and feedback are counted apart.
    expect((await submit('resident-1', '还能提需求')).status).toBe(200);
    time.set('2024-06-02T01:00:00.000Z');
    expect((await rate(5, '第二天')).status).toBe(200);
  });
});
