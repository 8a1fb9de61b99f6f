// Residents' messages and 我的数据 in the Store behaviour, run by store.suite.ts on every store: the outbox, contacts,
// one resident's records across communities, and withdrawals that leave the counts a recount would give.
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { MessageRecord, Store } from '../../cloud/store/types';

const [A, B] = PILOT_COMMUNITIES.map((c) => c.id);
const minute = (i: number) => new Date(Date.UTC(2024, 5, 1, 8, i)).toISOString();
const message = (id: string, recipient: string, i: number): MessageRecord => ({
  id,
  recipient,
  kind: 'stage_moved',
  title: '您参加的项目有了新进展',
  body: `第 ${i} 条`,
  projectId: 'p1',
  at: minute(i),
  read: false,
});

export function describeNotify(store: () => Store): void {
  describe('the outbox', () => {
    test('lists a recipient’s messages newest first in pages; marks only their own unread ones', async () => {
      const s = store();
      await s.addMessages([message('m1', 'h1', 1), message('m2', 'h1', 2), message('m3', 'h1', 2), message('m4', 'h2', 3)]);
      const first = await s.listMessages({ recipient: 'h1', limit: 2 });
      expect(first.map((m) => m.id)).toEqual(['m3', 'm2']);
      const rest = await s.listMessages({ recipient: 'h1', limit: 2, after: first[1] });
      expect(rest.map((m) => m.id)).toEqual(['m1']);
      expect(await s.countUnread('h1')).toBe(3);
      expect(await s.markMessagesRead('h1', ['m1', 'm4', 'm1', 'nope'])).toBe(1);
      expect(await s.countUnread('h1')).toBe(2);
      expect(await s.countUnread('h2')).toBe(1);
      expect((await s.listMessages({ recipient: 'h1', limit: 5 })).map((m) => [m.id, m.read])).toEqual([
        ['m3', false],
        ['m2', false],
        ['m1', true],
      ]);
      expect(await s.listMessages({ recipient: 'h3', limit: 5 })).toEqual([]);
    });

    test('contacts are replaced per respondent and forgotten with no kinds', async () => {
      const s = store();
      await s.saveContact({ respondent: 'h1', openid: 'o1', kinds: ['need_linked'], at: minute(1) });
      await s.saveContact({ respondent: 'h1', openid: 'o1', kinds: ['need_linked', 'stage_moved'], at: minute(2) });
      await s.saveContact({ respondent: 'h2', openid: 'o2', kinds: ['feedback_replied'], at: minute(3) });
      const found = await s.getContacts(['h1', 'h2', 'h3']);
      expect(found.sort((a, b) => a.respondent.localeCompare(b.respondent))).toEqual([
        { respondent: 'h1', openid: 'o1', kinds: ['need_linked', 'stage_moved'], at: minute(2) },
        { respondent: 'h2', openid: 'o2', kinds: ['feedback_replied'], at: minute(3) },
      ]);
      await s.saveContact({ respondent: 'h1', openid: 'o1', kinds: [], at: minute(4) });
      expect((await s.getContacts(['h1', 'h2'])).map((c) => c.respondent)).toEqual(['h2']);
      expect(await s.getContacts([])).toEqual([]);
    });
  });

  describe('a resident’s own records', () => {
    test('are found across communities, newest first; deleting one leaves everyone else’s', async () => {
      const s = store();
      const need = (id: string, communityId: string, respondent: string, i: number) =>
        s.addNeed({
          id,
          communityId,
          category: null,
          text: id,
          respondent,
          submittedAt: minute(i),
          projectId: null,
          linkedBy: null,
          linkedAt: null,
        });
      await need('n1', A, 'h1', 1);
      await need('n2', B, 'h1', 2);
      await need('n3', A, 'h2', 3);
      expect((await s.listNeedsOf('h1', 10)).map((n) => n.id)).toEqual(['n2', 'n1']);
      expect(await s.deleteNeed('n1')).toBe(true);
      expect(await s.deleteNeed('n1')).toBe(false);
      expect((await s.listNeedsOf('h1', 10)).map((n) => n.id)).toEqual(['n2']);
      expect((await s.listNeeds({ communityId: A, limit: 10 })).map((n) => n.id)).toEqual(['n3']);

      await s.saveFeedback({ id: 'f1', projectId: 'p1', respondent: 'h1', rating: 1, comment: '太晚', submittedAt: minute(1) });
      await s.saveFeedback({ id: 'f2', projectId: 'p2', respondent: 'h1', rating: 5, comment: null, submittedAt: minute(2) });
      await s.saveFeedback({ id: 'f3', projectId: 'p1', respondent: 'h2', rating: 4, comment: null, submittedAt: minute(3) });
      expect((await s.listFeedbackOf('h1', 10)).map((f) => f.id)).toEqual(['f2', 'f1']);
      expect(await s.deleteFeedback('f1')).toBe(true);
      expect(await s.deleteFeedback('f1')).toBe(false);
      expect((await s.listFeedback(['p1'])).map((f) => f.id)).toEqual(['f3']);

      await s.addParticipant({ projectId: 'p1', role: 'volunteer', respondent: 'h1', joinedAt: minute(1) });
      await s.addParticipant({ projectId: 'p2', role: 'supervisor', respondent: 'h1', joinedAt: minute(2) });
      await s.addParticipant({ projectId: 'p1', role: 'volunteer', respondent: 'h2', joinedAt: minute(3) });
      expect((await s.listParticipationsOf('h1', 10)).map((p) => [p.projectId, p.role])).toEqual([
        ['p2', 'supervisor'],
        ['p1', 'volunteer'],
      ]);
    });
  });

  describe('withdrawing a survey answer', () => {
    const answers = (i: number) => ({ awareness: i < 9 ? 'aware' : 'unaware', satisfaction: i % 2 ? 'satisfied' : 'unsure' }) as const;
    const add = (s: Store, i: number, communityId = A) =>
      s.addResponse({ communityId, year: 2024, respondent: `r${i}`, answers: answers(i), submittedAt: minute(i) });

    test('takes the answer out of the counts and the snapshot: exactly what a recount of the remaining answers gives', async () => {
      const s = store();
      for (let i = 0; i < 12; i++) await add(s, i);
      await add(s, 20, B);
      expect(await s.getResponse(2024, 'r0')).toMatchObject({ communityId: A, answers: answers(0) });
      expect(await s.withdrawResponse(A, 2024, 'r0')).toBe('withdrawn');
      expect(await s.getResponse(2024, 'r0')).toBeNull();
      const [tally] = await s.getTallies(2024, A);
      // 11 remain (r1–r11): the snapshot of 10 is r1–r10: aware r1–r8 = 8, unaware r9, r10 = 2; satisfied the odd ones, 5.
      expect(tally).toMatchObject({
        responses: 11,
        snapshot: { responses: 10, counts: { awareness: { aware: 8, unaware: 2 }, satisfaction: { satisfied: 5, unsure: 5 } } },
      });
      expect(await s.getTallies(2024)).toEqual((await s.countResponses(2024)).tallies);
      // Later answers step on from there: at 15 the counts themselves.
      for (let i = 12; i < 16; i++) await add(s, i);
      expect((await s.getTallies(2024, A))[0]).toMatchObject({ responses: 15, snapshot: { responses: 15 } });
      expect(await s.getTallies(2024)).toEqual((await s.countResponses(2024)).tallies);
      // The other community's round is untouched; the withdrawn respondent may answer again.
      expect((await s.getTallies(2024, B))[0].responses).toBe(1);
      expect(await add(s, 0)).toBe('inserted');
    });

    test('none to withdraw, or another community’s: none; a closed round: closed and nothing changes', async () => {
      const s = store();
      await add(s, 1);
      expect(await s.withdrawResponse(A, 2024, 'r9')).toBe('none');
      expect(await s.withdrawResponse(B, 2024, 'r1')).toBe('none');
      await s.closeRound(A, 2024);
      expect(await s.withdrawResponse(A, 2024, 'r1')).toBe('closed');
      expect((await s.getTallies(2024, A))[0].responses).toBe(1);
      expect(await s.getResponse(2024, 'r1')).not.toBeNull();
    });
  });
}
