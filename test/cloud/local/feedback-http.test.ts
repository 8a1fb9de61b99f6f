// submitFeedback, replyFeedback, hideFeedback, joinProject and leaveProject through the local runtime's HTTP face.
import { useRuntime } from '../../support/local-runtime';
import { ADMIN, BEIYUAN_WORKER, clock, OFFICIAL, publish, startProjectRuntime, WORKER } from '../../support/projects';

let project: any;
const rt = useRuntime(() => startProjectRuntime(clock().now));
beforeEach(async () => {
  project = await publish(rt);
});

const rate = (who: string, rating: unknown, comment?: string) =>
  rt.call('submitFeedback', { projectId: project.id, rating, ...(comment === undefined ? {} : { comment }) }, who);
const view = async (who = 'resident-9') => (await rt.call('getProject', { projectId: project.id }, who)).body.data;

describe('submitFeedback', () => {
  test('rating must be a whole number from 1 to 5: 0, 6 and 2.5 are 400 and nothing is stored', async () => {
    for (const rating of [0, 6, 2.5, '5', null]) {
      const res = await rate('resident-1', rating);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toEqual(['rating']);
    }
    expect((await rate('resident-1', 3, 'x'.repeat(501))).status).toBe(400);
    expect((await view()).rating).toEqual({ average: null, count: 0 });
  });

  test('one per resident: sending again replaces it; the average is over the visible ones', async () => {
    await rate('resident-1', 5, '送餐很准时');
    await rate('resident-2', 2);
    const again = await rate('resident-1', 4, '饭菜有点凉');
    expect(again.body.data.mine.feedback).toMatchObject({ rating: 4, comment: '饭菜有点凉' });
    await rate('resident-3', 4);
    // (4 + 2 + 4) / 3 = 3.33.
    const seen = await view();
    expect(seen.rating).toEqual({ average: 3.33, count: 3 });
    expect(seen.feedback.map((f: any) => f.rating).sort()).toEqual([2, 4, 4]);
    expect(seen.mine.feedback).toBeNull();
    expect((await rt.call('listProjects', { communityId: project.communityId })).body.data.projects[0].rating).toEqual({
      average: 3.33,
      count: 3,
    });
  });

  test('shows no identity of who wrote it', async () => {
    await rate('resident-secret', 5, '好');
    const raw = JSON.stringify(await view(WORKER));
    expect(raw).not.toContain('resident-secret');
    expect(Object.keys((await view()).feedback[0]).sort()).toEqual(['comment', 'commentHidden', 'id', 'rating', 'reply', 'submittedAt']);
  });
});

describe('replyFeedback and hideFeedback', () => {
  test('a worker of the community replies; others may not', async () => {
    const { id } = (await rate('resident-1', 3, '希望增加周末送餐')).body.data.mine.feedback;
    const body = { projectId: project.id, feedbackId: id, reply: '周末已安排志愿者' };
    expect((await rt.call('replyFeedback', body, 'resident-2')).status).toBe(403);
    expect((await rt.call('replyFeedback', body, BEIYUAN_WORKER)).status).toBe(403);
    expect((await rt.call('replyFeedback', { ...body, feedbackId: 'nope' }, WORKER)).status).toBe(404);
    expect((await rt.call('replyFeedback', body, WORKER)).status).toBe(200);
    expect((await view('resident-1')).mine.feedback.reply).toMatchObject({
      text: '周末已安排志愿者',
      by: '社区工作者 王芳',
      who: { role: 'worker', name: '王芳' },
    });
  });

  test('hiding hides the words, not the vote: the rating still counts, the comment and its reply leave the public view', async () => {
    await rate('resident-1', 5);
    const { id } = (await rate('resident-2', 1, '广告：低价代购')).body.data.mine.feedback;
    await rt.call('replyFeedback', { projectId: project.id, feedbackId: id, reply: '请勿发布广告' }, WORKER);
    expect((await view()).rating).toEqual({ average: 3, count: 2 });
    const body = { projectId: project.id, feedbackId: id, reason: '与项目无关的广告' };
    expect((await rt.call('hideFeedback', body, 'resident-1')).status).toBe(403);
    expect((await rt.call('hideFeedback', body, OFFICIAL)).status).toBe(403);
    expect((await rt.call('hideFeedback', body, ADMIN)).status).toBe(200);

    const seen = await view();
    expect(seen.rating).toEqual({ average: 3, count: 2 });
    expect(seen.feedbackTotal).toBe(2);
    expect(seen.feedback.find((f: any) => f.id === id)).toEqual({
      id,
      rating: 1,
      comment: null,
      submittedAt: expect.any(String),
      reply: null,
      commentHidden: true,
    });
    expect(JSON.stringify(seen)).not.toContain('低价代购');
    expect((await rt.call('listProjects', { communityId: project.communityId })).body.data.projects[0].rating).toEqual({
      average: 3,
      count: 2,
    });
    const managed = (await view(WORKER)).feedback.find((f: any) => f.id === id);
    expect(managed).toMatchObject({
      comment: '广告：低价代购',
      commentHidden: true,
      hidden: { by: '管理员', who: { role: 'admin', name: '管理员' }, reason: '与项目无关的广告' },
    });
    expect(managed.hidden.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Sending again does not bring the words back; the new rating counts.
    await rate('resident-2', 2, '改过的');
    expect((await view()).rating).toEqual({ average: 3.5, count: 2 });
    expect((await view()).feedback.find((f: any) => f.id === id)).toMatchObject({ rating: 2, comment: null, commentHidden: true });
  });

  test('the author sees their own words, that they were hidden, when and why, but not by whom', async () => {
    const { id } = (await rate('resident-2', 1, '隔壁老王的电话是…')).body.data.mine.feedback;
    await rt.call('hideFeedback', { projectId: project.id, feedbackId: id, reason: '含有他人电话' }, WORKER);
    const mine = (await view('resident-2')).mine.feedback;
    expect(mine).toEqual({
      id,
      rating: 1,
      comment: '隔壁老王的电话是…',
      submittedAt: expect.any(String),
      reply: null,
      commentHidden: true,
      hidden: { at: expect.stringMatching(/^\d{4}-/), reason: '含有他人电话' },
    });
    expect(JSON.stringify(await view('resident-2'))).not.toContain(WORKER);
  });
});

describe('unhideFeedback', () => {
  test('a worker of the community shows the comment again; others may not; bad input is 400; nothing changes on refusal', async () => {
    const { id } = (await rate('resident-2', 2, '误会了')).body.data.mine.feedback;
    await rt.call('hideFeedback', { projectId: project.id, feedbackId: id, reason: '疑似广告' }, WORKER);
    const body = { projectId: project.id, feedbackId: id, reason: '核实后不是广告' };
    for (const who of ['resident-2', OFFICIAL, BEIYUAN_WORKER]) expect((await rt.call('unhideFeedback', body, who)).status).toBe(403);
    for (const [bad, path] of [
      [{ ...body, reason: '  ' }, 'reason'],
      [{ projectId: project.id, feedbackId: id }, 'reason'],
      [{ ...body, extra: 1 }, ''],
    ] as const) {
      const res = await rt.call('unhideFeedback', bad, WORKER);
      expect(res.status).toBe(400);
      expect(res.body.error.issues.map((i: any) => i.path)).toContain(path);
    }
    expect((await rt.call('unhideFeedback', { ...body, feedbackId: 'nope' }, WORKER)).status).toBe(404);
    expect((await view()).feedback[0]).toMatchObject({ comment: null, commentHidden: true });

    const res = await rt.call('unhideFeedback', body, WORKER);
    expect(res.status).toBe(200);
    expect(res.body.data.feedback[0]).toMatchObject({ id, comment: '误会了', commentHidden: false, hidden: null });
    expect((await view()).feedback[0]).toMatchObject({ comment: '误会了', commentHidden: false });
    expect((await view('resident-2')).mine.feedback.hidden).toBeNull();
    // Again: nothing to show, nothing changes.
    expect((await rt.call('unhideFeedback', body, WORKER)).status).toBe(200);
  });

  test('hides and unhides are in the audit log with their reasons; a hide of a hidden one adds nothing', async () => {
    const { id } = (await rate('resident-2', 2, '误会了')).body.data.mine.feedback;
    const mod = (name: string, reason: string) => rt.call(name, { projectId: project.id, feedbackId: id, reason }, WORKER);
    await mod('hideFeedback', '疑似广告');
    await mod('hideFeedback', '再次隐藏');
    await mod('unhideFeedback', '核实后不是广告');
    await mod('unhideFeedback', '再次显示');
    const log = (await rt.call('getAuditLog', { communityId: project.communityId, year: project.year }, OFFICIAL)).body.data;
    expect(log.verified).toBe(true);
    expect(
      log.entries
        .filter((e: any) => e.chain === 'community')
        .map(({ by, action, projectId, target, from, to, reason }: any) => ({ by, action, projectId, target, from, to, reason })),
    ).toEqual([
      {
        by: { role: 'worker', name: '王芳' },
        action: 'hide',
        projectId: project.id,
        target: id,
        from: { hidden: false },
        to: { hidden: true },
        reason: '疑似广告',
      },
      {
        by: { role: 'worker', name: '王芳' },
        action: 'unhide',
        projectId: project.id,
        target: id,
        from: { hidden: true },
        to: { hidden: false },
        reason: '核实后不是广告',
      },
    ]);
  });
});

describe('joinProject and leaveProject', () => {
  test('once per role: again is 409 ALREADY_JOINED; counts per role; leaving undoes it', async () => {
    const join = (who: string, as: string) => rt.call('joinProject', { projectId: project.id, as }, who);
    expect((await join('resident-1', 'volunteer')).body.data.mine.joined).toEqual(['volunteer']);
    const twice = await join('resident-1', 'volunteer');
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('ALREADY_JOINED');
    expect((await join('resident-1', 'supervisor')).body.data.mine.joined).toEqual(['volunteer', 'supervisor']);
    await join('resident-2', 'volunteer');
    expect((await join('resident-3', 'mascot')).status).toBe(400);
    expect((await view()).joined).toEqual({ volunteer: 2, supervisor: 1, evaluator: 0 });

    const left = await rt.call('leaveProject', { projectId: project.id, as: 'volunteer' }, 'resident-1');
    expect(left.body.data.mine.joined).toEqual(['supervisor']);
    expect(left.body.data.joined).toEqual({ volunteer: 1, supervisor: 1, evaluator: 0 });
    expect((await rt.call('leaveProject', { projectId: project.id, as: 'volunteer' }, 'resident-1')).status).toBe(404);
    expect((await rt.call('joinProject', { projectId: 'nope', as: 'volunteer' }, 'resident-1')).status).toBe(404);
  });
});
