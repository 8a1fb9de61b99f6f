// publishProject, updateProject, recordActivity, listProjects and getProject through the local runtime's HTTP face.
import type { Clock } from '../../support/assessment';
import { useRuntime } from '../../support/local-runtime';
import {
  ADMIN,
  BEIYUAN_WORKER,
  clock,
  JUNAN,
  OFFICIAL,
  publish,
  startProjectRuntime,
  WORKER,
  WORKER_2,
  YEAR,
} from '../../support/projects';

let time: Clock;
const rt = useRuntime(() => startProjectRuntime((time = clock()).now));
/** Publishes as if in another year, then comes back to YEAR. */
async function publishIn(year: number, body: Record<string, unknown> = {}, who = WORKER) {
  time.set(`${year}-03-01T02:00:00.000Z`);
  try {
    return await publish(rt, body, who);
  } finally {
    time.set(`${YEAR}-06-01T02:00:00.000Z`);
  }
}

const list = async (body: Record<string, unknown> = {}) =>
  (await rt.call('listProjects', { communityId: JUNAN, ...body })).body.data.projects;
/** An edit from a page that has just loaded the project, so it sends the current revision. */
async function update(projectId: string, body: Record<string, unknown>, who = WORKER) {
  const loaded = await rt.call('getProject', { projectId }, who);
  return rt.call('updateProject', { projectId, revision: loaded.body.data?.revision ?? 0, ...body }, who);
}

describe('publishProject', () => {
  test('a worker of the community or an admin publishes; it starts at needs_research in the current year', async () => {
    const p = await publish(rt);
    expect(p).toMatchObject({
      communityId: JUNAN,
      year: YEAR,
      category: 'elderly_care',
      stage: 'needs_research',
      activityCount: 0,
      servedTotal: 0,
    });
    expect(p.rating).toEqual({ average: null, count: 0 });
    expect(p.joined).toEqual({ volunteer: 0, supervisor: 0, evaluator: 0 });
    expect((await publish(rt, { category: 'volunteering' }, WORKER_2)).createdAt).toBe(clock().now().toISOString());
    expect((await publish(rt, { category: 'culture_sports', year: YEAR }, ADMIN)).year).toBe(YEAR);
  });

  test('a resident or an official cannot publish; a worker only in their own community', async () => {
    const body = { communityId: JUNAN, category: 'elderly_care', title: '长者食堂', summary: '' };
    expect((await rt.call('publishProject', body, 'resident-1')).status).toBe(403);
    expect((await rt.call('publishProject', body, OFFICIAL)).status).toBe(403);
    expect((await rt.call('publishProject', body, BEIYUAN_WORKER)).status).toBe(403);
    expect((await rt.call('publishProject', { ...body, communityId: 'no-such-place' }, ADMIN)).status).toBe(404);
    expect(await list()).toEqual([]);
  });

  test('a third project in one category, community and year is 409 CATEGORY_LIMIT', async () => {
    await publish(rt);
    await publish(rt, { title: '助餐点' }, WORKER_2);
    const third = await rt.call('publishProject', { communityId: JUNAN, category: 'elderly_care', title: '第三个', summary: '' }, WORKER);
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('CATEGORY_LIMIT');
    expect(third.body.error.message).toContain('养老服务');
    // Next year's slots are free.
    expect((await publishIn(YEAR + 1)).year).toBe(YEAR + 1);
    expect((await list({ year: YEAR })).map((p: any) => p.title)).toEqual(['长者食堂', '助餐点']);
  });

  test('two workers publishing at the same moment: of five publishes in one category exactly two are created', async () => {
    const body = (i: number) => ({ communityId: JUNAN, category: 'public_safety', title: `巡逻队${i}`, summary: '' });
    const results = await Promise.all([1, 2, 3, 4, 5].map((i) => rt.call('publishProject', body(i), i % 2 ? WORKER : WORKER_2)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 409, 409, 409]);
    expect(await list({ category: 'public_safety' })).toHaveLength(2);
  });

  test('a project is published into the current year (Asia/Shanghai) only: another year is 400 naming year, nothing stored', async () => {
    const body = { communityId: JUNAN, category: 'elderly_care', title: '长者食堂', summary: '' };
    for (const year of [YEAR - 1, YEAR + 1]) {
      const res = await rt.call('publishProject', { ...body, year }, WORKER);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'year', message: `只能发布${YEAR}年的项目` }] });
    }
    expect(await list({ year: YEAR - 1 })).toEqual([]);
    expect(await list({ year: YEAR + 1 })).toEqual([]);
    // Midnight of New Year in Shanghai is 16:00 UTC: a page still showing the old year is told, not filed under the new one.
    time.set(`${YEAR}-12-31T16:00:00.000Z`);
    expect((await rt.call('publishProject', { ...body, year: YEAR }, WORKER)).body.error.issues[0].message).toBe(
      `只能发布${YEAR + 1}年的项目`,
    );
    expect((await rt.call('publishProject', body, WORKER)).body.data.year).toBe(YEAR + 1);
  });

  test('bad input is 400 with zod issues and nothing stored', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ category: 'gardening' }, 'category'],
      [{ title: '' }, 'title'],
      [{ title: 'x'.repeat(61) }, 'title'],
      [{ summary: 'x'.repeat(2001) }, 'summary'],
      [{ year: 2016 }, 'year'],
      [{ extra: 1 }, ''],
    ];
    for (const [change, path] of cases) {
      const res = await rt.call(
        'publishProject',
        { communityId: JUNAN, category: 'elderly_care', title: '长者食堂', summary: '', ...change },
        WORKER,
      );
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    }
    expect(await list()).toEqual([]);
  });
});

describe('updateProject', () => {
  test('the stage moves one step at a time; every change is kept in the history', async () => {
    const p = await publish(rt);
    expect((await update(p.id, { stage: 'needs_analysis' })).body.data.stage).toBe('needs_analysis');
    const res = await update(p.id, { stage: 'design', plan: '每周二、四送餐' }, WORKER_2);
    expect(res.body.data).toMatchObject({ stage: 'design', plan: '每周二、四送餐' });
    expect(res.body.data.history.map((h: any) => [h.from, h.to, h.by, h.reason])).toEqual([
      ['needs_research', 'needs_analysis', '社区工作者 王芳', null],
      ['needs_analysis', 'design', '社区工作者 李娜', null],
    ]);
  });

  test('skipping a stage forward is 409 STAGE_ORDER and changes nothing', async () => {
    const p = await publish(rt);
    const res = await update(p.id, { stage: 'design', title: '改名' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('STAGE_ORDER');
    expect((await rt.call('getProject', { projectId: p.id })).body.data).toMatchObject({
      stage: 'needs_research',
      title: '长者食堂',
      history: [],
    });
  });

  test('a step back needs a reason (400 without), which the history keeps', async () => {
    const p = await publish(rt);
    await update(p.id, { stage: 'needs_analysis' });
    const bare = await update(p.id, { stage: 'needs_research' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.issues.map((i: any) => i.path)).toEqual(['reason']);
    const back = await update(p.id, { stage: 'needs_research', reason: '调研样本太少，需补充走访' });
    expect(back.status).toBe(200);
    expect(back.body.data.history[1]).toMatchObject({
      from: 'needs_analysis',
      to: 'needs_research',
      by: '社区工作者 王芳',
      who: { role: 'worker', name: '王芳' },
      reason: '调研样本太少，需补充走访',
    });
  });

  test('text, plan and reflection change; only the community’s workers and admins may', async () => {
    const p = await publish(rt);
    expect((await update(p.id, { title: '改名' }, BEIYUAN_WORKER)).status).toBe(403);
    expect((await update(p.id, { title: '改名' }, 'resident-1')).status).toBe(403);
    expect((await update(p.id, { title: '改名' }, OFFICIAL)).status).toBe(403);
    expect((await update(p.id, { reflection: '送餐时间需提前' }, ADMIN)).body.data.reflection).toBe('送餐时间需提前');
    expect((await update(p.id, { title: 'x'.repeat(61) })).status).toBe(400);
    expect((await update('2024:nowhere:elderly_care:1', { title: '改名' })).status).toBe(404);
  });
});

describe('no stale overwrites', () => {
  test('every answer carries the revision; an edit of an older one is 409 EDIT_CONFLICT asking for a reload, and changes nothing', async () => {
    const p = await publish(rt);
    expect(p.revision).toBe(0);
    const mine = await rt.call('updateProject', { projectId: p.id, revision: 0, plan: '每周二送餐' }, WORKER);
    expect(mine.body.data).toMatchObject({ plan: '每周二送餐', revision: 1 });
    // WORKER_2's page still shows revision 0.
    const stale = await rt.call('updateProject', { projectId: p.id, revision: 0, plan: '每周四送餐', stage: 'needs_analysis' }, WORKER_2);
    expect(stale.status).toBe(409);
    expect(stale.body.error).toEqual({ code: 'EDIT_CONFLICT', message: '项目刚被其他人修改过，请刷新页面，看过最新内容后再修改' });
    expect((await rt.call('updateProject', { projectId: p.id, revision: 7, plan: 'x' }, WORKER_2)).body.error.code).toBe('EDIT_CONFLICT');
    const stored = (await rt.call('getProject', { projectId: p.id }, WORKER)).body.data;
    expect(stored).toMatchObject({ plan: '每周二送餐', stage: 'needs_research', revision: 1 });
    // The answer's revision is the one to send next; listProjects carries it too.
    expect(
      (await rt.call('updateProject', { projectId: p.id, revision: mine.body.data.revision, plan: '每周四送餐' }, WORKER_2)).body.data
        .revision,
    ).toBe(2);
    expect((await list())[0].revision).toBe(2);
  });

  test('of two saves from the same revision at once, one wins and the other is EDIT_CONFLICT', async () => {
    const p = await publish(rt);
    const saves = await Promise.all(
      [WORKER, WORKER_2].map((who, i) => rt.call('updateProject', { projectId: p.id, revision: 0, title: `名${i}` }, who)),
    );
    expect(saves.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await rt.call('getProject', { projectId: p.id })).body.data.revision).toBe(1);
  });

  test('the revision is required: an edit without it is 400 naming revision', async () => {
    const p = await publish(rt);
    const res = await rt.call('updateProject', { projectId: p.id, title: '改名' }, WORKER);
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: any) => i.path)).toEqual(['revision']);
  });
});

describe('recordActivity and the views', () => {
  test('activities make the timeline, the count and the total served, for anyone to read', async () => {
    const p = await publish(rt);
    await rt.call('recordActivity', { projectId: p.id, date: '2024-05-01', description: '首次送餐', servedCount: 12 }, WORKER);
    await rt.call('recordActivity', { projectId: p.id, date: '2024-05-08', description: '第二次送餐', servedCount: 15 }, WORKER_2);
    const seen = (await rt.call('getProject', { projectId: p.id }, 'resident-9')).body.data;
    expect(seen).toMatchObject({ activityCount: 2, servedTotal: 27, canManage: false, evaluation: null });
    expect(seen.activities.map((a: any) => [a.date, a.description, a.servedCount])).toEqual([
      ['2024-05-08', '第二次送餐', 15],
      ['2024-05-01', '首次送餐', 12],
    ]);
    expect((await list())[0]).toMatchObject({ id: p.id, activityCount: 2, servedTotal: 27 });
  });

  test('only managers record; servedCount a whole number ≥ 0, a real date', async () => {
    const p = await publish(rt);
    const base = { projectId: p.id, date: '2024-05-01', description: '送餐', servedCount: 3 };
    expect((await rt.call('recordActivity', base, 'resident-1')).status).toBe(403);
    expect((await rt.call('recordActivity', base, BEIYUAN_WORKER)).status).toBe(403);
    for (const change of [{ servedCount: -1 }, { servedCount: 2.5 }, { date: '2024-02-30' }, { date: '5/1/2024' }, { description: ' ' }]) {
      expect((await rt.call('recordActivity', { ...base, ...change }, WORKER)).status).toBe(400);
    }
    expect((await rt.call('getProject', { projectId: p.id })).body.data.activityCount).toBe(0);
  });

  test('listProjects filters by year and category, in the standard’s category order', async () => {
    await publish(rt, { category: 'volunteering' });
    await publish(rt, { category: 'elderly_care' });
    await publishIn(YEAR + 1, { category: 'elderly_care' });
    expect((await list({ year: YEAR })).map((p: any) => p.category)).toEqual(['elderly_care', 'volunteering']);
    expect(await list({ category: 'volunteering', year: YEAR + 1 })).toEqual([]);
    expect((await list({ year: YEAR + 1 })).map((p: any) => p.category)).toEqual(['elderly_care']);
    expect((await rt.call('listProjects', { communityId: JUNAN }, null)).status).toBe(401);
  });
});
