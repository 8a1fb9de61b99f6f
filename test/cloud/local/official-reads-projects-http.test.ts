// Officials read doorstep projects as the evidence of Ⅱ-11/12 but do not run them (rules/permissions.ts canRunProjects).
import { useRuntime } from '../../support/local-runtime';
import { ADMIN, clock, JUNAN, OFFICIAL, publish, startProjectRuntime, WORKER } from '../../support/projects';

const rt = useRuntime(() => startProjectRuntime(clock().now));

test('an official is refused every write of a project with 403, and nothing changes', async () => {
  const project = await publish(rt);
  await rt.call('submitFeedback', { projectId: project.id, rating: 2, comment: '送餐太晚' }, 'resident-1');
  const need = (await rt.call('submitNeed', { communityId: JUNAN, text: '希望有老年食堂' }, 'resident-2')).body.data;
  const before = (await rt.call('getProject', { projectId: project.id }, WORKER)).body.data;
  const feedbackId = before.feedback[0].id;

  const writes: [string, Record<string, unknown>][] = [
    ['publishProject', { communityId: JUNAN, category: 'volunteering', title: '志愿者之家', summary: '' }],
    ['updateProject', { projectId: project.id, revision: before.revision, title: '改名' }],
    ['recordActivity', { projectId: project.id, date: '2024-06-01', description: '送餐', servedCount: 12 }],
    ['replyFeedback', { projectId: project.id, feedbackId, reply: '已调整送餐时间' }],
    ['hideFeedback', { projectId: project.id, feedbackId, reason: '不相关' }],
    ['linkNeed', { needId: need.id, projectId: project.id }],
  ];
  for (const [name, body] of writes) {
    const res = await rt.call(name, body, OFFICIAL);
    expect([name, res.status, res.body.error?.code]).toEqual([name, 403, 'FORBIDDEN']);
  }

  const after = (await rt.call('getProject', { projectId: project.id }, WORKER)).body.data;
  expect(after).toEqual(before);
  expect((await rt.call('listProjects', { communityId: JUNAN }, OFFICIAL)).body.data.projects).toHaveLength(1);
  expect((await rt.call('listNeeds', { communityId: JUNAN }, OFFICIAL)).body.data.needs[0].project).toBeNull();
});

test('the project tells each caller whether they run it: its workers and admins yes, officials no', async () => {
  const project = await publish(rt);
  const canManage = async (who: string) => (await rt.call('getProject', { projectId: project.id }, who)).body.data.canManage;
  expect(await canManage(WORKER)).toBe(true);
  expect(await canManage(ADMIN)).toBe(true);
  expect(await canManage(OFFICIAL)).toBe(false);
  expect(await canManage('resident-1')).toBe(false);
});
