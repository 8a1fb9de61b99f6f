// The doorstep-project part of the Store behaviour, run by store.suite.ts on every store.
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { NewProject, ProjectRecord, Store } from '../../cloud/store/types';

const [A, B] = PILOT_COMMUNITIES.map((c) => c.id);
const AT = '2024-06-01T08:00:00.000Z';

export function newProject(communityId: string, category: NewProject['category'], change: Partial<NewProject> = {}): NewProject {
  return {
    communityId,
    year: 2024,
    category,
    title: '长者食堂',
    summary: '为高龄老人送餐',
    plan: '',
    reflection: '',
    stage: 'needs_research',
    history: [],
    evaluation: null,
    createdBy: 'o-worker',
    createdAt: AT,
    updatedAt: AT,
    ...change,
  };
}

async function added(store: Store, p: NewProject): Promise<ProjectRecord> {
  const result = await store.addProject(p, 2);
  if (result === 'limit') throw new Error('limit');
  return result;
}

export function describeProjects(store: () => Store): void {
  describe('projects', () => {
    test('take slots 1 and 2 of their category; a third is refused and not stored', async () => {
      const one = await added(store(), newProject(A, 'elderly_care'));
      expect(one).toEqual({ ...newProject(A, 'elderly_care'), id: `2024:${A}:elderly_care:1`, revision: 0 });
      expect((await added(store(), newProject(A, 'elderly_care', { title: '第二个' }))).id).toBe(`2024:${A}:elderly_care:2`);
      expect(await store().addProject(newProject(A, 'elderly_care', { title: '第三个' }), 2)).toBe('limit');
      // Another category, community or year has its own slots.
      expect((await added(store(), newProject(A, 'volunteering'))).id).toBe(`2024:${A}:volunteering:1`);
      expect((await added(store(), newProject(B, 'elderly_care'))).id).toBe(`2024:${B}:elderly_care:1`);
      expect((await added(store(), newProject(A, 'elderly_care', { year: 2025 }))).id).toBe(`2025:${A}:elderly_care:1`);
      expect((await store().listProjects({ year: 2024, communityIds: [A], category: 'elderly_care' })).map((p) => p.title)).toEqual([
        '长者食堂',
        '第二个',
      ]);
    });

    test('five publishing at the same moment into one category: exactly two stored', async () => {
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((i) => store().addProject(newProject(A, 'public_safety', { title: `项目${i}` }), 2)),
      );
      expect(results.filter((r) => r === 'limit')).toHaveLength(3);
      expect(await store().listProjects({ communityIds: [A] })).toHaveLength(2);
    });

    test('are listed by id and filtered by year, communities and category', async () => {
      await added(store(), newProject(B, 'volunteering'));
      await added(store(), newProject(A, 'elderly_care'));
      await added(store(), newProject(A, 'volunteering', { year: 2025 }));
      expect((await store().listProjects({})).map((p) => p.id)).toEqual([
        `2024:${A}:elderly_care:1`,
        `2024:${B}:volunteering:1`,
        `2025:${A}:volunteering:1`,
      ]);
      expect((await store().listProjects({ year: 2024, communityIds: [A, B] })).length).toBe(2);
      expect(await store().listProjects({ communityIds: [] })).toEqual([]);
      expect((await store().listProjects({ category: 'volunteering' })).length).toBe(2);
    });

    test('a save over the revision read succeeds once; a second save from the same read is refused', async () => {
      const p = await added(store(), newProject(A, 'elderly_care'));
      const evaluation = {
        aspects: { completion: 90, satisfaction: 80, finance: 70, organization: 60, operation: 50, effectiveness: 40 },
        by: 'o-eval',
        at: AT,
      };
      const history = [{ from: 'needs_research' as const, to: 'needs_analysis' as const, by: 'o-worker', at: AT, reason: null }];
      expect(await store().saveProject({ ...p, stage: 'needs_analysis', history, evaluation })).toBe(true);
      expect(await store().saveProject({ ...p, title: '迟到的修改' })).toBe(false);
      expect(await store().getProject(p.id)).toEqual({ ...p, stage: 'needs_analysis', history, evaluation, revision: 1 });
      expect(await store().getProject('2024:nowhere:elderly_care:1')).toBeNull();
    });
  });

  describe('activities, feedback, participants', () => {
    test('activities come back by date for the projects asked', async () => {
      const a = { projectId: 'p1', description: '送餐', servedCount: 12, recordedBy: 'o-w', recordedAt: AT };
      await store().addActivity({ ...a, id: 'a2', date: '2024-05-02' });
      await store().addActivity({ ...a, id: 'a1', date: '2024-05-01' });
      await store().addActivity({ ...a, id: 'a3', projectId: 'p2', date: '2024-04-01' });
      expect((await store().listActivities(['p1'])).map((x) => x.id)).toEqual(['a1', 'a2']);
      expect((await store().listActivities(['p1', 'p2'])).map((x) => x.id)).toEqual(['a3', 'a1', 'a2']);
      expect(await store().listActivities([])).toEqual([]);
    });

    test('feedback: a reply and a hide set their field alone; a resend replaces the words, drops the reply, keeps the hide', async () => {
      const f = { id: 'f1', projectId: 'p1', respondent: 'h1', rating: 4, comment: '好', submittedAt: AT };
      await store().saveFeedback(f);
      expect(await store().getFeedback('f1')).toEqual({ ...f, reply: null, hidden: null });
      const reply = { text: '谢谢', by: 'o-w', at: AT };
      const hidden = { by: 'o-w', at: AT, reason: '广告' };
      expect(await store().setFeedbackReply('f1', reply)).toBe(true);
      expect(await store().setFeedbackHidden('f1', hidden)).toBe(true);
      expect(await store().setFeedbackHidden('f1', { ...hidden, reason: '再次' })).toBe(false);
      expect(await store().getFeedback('f1')).toEqual({ ...f, reply, hidden });
      const resent = { ...f, rating: 2, comment: null, submittedAt: '2024-06-02T00:00:00.000Z' };
      await store().saveFeedback(resent);
      expect(await store().getFeedback('f1')).toEqual({ ...resent, reply: null, hidden });
      expect(await store().listFeedback(['p1', 'p9'])).toEqual([{ ...resent, reply: null, hidden }]);
      expect(await store().getFeedback('f2')).toBeNull();
      expect(await store().setFeedbackReply('f2', reply)).toBe(false);
    });

    test('feedback: clearing a hide shows it again once; the words, rating and reply stay; it can be hidden anew', async () => {
      const f = { id: 'f4', projectId: 'p1', respondent: 'h4', rating: 1, comment: '电话 138…', submittedAt: AT };
      await store().saveFeedback(f);
      expect(await store().clearFeedbackHidden('f4')).toBe(false); // not hidden: nothing changed
      const reply = { text: '已联系', by: 'o-w', at: AT };
      await store().setFeedbackReply('f4', reply);
      await store().setFeedbackHidden('f4', { by: 'o-w', at: AT, reason: '含他人电话' });
      expect(await store().clearFeedbackHidden('f4')).toBe(true);
      expect(await store().clearFeedbackHidden('f4')).toBe(false);
      expect(await store().getFeedback('f4')).toEqual({ ...f, reply, hidden: null });
      const again = { by: 'o-w2', at: '2024-06-03T00:00:00.000Z', reason: '再次隐藏' };
      expect(await store().setFeedbackHidden('f4', again)).toBe(true);
      expect((await store().getFeedback('f4'))?.hidden).toEqual(again);
      expect(await store().clearFeedbackHidden('nope')).toBe(false);
    });

    test('a hide and a resend at the same moment: the feedback ends hidden with the new words', async () => {
      const f = { id: 'f3', projectId: 'p1', respondent: 'h3', rating: 5, comment: '一', submittedAt: AT };
      await store().saveFeedback(f);
      const hidden = { by: 'o-w', at: AT, reason: '广告' };
      await Promise.all([store().saveFeedback({ ...f, comment: '二' }), store().setFeedbackHidden('f3', hidden)]);
      expect(await store().getFeedback('f3')).toEqual({ ...f, comment: '二', reply: null, hidden });
    });

    test('a participant joins once per role and can leave', async () => {
      const p = { projectId: 'p1', role: 'volunteer' as const, respondent: 'h1', joinedAt: AT };
      const results = await Promise.all([store().addParticipant(p), store().addParticipant(p)]);
      expect(results.sort()).toEqual(['duplicate', 'inserted']);
      expect(await store().addParticipant({ ...p, role: 'supervisor' })).toBe('inserted');
      expect(await store().listParticipants(['p1'])).toHaveLength(2);
      expect(await store().removeParticipant('p1', 'volunteer', 'h1')).toBe(true);
      expect(await store().removeParticipant('p1', 'volunteer', 'h1')).toBe(false);
      expect(await store().listParticipants(['p1'])).toEqual([{ ...p, role: 'supervisor' }]);
    });
  });
}
