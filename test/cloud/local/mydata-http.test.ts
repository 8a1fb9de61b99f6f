// 我的数据 and withdrawal (PIPL) through the local runtime's HTTP face: getMyData, withdrawNeed, withdrawFeedback,
// leaveProject and withdrawResponse. After a withdrawal the item is gone for everyone, the figures it fed are
// right (hand-worked), another resident's data are untouched, and nobody withdraws what is not theirs.
import { completeAssessment, finalize } from '../../support/locks';
import { useRuntime } from '../../support/local-runtime';
import { ADMIN, BEIYUAN, clock, JUNAN, OFFICIAL, publish, startProjectRuntime, WORKER, YEAR } from '../../support/projects';

const rt = useRuntime(() => startProjectRuntime(clock().now));
const myData = async (who: string) => (await rt.call('getMyData', {}, who)).body.data;

describe('withdrawFeedback', () => {
  test('ratings 1, 4, 5 average 3.33; withdrawing the 1 leaves 4.5 over 2, for everyone; the others stay', async () => {
    const project = await publish(rt);
    const rate = (who: string, rating: number, comment?: string) =>
      rt.call('submitFeedback', { projectId: project.id, rating, ...(comment ? { comment } : {}) }, who);
    await rate('resident-1', 1, '送餐太晚');
    await rate('resident-2', 4, '还不错');
    await rate('resident-3', 5);
    const view = async () => (await rt.call('getProject', { projectId: project.id }, 'resident-9')).body.data;
    // (1 + 4 + 5) / 3 = 3.33
    expect((await view()).rating).toEqual({ average: 3.33, count: 3 });

    const mine = (await myData('resident-1')).comments;
    expect(mine).toEqual([
      {
        id: expect.any(String),
        project: { id: project.id, title: '长者食堂', stage: 'needs_research' },
        rating: 1,
        comment: '送餐太晚',
        submittedAt: expect.any(String),
        reply: null,
        hidden: null,
      },
    ]);
    const id = mine[0].id;
    // Someone else's is refused, and changes nothing.
    const theirs = await rt.call('withdrawFeedback', { feedbackId: id }, 'resident-2');
    expect(theirs.status).toBe(403);
    expect(theirs.body.error.code).toBe('FORBIDDEN');
    expect((await rt.call('withdrawFeedback', { feedbackId: id }, WORKER)).status).toBe(403);

    const done = await rt.call('withdrawFeedback', { feedbackId: id }, 'resident-1');
    expect(done.status).toBe(200);
    expect(done.body.data).toEqual({ withdrawn: true, message: expect.stringContaining('已撤回') });
    // (4 + 5) / 2 = 4.5
    const after = await view();
    expect(after.rating).toEqual({ average: 4.5, count: 2 });
    expect(after.feedback.map((f: any) => f.comment)).not.toContain('送餐太晚');
    expect(after.feedbackTotal).toBe(2);
    const listed = (await rt.call('listProjects', { communityId: JUNAN }, 'resident-9')).body.data.projects[0];
    expect(listed.rating).toEqual({ average: 4.5, count: 2 });
    expect((await rt.call('getProject', { projectId: project.id }, WORKER)).body.data.feedback).toHaveLength(2);
    expect((await myData('resident-1')).comments).toEqual([]);
    expect((await myData('resident-2')).comments).toMatchObject([{ rating: 4, comment: '还不错' }]);

    // Again: gone. Bad ids: 404 or 400.
    expect((await rt.call('withdrawFeedback', { feedbackId: id }, 'resident-1')).status).toBe(404);
    expect((await rt.call('withdrawFeedback', { feedbackId: 'no-such-feedback' }, 'resident-1')).status).toBe(404);
    const bad = await rt.call('withdrawFeedback', { feedbackId: '' }, 'resident-1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: any) => i.path)).toEqual(['feedbackId']);
    expect((await rt.call('withdrawFeedback', {}, null)).status).toBe(401);
  });

  test('a hidden comment withdrawn: the audit chain records it and stays verified; the author saw why it was hidden', async () => {
    const project = await publish(rt);
    await rt.call('submitFeedback', { projectId: project.id, rating: 2, comment: '某某不作为' }, 'resident-1');
    const [f] = (await rt.call('getProject', { projectId: project.id }, WORKER)).body.data.feedback;
    await rt.call('hideFeedback', { projectId: project.id, feedbackId: f.id, reason: '涉及个人' }, WORKER);
    await rt.call('replyFeedback', { projectId: project.id, feedbackId: f.id, reply: '已电话联系您' }, WORKER);
    const [seen] = (await myData('resident-1')).comments;
    expect(seen).toMatchObject({ hidden: { reason: '涉及个人' }, reply: { text: '已电话联系您', by: '社区工作者 王芳' } });

    expect((await rt.call('withdrawFeedback', { feedbackId: f.id }, 'resident-1')).status).toBe(200);
    const log = (await rt.call('getAuditLog', { communityId: JUNAN, year: YEAR }, OFFICIAL)).body.data;
    expect(log.verified).toBe(true);
    const community = log.entries.filter((e: any) => e.chain === 'community');
    expect(community.map((e: any) => e.action)).toEqual(['hide', 'withdraw']);
    const withdrawal = community[1];
    expect(withdrawal).toMatchObject({ target: f.id, by: { role: 'resident', name: null }, reason: '居民撤回' });
    expect(JSON.stringify(log)).not.toContain('resident-1');
  });
});

describe('withdrawNeed', () => {
  test('the need is gone from the workers’ list and the author’s own; another resident’s stays; only the author may', async () => {
    const submit = (who: string, text: string) => rt.call('submitNeed', { communityId: JUNAN, text }, who);
    const mine = (await submit('resident-1', '希望有老年食堂')).body.data;
    const other = (await submit('resident-2', '楼道灯坏了')).body.data;
    const project = await publish(rt);
    await rt.call('linkNeed', { needId: mine.id, projectId: project.id }, WORKER);
    expect((await myData('resident-1')).needs).toEqual([
      {
        id: mine.id,
        communityId: JUNAN,
        category: null,
        text: '希望有老年食堂',
        submittedAt: mine.submittedAt,
        project: { id: project.id, title: '长者食堂', stage: 'needs_research' },
      },
    ]);

    expect((await rt.call('withdrawNeed', { needId: mine.id }, 'resident-2')).status).toBe(403);
    expect((await rt.call('withdrawNeed', { needId: mine.id }, WORKER)).status).toBe(403);
    const done = await rt.call('withdrawNeed', { needId: mine.id }, 'resident-1');
    expect(done.body.data.message).toContain('已撤回');

    const list = (await rt.call('listNeeds', { communityId: JUNAN }, WORKER)).body.data.needs;
    expect(list.map((n: any) => n.id)).toEqual([other.id]);
    expect((await rt.call('listMyNeeds', { communityId: JUNAN }, 'resident-1')).body.data.needs).toEqual([]);
    expect((await myData('resident-2')).needs.map((n: any) => n.text)).toEqual(['楼道灯坏了']);
    expect((await rt.call('withdrawNeed', { needId: mine.id }, 'resident-1')).status).toBe(404);
    expect((await rt.call('withdrawNeed', { needId: 'x'.repeat(129) }, 'resident-1')).status).toBe(400);
  });
});

describe('leaveProject from 我的数据', () => {
  test('roles are listed per project; leaving one takes one off the joined count, nobody else’s', async () => {
    const project = await publish(rt);
    await rt.call('joinProject', { projectId: project.id, as: 'volunteer' }, 'resident-1');
    await rt.call('joinProject', { projectId: project.id, as: 'supervisor' }, 'resident-1');
    await rt.call('joinProject', { projectId: project.id, as: 'volunteer' }, 'resident-2');
    const roles = (await myData('resident-1')).roles;
    expect(roles.map((r: any) => [r.project.title, r.role]).sort()).toEqual([
      ['长者食堂', 'supervisor'],
      ['长者食堂', 'volunteer'],
    ]);
    expect((await rt.call('leaveProject', { projectId: project.id, as: 'volunteer' }, 'resident-1')).status).toBe(200);
    const joined = (await rt.call('getProject', { projectId: project.id }, 'resident-9')).body.data.joined;
    // volunteers: resident-1 and resident-2, less resident-1 → 1; supervisors: resident-1 → 1.
    expect(joined).toEqual({ volunteer: 1, supervisor: 1, evaluator: 0 });
    expect((await myData('resident-1')).roles.map((r: any) => r.role)).toEqual(['supervisor']);
    expect((await myData('resident-2')).roles.map((r: any) => r.role)).toEqual(['volunteer']);
    expect((await rt.call('leaveProject', { projectId: project.id, as: 'volunteer' }, 'resident-1')).status).toBe(404);
  });
});

describe('withdrawResponse', () => {
  /** Answer i: aware for i < 9, else unaware; all satisfied. */
  const answer = (i: number) => ({ awareness: i < 9 ? 'aware' : 'unaware', satisfaction: 'satisfied' });
  const indicators = async () => (await rt.call('getIndicators', { communityId: BEIYUAN }, OFFICIAL)).body.data.communities[0];

  test('the answer leaves the tallies and the privacy snapshot: the figures are those of the remaining answers in order', async () => {
    for (let i = 0; i < 11; i++) {
      expect((await rt.call('submitResponse', { communityId: BEIYUAN, answers: answer(i) }, `r${i}`)).status).toBe(200);
    }
    // 11 answers: the rates of the first 10 (r0–r9): 9 aware of 10.
    expect(await indicators()).toMatchObject({ responses: 11, awareness: { count: 9, n: 10 } });
    expect((await myData('r0')).response).toMatchObject({
      communityId: BEIYUAN,
      communityName: '北园社区',
      year: YEAR,
      roundClosed: false,
    });

    expect((await rt.call('withdrawResponse', { communityId: BEIYUAN, year: YEAR }, 'r0')).body.data.message).toContain('已撤回');
    // 10 remain (r1–r10): r1–r8 aware = 8, r9 and r10 unaware: 8 of 10; satisfied 10 of 10.
    expect(await indicators()).toMatchObject({ responses: 10, awareness: { count: 8, n: 10 }, satisfaction: { count: 10, n: 10 } });
    expect((await myData('r0')).response).toBeNull();
    expect((await myData('r1')).response).toMatchObject({ communityId: BEIYUAN });

    // The same figures a recount gives from the stored answers.
    const before = await indicators();
    expect((await rt.call('recountIndicators', { year: YEAR }, ADMIN)).status).toBe(200);
    expect(await indicators()).toEqual(before);

    // 9 left: only the count shows.
    await rt.call('withdrawResponse', { communityId: BEIYUAN, year: YEAR }, 'r5');
    expect(await indicators()).toMatchObject({ responses: 9, suppressed: true, awareness: null });
    // Withdrawn, r0 may answer again.
    expect((await rt.call('submitResponse', { communityId: BEIYUAN, answers: answer(0) }, 'r0')).status).toBe(200);
    expect(await indicators()).toMatchObject({ responses: 10, awareness: { count: 8, n: 10 } });
  });

  test('nothing to withdraw is 404; another community or year is refused; a finalized round is 409 ROUND_CLOSED', async () => {
    await rt.call('submitResponse', { communityId: BEIYUAN, answers: answer(0) }, 'r0');
    expect((await rt.call('withdrawResponse', { communityId: BEIYUAN, year: YEAR }, 'r1')).status).toBe(404);
    expect((await rt.call('withdrawResponse', { communityId: JUNAN, year: YEAR }, 'r0')).status).toBe(404);
    expect((await rt.call('withdrawResponse', { communityId: 'nowhere', year: YEAR }, 'r0')).status).toBe(404);
    const past = await rt.call('withdrawResponse', { communityId: BEIYUAN, year: YEAR - 1 }, 'r0');
    expect(past.body.error.code).toBe('ROUND_CLOSED');
    expect((await rt.call('withdrawResponse', { communityId: BEIYUAN, year: 'this' }, 'r0')).status).toBe(400);

    await completeAssessment(rt, BEIYUAN);
    await finalize(rt, BEIYUAN);
    const closed = await rt.call('withdrawResponse', { communityId: BEIYUAN, year: YEAR }, 'r0');
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('ROUND_CLOSED');
    expect((await myData('r0')).response).toMatchObject({ roundClosed: true });
    expect((await rt.call('getIndicators', { communityId: BEIYUAN }, OFFICIAL)).body.data.communities[0].responses).toBe(1);
  });
});
