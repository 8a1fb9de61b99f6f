// submitNeed, listNeeds, listMyNeeds, linkNeed and the content check through the local runtime's HTTP face.
import { useRuntime } from '../../support/local-runtime';
import { ADMIN, BEIYUAN, BEIYUAN_WORKER, clock, JUNAN, OFFICIAL, publish, startProjectRuntime, WORKER } from '../../support/projects';

let time: ReturnType<typeof clock>;
const rt = useRuntime(() => startProjectRuntime((time = clock()).now));

const submit = (who: string, text: string, category?: string) =>
  rt.call('submitNeed', { communityId: JUNAN, text, ...(category ? { category } : {}) }, who);
const needs = async (who = WORKER) => (await rt.call('listNeeds', { communityId: JUNAN }, who)).body.data.needs;

test('a resident tells a need; the community’s workers and officials read them, others may not', async () => {
  expect((await submit('resident-1', '  楼道灯坏了  ', 'public_safety')).body.data).toMatchObject({
    text: '楼道灯坏了',
    category: 'public_safety',
    project: null,
  });
  time.set('2024-06-02T02:00:00.000Z');
  await submit('resident-2', '希望有老年食堂');
  expect((await needs()).map((n: any) => n.text)).toEqual(['希望有老年食堂', '楼道灯坏了']);
  expect(await needs(OFFICIAL)).toHaveLength(2);
  expect((await rt.call('listNeeds', { communityId: JUNAN }, BEIYUAN_WORKER)).status).toBe(403);
  expect((await rt.call('listNeeds', { communityId: JUNAN }, 'resident-1')).status).toBe(403);
  expect(JSON.stringify(await needs())).not.toContain('resident-1');
});

test('you said, we did: a worker links a need to a project and the resident sees it', async () => {
  const need = (await submit('resident-1', '希望有老年食堂', 'elderly_care')).body.data;
  await submit('resident-2', '别人的需求');
  const project = await publish(rt);
  expect((await rt.call('linkNeed', { needId: need.id, projectId: project.id }, 'resident-1')).status).toBe(403);
  expect((await rt.call('linkNeed', { needId: need.id, projectId: project.id }, BEIYUAN_WORKER)).status).toBe(403);
  const linked = await rt.call('linkNeed', { needId: need.id, projectId: project.id }, WORKER);
  expect(linked.body.data.project).toEqual({ id: project.id, title: '长者食堂', stage: 'needs_research' });

  const mine = (await rt.call('listMyNeeds', { communityId: JUNAN }, 'resident-1')).body.data.needs;
  expect(mine).toHaveLength(1);
  expect(mine[0]).toMatchObject({ text: '希望有老年食堂', project: { id: project.id, title: '长者食堂' } });
  expect((await needs()).find((n: any) => n.id === need.id).project.id).toBe(project.id);
  expect((await rt.call('listMyNeeds', { communityId: JUNAN }, 'resident-3')).body.data.needs).toEqual([]);
});

test('a need links only to a project of its own community', async () => {
  const need = (await submit('resident-1', '路面积水')).body.data;
  const other = (await rt.call('publishProject', { communityId: BEIYUAN, category: 'public_safety', title: '排水', summary: '' }, ADMIN))
    .body.data;
  const res = await rt.call('linkNeed', { needId: need.id, projectId: other.id }, ADMIN);
  expect(res.status).toBe(400);
  expect((await rt.call('linkNeed', { needId: 'nope', projectId: other.id }, ADMIN)).status).toBe(404);
  expect((await needs())[0].project).toBeNull();
});

describe('the content check', () => {
  test('a need or comment with a blocked word is 400 CONTENT_REJECTED in Chinese, and nothing is stored', async () => {
    const res = await submit('resident-1', '出售毒品，价格好商量');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('CONTENT_REJECTED');
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await needs()).toEqual([]);

    const project = await publish(rt);
    const comment = await rt.call('submitFeedback', { projectId: project.id, rating: 5, comment: '代开发票 请联系' }, 'resident-1');
    expect(comment.body.error.code).toBe('CONTENT_REJECTED');
    expect((await rt.call('getProject', { projectId: project.id })).body.data.rating.count).toBe(0);
  });

  test('empty text is refused before it reaches the check; bad input is 400 with issues', async () => {
    expect((await submit('resident-1', '   ')).body.error.issues.map((i: any) => i.path)).toEqual(['text']);
    expect((await submit('resident-1', 'x'.repeat(501))).status).toBe(400);
    expect((await submit('resident-1', '需要', 'gardening')).status).toBe(400);
    expect((await rt.call('submitNeed', { communityId: 'no-such-place', text: '需要' }, 'resident-1')).status).toBe(404);
    expect(await needs()).toEqual([]);
  });
});
