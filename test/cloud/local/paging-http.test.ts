// Lists that grow with residents, through the local runtime's HTTP face: needs a page at a time, a project's newest feedback.
import { NEEDS_PAGE, PROJECT_FEEDBACK_SHOWN } from '../../../cloud/contract/rules/limits';
import { useRuntime } from '../../support/local-runtime';
import { BEIYUAN, clock, JUNAN, OFFICIAL, publish, startProjectRuntime, WORKER } from '../../support/projects';

let time: ReturnType<typeof clock>;
const rt = useRuntime(() => startProjectRuntime((time = clock('2024-06-01T01:00:00.000Z')).now));

interface Need {
  id: string;
  text: string;
  submittedAt: string;
}
const newestFirst = (a: Need, b: Need) => b.submittedAt.localeCompare(a.submittedAt) || b.id.localeCompare(a.id);

/** n needs of Junan from residents taking turns, two to each second of the clock. */
async function submitNeeds(n: number, who = (i: number) => `resident-${i % 6}`): Promise<Need[]> {
  const sent: Need[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) time.set(new Date(time.now().getTime() + 1000).toISOString());
    const res = await rt.call('submitNeed', { communityId: JUNAN, text: `需求 ${i}` }, who(i));
    if (res.status !== 200) throw new Error(`need ${i}: ${JSON.stringify(res.body)}`);
    sent.push(res.body.data);
  }
  return sent;
}

/** Every page of a list call, following `next` until it is null. */
async function readAll(call: 'listNeeds' | 'listMyNeeds', who: string, limit?: number): Promise<Need[][]> {
  const pages: Need[][] = [];
  let cursor: string | undefined;
  do {
    const res = await rt.call(call, { communityId: JUNAN, ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) }, who);
    expect(res.status).toBe(200);
    pages.push(res.body.data.needs);
    cursor = res.body.data.next ?? undefined;
  } while (cursor);
  return pages;
}

describe('listNeeds and listMyNeeds come a page at a time, newest first', () => {
  test('120 needs: pages of 50, 50 and 20 (50 when no limit is sent), then next is null; none twice, none missing', async () => {
    const sent = await submitNeeds(120);
    const pages = await readAll('listNeeds', WORKER);
    expect(NEEDS_PAGE.default).toBe(50);
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(pages.flat().map((n) => n.id)).toEqual([...sent].sort(newestFirst).map((n) => n.id));
    expect((await readAll('listNeeds', OFFICIAL, 100)).map((p) => p.length)).toEqual([100, 20]);
    // A page that ends exactly at the last need says there is no next.
    expect((await readAll('listNeeds', WORKER, 60)).map((p) => p.length)).toEqual([60, 60]);
  });

  test('a resident pages through their own needs only', async () => {
    const sent = await submitNeeds(40, (i) => (i % 2 === 0 ? 'resident-1' : 'resident-2'));
    const pages = await readAll('listMyNeeds', 'resident-1', 7);
    expect(pages.map((p) => p.length)).toEqual([7, 7, 6]);
    expect(pages.flat().map((n) => n.id)).toEqual(
      sent
        .filter((_, i) => i % 2 === 0)
        .sort(newestFirst)
        .map((n) => n.id),
    );
  });

  test('a need sent between two pages does not shift the second; it is first when the list is read again', async () => {
    await submitNeeds(30);
    const first = (await rt.call('listNeeds', { communityId: JUNAN, limit: 10 }, WORKER)).body.data;
    const [fresh] = await submitNeeds(1, () => 'resident-9');
    const second = (await rt.call('listNeeds', { communityId: JUNAN, limit: 10, cursor: first.next }, WORKER)).body.data;
    const ids = [...first.needs, ...second.needs].map((n: Need) => n.id);
    expect(new Set(ids).size).toBe(20);
    expect(ids).not.toContain(fresh.id);
    expect(second.needs[0].submittedAt <= first.needs[9].submittedAt).toBe(true);
    expect((await rt.call('listNeeds', { communityId: JUNAN, limit: 1 }, WORKER)).body.data.needs[0].id).toBe(fresh.id);
  });

  test('a cursor names a place in time only: used on another community it pages that community’s needs', async () => {
    const beiyuan = (await rt.call('submitNeed', { communityId: BEIYUAN, text: '北苑的需求' }, 'resident-1')).body.data;
    await submitNeeds(3);
    const { next } = (await rt.call('listNeeds', { communityId: JUNAN, limit: 1 }, WORKER)).body.data;
    const other = await rt.call('listNeeds', { communityId: BEIYUAN, cursor: next }, OFFICIAL);
    expect(other.body.data).toEqual({ needs: [beiyuan], next: null });
    expect((await rt.call('listNeeds', { communityId: BEIYUAN, cursor: next }, WORKER)).status).toBe(403);
  });

  test('a limit outside 1–100 or a cursor this service did not make is 400 INVALID_INPUT, never a 500', async () => {
    await submitNeeds(3);
    const list = (data: Record<string, unknown>) => rt.call('listNeeds', { communityId: JUNAN, ...data }, WORKER);
    for (const limit of [0, 101, 2.5, '10', -1]) {
      const res = await list({ limit });
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toEqual(['limit']);
    }
    const forged = [
      Buffer.from('["yesterday","x"]').toString('base64url'),
      Buffer.from('not json').toString('base64url'),
      'a+b/c=',
      '',
      'x'.repeat(301),
      42,
    ];
    for (const cursor of forged) {
      const res = await list({ cursor });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.issues.map((i: any) => i.path)).toEqual(['cursor']);
      expect(res.body.error.issues[0].message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect((await rt.call('listMyNeeds', { communityId: JUNAN, cursor: 'bm9wZQ' }, 'resident-1')).status).toBe(400);
    expect((await list({ cursor: null })).body.data.needs).toHaveLength(3);
  });
});

describe('getProject carries the newest feedback only, with how many there are', () => {
  test(`${PROJECT_FEEDBACK_SHOWN + 10} residents rate a project: the newest ${PROJECT_FEEDBACK_SHOWN} are listed, the total and average count all`, async () => {
    const project = await publish(rt);
    const n = PROJECT_FEEDBACK_SHOWN + 10;
    for (let i = 0; i < n; i++) {
      time.set(new Date(Date.parse('2024-06-01T01:00:00.000Z') + i * 60_000).toISOString());
      const res = await rt.call('submitFeedback', { projectId: project.id, rating: i < 10 ? 1 : 5, comment: `评价 ${i}` }, `resident-${i}`);
      expect(res.status).toBe(200);
    }
    const seen = (await rt.call('getProject', { projectId: project.id }, 'resident-0')).body.data;
    expect(seen.feedback).toHaveLength(PROJECT_FEEDBACK_SHOWN);
    expect(seen.feedback[0].comment).toBe(`评价 ${n - 1}`);
    expect(seen.feedback.at(-1).comment).toBe('评价 10');
    expect(seen.feedbackTotal).toBe(n);
    expect(seen.rating).toEqual({ average: Math.round(((10 * 1 + 50 * 5) / 60) * 100) / 100, count: n });
    // The resident's own feedback, older than the newest ones, is still theirs to see and change.
    expect(seen.mine.feedback).toMatchObject({ comment: '评价 0' });

    const hidden = seen.feedback[0];
    await rt.call('hideFeedback', { projectId: project.id, feedbackId: hidden.id, reason: '重复内容' }, WORKER);
    // A hidden comment's feedback still counts and is still listed, without its words.
    const after = (await rt.call('getProject', { projectId: project.id }, 'resident-0')).body.data;
    expect([after.feedbackTotal, after.rating.count]).toEqual([n, n]);
    expect(after.feedback[0]).toMatchObject({ id: hidden.id, comment: null, commentHidden: true });
    const managed = (await rt.call('getProject', { projectId: project.id }, WORKER)).body.data;
    expect(managed.feedbackTotal).toBe(n);
    expect(managed.feedback[0]).toMatchObject({ id: hidden.id, hidden: { reason: '重复内容' } });
  });
});
