// Tally arithmetic both stores share: counts from answers, a round's number of answers, and which snapshot is due.
import { snapshotAt } from '../contract/rules/privacy';
import type { StoredTally, Tally, TallySnapshot } from './types';

type Counts = Tally['counts'];
type Answers = Readonly<Record<string, string>>;

/** Every answer answers every question, so a question's total is the round's number of answers (the largest, should a damaged tally differ). */
export function responsesIn(counts: Counts): number {
  let most = 0;
  for (const options of Object.values(counts))
    most = Math.max(
      most,
      Object.values(options).reduce((a, b) => a + b, 0),
    );
  return most;
}

/** The counts with each answer's options added (sign 1) or taken away (sign −1); zero counts are left out. */
export function addAnswers(counts: Counts, answers: readonly Answers[], sign: 1 | -1 = 1): Counts {
  const next: Counts = {};
  for (const [q, options] of Object.entries(counts)) next[q] = { ...options };
  for (const a of answers) for (const [q, o] of Object.entries(a)) (next[q] ??= {})[o] = (next[q]?.[o] ?? 0) + sign;
  for (const [q, options] of Object.entries(next)) {
    for (const [o, n] of Object.entries(options)) if (n <= 0) delete options[o];
    if (Object.keys(options).length === 0) delete next[q];
  }
  return next;
}

/**
 * The tally with the snapshot due at its number of answers: the counts themselves at a multiple of the step,
 * else `known` if it is the one due. Never an approximation: a snapshot not known exactly is none.
 */
export function withSnapshot(tally: Tally, known: TallySnapshot | null): StoredTally {
  const responses = responsesIn(tally.counts);
  const due = snapshotAt(responses);
  let snapshot: TallySnapshot | null = null;
  if (due === responses) snapshot = { responses, counts: tally.counts };
  else if (due !== null && known?.responses === due) snapshot = known;
  return { ...tally, responses, snapshot };
}

/** A round's tally and snapshot from its answers in the order they were stored (what a recount rebuilds). */
export function tallyOfAnswers(communityId: string, year: number, inOrder: readonly Answers[]): StoredTally {
  const due = snapshotAt(inOrder.length);
  const known = due === null ? null : { responses: due, counts: addAnswers({}, inOrder.slice(0, due)) };
  return withSnapshot({ communityId, year, counts: addAnswers({}, inOrder) }, known);
}
