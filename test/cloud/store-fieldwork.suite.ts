// The fieldwork part of the Store behaviour, run by store.suite.ts on every store: how each answer arrived (channel,
// who entered it, serial, duration), the round's assisted and paper counts, its answers read back in stored order,
// and a volunteer's phone number.
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { ResponseRecord, Store } from '../../cloud/store/types';

const [A, B] = PILOT_COMMUNITIES.map((c) => c.id);
const worker = { openid: 'o-worker', who: { role: 'worker' as const, name: '王芳' } };

const at = (i: number) => new Date(Date.parse('2024-06-01T00:00:00.000Z') + i * 1000).toISOString();
function answer(communityId: string, respondent: string, i: number, how: Partial<ResponseRecord> = {}): ResponseRecord {
  return {
    communityId,
    year: 2024,
    respondent,
    answers: { awareness: 'aware', satisfaction: 'satisfied' },
    submittedAt: at(i),
    ...how,
  };
}
const assisted = (communityId: string, household: string, i: number) =>
  answer(communityId, `hh-${household}`, i, { channel: 'assisted', enteredBy: worker, durationMs: 45_000 });
const paper = (communityId: string, serial: string, i: number) =>
  answer(communityId, `paper-${serial}`, i, { channel: 'paper', enteredBy: worker, serial, durationMs: null });

export function describeFieldwork(getStore: () => Store): void {
  describe('fieldwork', () => {
    let store: Store;
    beforeEach(() => {
      store = getStore();
    });

    test('each answer keeps its channel, who entered it, its serial and duration; read back in stored order', async () => {
      expect(await store.addResponse(answer(A, 'r1', 1, { channel: 'self', durationMs: 12_345 }))).toBe('inserted');
      expect(await store.addResponse(assisted(A, 'h1', 2))).toBe('inserted');
      expect(await store.addResponse(paper(A, 's-001', 3))).toBe('inserted');
      expect(await store.addResponse(answer(B, 'r2', 4))).toBe('inserted'); // stored before channels: no fields at all
      expect(await store.listResponses(2024, [A, B])).toEqual([
        { ...answer(A, 'r1', 1), channel: 'self', enteredBy: null, serial: null, durationMs: 12_345 },
        { ...answer(A, 'hh-h1', 2), channel: 'assisted', enteredBy: worker, serial: null, durationMs: 45_000 },
        { ...answer(A, 'paper-s-001', 3), channel: 'paper', enteredBy: worker, serial: 's-001', durationMs: null },
        { ...answer(B, 'r2', 4), channel: 'self', enteredBy: null, serial: null, durationMs: null },
      ]);
      expect(await store.listResponses(2024, [B])).toHaveLength(1);
      expect(await store.listResponses(2025, [A])).toEqual([]);
      expect(await store.listResponses(2024, [])).toEqual([]);
    });

    test('a household or serial key answers once a round: the second is a duplicate and counts nothing', async () => {
      expect(await store.addResponse(assisted(A, 'h1', 1))).toBe('inserted');
      expect(await store.addResponse({ ...assisted(A, 'h1', 2), answers: { awareness: 'unaware', satisfaction: 'unsure' } })).toBe(
        'duplicate',
      );
      expect(await store.addResponse(paper(A, 's1', 3))).toBe('inserted');
      expect(await store.addResponse(paper(A, 's1', 4))).toBe('duplicate');
      const [tally] = await store.getTallies(2024, A);
      expect(tally.counts).toEqual({ awareness: { aware: 2 }, satisfaction: { satisfied: 2 } });
      expect(tally.channels).toEqual({ assisted: 1, paper: 1 });
      expect(await store.listResponses(2024, [A])).toHaveLength(2);
    });

    test('the round counts its assisted and paper answers; a round with none has no channels', async () => {
      await store.addResponse(answer(A, 'r1', 1));
      await store.addResponse(assisted(A, 'h1', 2));
      await store.addResponse(assisted(A, 'h2', 3));
      await store.addResponse(paper(A, 's1', 4));
      await store.addResponse(answer(B, 'r2', 5));
      const [a, b] = await store.getTallies(2024);
      expect(a).toMatchObject({ communityId: A, responses: 4, channels: { assisted: 2, paper: 1 } });
      expect(b.communityId).toBe(B);
      expect(b.channels).toBeUndefined();
      expect((await store.getTallies(2024, A))[0].channels).toEqual({ assisted: 2, paper: 1 });
      // A recount finds the same counts, and replacing the tallies with it keeps them.
      const { tallies } = await store.countResponses(2024);
      expect(tallies.find((t) => t.communityId === A)?.channels).toEqual({ assisted: 2, paper: 1 });
      await store.replaceTallies(2024, tallies);
      expect((await store.getTallies(2024, A))[0].channels).toEqual({ assisted: 2, paper: 1 });
    });

    test('a closed round refuses an entered answer and keeps nothing of it', async () => {
      await store.closeRound(A, 2024);
      expect(await store.addResponse(assisted(A, 'h1', 1))).toBe('closed');
      expect(await store.listResponses(2024, [A])).toEqual([]);
      expect(await store.getTallies(2024, A)).toEqual([]);
    });

    test('listResponses reads a round past 1,000 answers, in stored order', async () => {
      const records = Array.from({ length: 1010 }, (_, i) => answer(A, `r${String(i).padStart(4, '0')}`, i));
      for (let i = 0; i < records.length; i += 50) await Promise.all(records.slice(i, i + 50).map((r) => store.addResponse(r)));
      const read = await store.listResponses(2024, [A]);
      expect(read).toHaveLength(1010);
      expect(read.map((r) => r.submittedAt)).toEqual(records.map((r) => r.submittedAt));
    }, 60_000);

    test('a volunteer’s phone number is kept with their participation, and absent when none was left', async () => {
      await store.addParticipant({ projectId: 'p1', role: 'volunteer', respondent: 'r1', joinedAt: at(1), phone: '13800138000' });
      await store.addParticipant({ projectId: 'p1', role: 'volunteer', respondent: 'r2', joinedAt: at(2) });
      expect(await store.listParticipants(['p1'])).toEqual([
        { projectId: 'p1', role: 'volunteer', respondent: 'r1', joinedAt: at(1), phone: '13800138000' },
        { projectId: 'p1', role: 'volunteer', respondent: 'r2', joinedAt: at(2) },
      ]);
      // Leaving takes the number with it.
      expect(await store.removeParticipant('p1', 'volunteer', 'r1')).toBe(true);
      expect(await store.listParticipants(['p1'])).toEqual([{ projectId: 'p1', role: 'volunteer', respondent: 'r2', joinedAt: at(2) }]);
    });
  });
}
