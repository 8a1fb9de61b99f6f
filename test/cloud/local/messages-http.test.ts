// The outbox (消息) through the local runtime's HTTP face: linkNeed, replyFeedback and a stage move each leave exactly
// the expected messages to exactly the right residents; listMessages pages newest first; markMessagesRead is one's own.
import { useRuntime } from '../../support/local-runtime';
import { clock, JUNAN, publish, startProjectRuntime, WORKER } from '../../support/projects';

let time: ReturnType<typeof clock>;
const rt = useRuntime(() => startProjectRuntime((time = clock()).now));

const inbox = async (who: string, body: Record<string, unknown> = {}) => {
  const res = await rt.call('listMessages', body, who);
  expect(res.status).toBe(200);
  return res.body.data;
};
const later = (minutes: number) => time.set(new Date(Date.parse('2024-06-01T02:00:00.000Z') + minutes * 60_000).toISOString());

test('a need linked to a project tells its author once, with a link to the project; nobody else hears of it', async () => {
  const need = (await rt.call('submitNeed', { communityId: JUNAN, text: '希望有老年食堂' }, 'resident-1')).body.data;
  await rt.call('submitNeed', { communityId: JUNAN, text: '别人的需求' }, 'resident-2');
  const project = await publish(rt);
  expect((await rt.call('linkNeed', { needId: need.id, projectId: project.id }, WORKER)).status).toBe(200);
  // Linking again to the same project tells nothing new.
  expect((await rt.call('linkNeed', { needId: need.id, projectId: project.id }, WORKER)).status).toBe(200);

  const mine = await inbox('resident-1');
  expect(mine.unread).toBe(1);
  expect(mine.messages).toEqual([
    {
      id: expect.any(String),
      kind: 'need_linked',
      title: '您的需求有了回应',
      body: '您提的“希望有老年食堂”已关联到项目“长者食堂”',
      projectId: project.id,
      at: '2024-06-01T02:00:00.000Z',
      read: false,
    },
  ]);
  expect((await inbox('resident-2')).messages).toEqual([]);
  expect((await inbox(WORKER)).messages).toEqual([]);
});

test('a reply tells the comment’s author, naming the worker; a stage move tells each joined resident once', async () => {
  const project = await publish(rt);
  await rt.call('submitFeedback', { projectId: project.id, rating: 4, comment: '饭菜有点凉' }, 'resident-1');
  await rt.call('submitFeedback', { projectId: project.id, rating: 5 }, 'resident-2');
  const detail = (await rt.call('getProject', { projectId: project.id }, WORKER)).body.data;
  const cold = detail.feedback.find((f: any) => f.comment === '饭菜有点凉');
  later(1);
  expect((await rt.call('replyFeedback', { projectId: project.id, feedbackId: cold.id, reply: '已加保温箱' }, WORKER)).status).toBe(200);

  // resident-3 joins in two roles, resident-1 in one; resident-2 does not join.
  await rt.call('joinProject', { projectId: project.id, as: 'volunteer' }, 'resident-3');
  await rt.call('joinProject', { projectId: project.id, as: 'supervisor' }, 'resident-3');
  await rt.call('joinProject', { projectId: project.id, as: 'evaluator' }, 'resident-1');
  later(2);
  const moved = await rt.call('updateProject', { projectId: project.id, revision: detail.revision, stage: 'needs_analysis' }, WORKER);
  expect(moved.status).toBe(200);
  // A text edit that does not move the stage tells nobody.
  await rt.call('updateProject', { projectId: project.id, revision: moved.body.data.revision, plan: '每周三送餐' }, WORKER);

  const one = await inbox('resident-1');
  expect(one.messages.map((m: any) => [m.kind, m.body])).toEqual([
    ['stage_moved', '“长者食堂”进入了“需求分析”阶段'],
    ['feedback_replied', '社区工作者 王芳回复了您对“长者食堂”的评价：已加保温箱'],
  ]);
  expect(one.unread).toBe(2);
  expect((await inbox('resident-2')).messages).toEqual([]);
  const three = await inbox('resident-3');
  expect(three.messages.map((m: any) => m.kind)).toEqual(['stage_moved']);
  expect(three.messages[0].projectId).toBe(project.id);
});

test('listMessages pages newest first; markMessagesRead marks only the caller’s own', async () => {
  const project = await publish(rt);
  let revision = project.revision;
  await rt.call('joinProject', { projectId: project.id, as: 'volunteer' }, 'resident-1');
  await rt.call('joinProject', { projectId: project.id, as: 'volunteer' }, 'resident-2');
  const stages = ['needs_analysis', 'design', 'implementation', 'completed'];
  for (const [i, stage] of stages.entries()) {
    later(i + 1);
    const res = await rt.call('updateProject', { projectId: project.id, revision, stage }, WORKER);
    expect(res.status).toBe(200);
    revision = res.body.data.revision;
  }
  const first = await inbox('resident-1', { limit: 3 });
  expect(first.messages.map((m: any) => m.body)).toEqual([
    '“长者食堂”进入了“已完成”阶段',
    '“长者食堂”进入了“项目实施”阶段',
    '“长者食堂”进入了“项目设计”阶段',
  ]);
  expect(first.unread).toBe(4);
  const second = await inbox('resident-1', { limit: 3, cursor: first.next });
  expect(second.messages.map((m: any) => m.body)).toEqual(['“长者食堂”进入了“需求分析”阶段']);
  expect(second.next).toBeNull();

  const theirs = (await inbox('resident-2')).messages[0].id;
  const ids = [first.messages[0].id, first.messages[1].id, theirs, 'no-such-id'];
  const marked = await rt.call('markMessagesRead', { ids }, 'resident-1');
  expect(marked.body.data).toEqual({ marked: 2, unread: 2 });
  expect((await inbox('resident-2')).unread).toBe(4);
  expect((await rt.call('markMessagesRead', { ids }, 'resident-1')).body.data).toEqual({ marked: 0, unread: 2 });

  expect((await rt.call('markMessagesRead', { ids: [] }, 'resident-1')).status).toBe(400);
  expect((await rt.call('listMessages', { limit: 51 }, 'resident-1')).status).toBe(400);
  expect((await rt.call('listMessages', { cursor: 'bm90LWEtY3Vyc29y' }, 'resident-1')).status).toBe(400);
  expect((await rt.call('listMessages', {}, null)).status).toBe(401);
});

test('notification settings: no templates configured locally; a resident allows kinds and takes them back', async () => {
  const settings = await rt.call('getNotificationSettings', {}, 'resident-1');
  expect(settings.body.data).toEqual({ templates: { need_linked: null, feedback_replied: null, stage_moved: null }, allowed: [] });
  const allowed = await rt.call('allowNotifications', { kinds: ['need_linked', 'stage_moved', 'need_linked'] }, 'resident-1');
  expect(allowed.body.data.allowed).toEqual(['need_linked', 'stage_moved']);
  expect((await rt.call('getNotificationSettings', {}, 'resident-2')).body.data.allowed).toEqual([]);
  expect((await rt.call('allowNotifications', { kinds: [] }, 'resident-1')).body.data.allowed).toEqual([]);
  expect((await rt.call('allowNotifications', { kinds: ['spam'] }, 'resident-1')).status).toBe(400);
});
