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
    expect((await rt.call('listProjects', { communityId: project.communityId })).body.data.projects[0].rating).toEqual({ average: 3.33, count: 3 });
  });

  test('shows no identity of who wrote it', async () => {
    await rate('resident-secret', 5, '好');
    const raw = JSON.stringify(await view(WORKER));
    expect(raw).not.toContain('resident-secret');
    expect(Object.keys((await view()).feedback[0]).sort()).toEqual(['comment', 'id', 'rating', 'reply', 'submittedAt']);
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
    expect((await view('resident-1')).mine.feedback.reply).toMatchObject({ text: '周末已安排志愿者', by: '社区工作者 王芳', who: { role: 'worker', name: '王芳' } });
  });

  test('hidden feedback leaves the public list and the average, and stays stored with who hid it, when and why', async () => {
    await rate('resident-1', 5);
    const { id } = (await rate('resident-2', 1, '广告：低价代购')).body.data.mine.feedback;
    expect((await view()).rating).toEqual({ average: 3, count: 2 });
    const body = { projectId: project.id, feedbackId: id, reason: '与项目无关的广告' };
    expect((await rt.call('hideFeedback', body, 'resident-1')).status).toBe(403);
    expect((await rt.call('hideFeedback', body, OFFICIAL)).status).toBe(403);
    expect((await rt.call('hideFeedback', body, ADMIN)).status).toBe(200);

    const seen = await view();
    expect(seen.rating).toEqual({ average: 5, count: 1 });
    expect(seen.feedback.map((f: any) => f.id)).not.toContain(id);
    const managed = (await view(WORKER)).feedback.find((f: any) => f.id === id);
    expect(managed).toMatchObject({ comment: '广告：低价代购', hidden: { by: '管理员', who: { role: 'admin', name: '管理员' }, reason: '与项目无关的广告' } });
    expect(managed.hidden.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Sending again does not bring it back.
    await rate('resident-2', 2, '改过的');
    expect((await view()).rating).toEqual({ average: 5, count: 1 });
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
