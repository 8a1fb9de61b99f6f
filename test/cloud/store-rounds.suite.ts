// What every Store keeps of a round (community × year) beyond its counts: the snapshot an open round shows (privacy.ts).
import type { TAnswers } from '../../cloud/contract';
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { ResponseRecord, Store, Tally } from '../../cloud/store/types';

const [A, B] = PILOT_COMMUNITIES.map((c) => c.id);
const AWARENESS = ['aware', 'heard', 'unaware'] as const;
const SATISFACTION = ['satisfied', 'fairly_satisfied', 'basically_satisfied', 'fairly_dissatisfied', 'dissatisfied', 'unsure'] as const;

/** The i-th answer: awareness cycles through its 3 options, satisfaction through its 6. */
const answersOf = (i: number): TAnswers => ({ awareness: AWARENESS[i % 3], satisfaction: SATISFACTION[i % 6] });
/** The i-th respondent's answer, a millisecond after the previous one. */
const answer = (i: number, communityId = A, year = 2024): ResponseRecord => ({
  communityId,
  year,
  respondent: `${communityId}-s${String(i).padStart(3, '0')}`,
  answers: answersOf(i),
  submittedAt: new Date(Date.UTC(year, 5, 1, 0, 0, 0, i)).toISOString(),
});

function countsOf(list: TAnswers[]): Tally['counts'] {
  const counts: Tally['counts'] = {};
  for (const a of list) for (const [q, o] of Object.entries(a)) (counts[q] ??= {})[o] = (counts[q]?.[o] ?? 0) + 1;
  return counts;
}
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

export function describeRounds(store: () => Store): void {
  describe('round snapshots', () => {
    /** Answers from..to−1, one after the other, so their order is known. */
    async function answerInTurn(from: number, to: number, communityId = A, year = 2024) {
      for (const i of range(from, to)) expect(await store().addResponse(answer(i, communityId, year))).toBe('inserted');
    }
    const tallyOf = async (communityId = A, year = 2024) => (await store().getTallies(year, communityId))[0];

    test('9 answers: none; 10: the counts at 10; 14: still those; 15: the counts at 15 (hand-worked)', async () => {
      await answerInTurn(0, 9);
      expect(await tallyOf()).toMatchObject({ responses: 9, snapshot: null });

      await answerInTurn(9, 10);
      // Answers 0–9: aware 0,3,6,9 · heard 1,4,7 · unaware 2,5,8; satisfaction i % 6 over 0–9.
      const atTen = {
        awareness: { aware: 4, heard: 3, unaware: 3 },
        satisfaction: { satisfied: 2, fairly_satisfied: 2, basically_satisfied: 2, fairly_dissatisfied: 2, dissatisfied: 1, unsure: 1 },
      };
      expect(await tallyOf()).toMatchObject({ responses: 10, counts: atTen, snapshot: { responses: 10, counts: atTen } });

      await answerInTurn(10, 14);
      const fourteen = await tallyOf();
      expect(fourteen.responses).toBe(14);
      expect(fourteen.counts.awareness).toEqual({ aware: 5, heard: 5, unaware: 4 });
      expect(fourteen.snapshot).toEqual({ responses: 10, counts: atTen });

      await answerInTurn(14, 15);
      const atFifteen = {
        awareness: { aware: 5, heard: 5, unaware: 5 },
        satisfaction: { satisfied: 3, fairly_satisfied: 3, basically_satisfied: 3, fairly_dissatisfied: 2, dissatisfied: 2, unsure: 2 },
      };
      expect(await tallyOf()).toMatchObject({ responses: 15, counts: atFifteen, snapshot: { responses: 15, counts: atFifteen } });
      // The year's read shows the same round as the community's read.
      expect((await store().getTallies(2024)).find((t) => t.communityId === A)).toEqual(await tallyOf());
    });

    test('each round has its own: another community, another year', async () => {
      await answerInTurn(0, 12, A, 2024);
      await answerInTurn(0, 9, B, 2024);
      await answerInTurn(0, 10, A, 2025);
      expect((await tallyOf(A, 2024)).snapshot).toEqual({ responses: 10, counts: countsOf(range(0, 10).map(answersOf)) });
      expect(await tallyOf(B, 2024)).toMatchObject({ responses: 9, snapshot: null });
      expect((await tallyOf(A, 2025)).snapshot?.responses).toBe(10);
    });

    test('37 answers at once: the snapshot is the counts right after exactly 35 of them', async () => {
      const records = range(0, 37).map((i) => answer(i));
      expect(new Set(await Promise.all(records.map((r) => store().addResponse(r))))).toEqual(new Set(['inserted']));
      const t = await tallyOf();
      expect(t.counts).toEqual(countsOf(records.map((r) => r.answers)));
      expect(t.snapshot?.responses).toBe(35);
      // What the snapshot leaves out is the answers of two of the 37, whichever two were counted last.
      const left = (q: keyof TAnswers) =>
        Object.entries(t.counts[q])
          .flatMap(([o, n]) => Array(n - (t.snapshot!.counts[q]?.[o] ?? 0)).fill(o))
          .sort();
      const lastTwo = range(0, 37).flatMap((i) => range(i + 1, 37).map((j) => [records[i].answers, records[j].answers]));
      expect(
        lastTwo.some(
          ([x, y]) =>
            JSON.stringify(left('awareness')) === JSON.stringify([x.awareness, y.awareness].sort()) &&
            JSON.stringify(left('satisfaction')) === JSON.stringify([x.satisfaction, y.satisfaction].sort()),
        ),
      ).toBe(true);
    });

    test('countResponses rebuilds each snapshot from the answers in the order stored', async () => {
      await answerInTurn(0, 12);
      await answerInTurn(0, 3, B);
      const { tallies } = await store().countResponses(2024);
      expect(tallies.map((t) => [t.communityId, t.responses, t.snapshot?.responses ?? null])).toEqual([
        [A, 12, 10],
        [B, 3, null],
      ]);
      expect(tallies[0].snapshot!.counts).toEqual(countsOf(range(0, 10).map(answersOf)));
      expect(await store().getTallies(2024)).toEqual(tallies);
    });

    test('replaceTallies keeps the snapshot given; the answers after it step on from there exactly', async () => {
      await answerInTurn(0, 23);
      const { tallies } = await store().countResponses(2024);
      await store().replaceTallies(2024, tallies);
      const at20 = { responses: 20, counts: countsOf(range(0, 20).map(answersOf)) };
      expect(await tallyOf()).toMatchObject({ responses: 23, snapshot: at20 });

      await answerInTurn(23, 24);
      expect((await tallyOf()).snapshot).toEqual(at20);
      await answerInTurn(24, 26);
      expect(await tallyOf()).toMatchObject({ responses: 26, snapshot: { responses: 25, counts: countsOf(range(0, 25).map(answersOf)) } });
      await answerInTurn(26, 29);
      expect((await tallyOf()).snapshot?.responses).toBe(25);
    });
  });

  describe('one community a year', () => {
    const by = (respondent: string, communityId: string, year = 2024, i = 0): ResponseRecord => ({
      ...answer(i, communityId, year),
      respondent,
    });

    test('answeredIn names the community a respondent answered that year; another year is free', async () => {
      expect(await store().answeredIn(2024, 'one')).toBeNull();
      expect(await store().addResponse(by('one', A))).toBe('inserted');
      expect(await store().answeredIn(2024, 'one')).toBe(A);
      expect(await store().addResponse(by('one', B))).toEqual({ elsewhere: A });
      expect(await store().addResponse(by('one', A))).toBe('duplicate');
      expect(await store().answeredIn(2025, 'one')).toBeNull();
      expect(await store().addResponse(by('one', B, 2025))).toBe('inserted');
      expect(await store().getTallies(2024, B)).toEqual([]);
      expect((await store().countResponses(2024)).responses).toBe(1);
    });

    test('30 simultaneous answers of one respondent to two communities: exactly one is stored and counted', async () => {
      const communityOf = (i: number) => (i % 2 ? A : B);
      const results = await Promise.all(range(0, 30).map((i) => store().addResponse(by('same', communityOf(i), 2024, i))));
      expect(results.filter((r) => r === 'inserted')).toHaveLength(1);
      const winner = await store().answeredIn(2024, 'same');
      results.forEach((r, i) => {
        if (r !== 'inserted') expect(r).toEqual(communityOf(i) === winner ? 'duplicate' : { elsewhere: winner });
      });
      const tallies = await store().getTallies(2024);
      expect(tallies.map((t) => [t.communityId, t.responses])).toEqual([[winner, 1]]);
      expect((await store().countResponses(2024)).responses).toBe(1);
    });
  });
}
