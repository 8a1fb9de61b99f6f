// The quality of a round's answers, from its stored answers (pure): channels, entries per worker, fast answers,
// bursts, and the rates with and without the flagged answers. Flags only describe answers; none is deleted.
import {
  BURST_MORE_THAN,
  BURST_WINDOW_MS,
  FAST_ANSWER_MS,
  finalShown,
  SHOWN_FROM,
  snapshotAt,
  type TChannel,
  type TCommunity,
  type TCommunityQuality,
} from '../contract';
import type { ResponseRecord } from '../store/types';
import { rateFromCounts } from './community-rates';
import { addAnswers } from '../store/tally-counts';
import { labelOf } from './who';

export interface BurstSpan {
  /** Indexes into the times given: the burst's first and last answer. */
  first: number;
  last: number;
  /** The most answers of one window inside it. */
  peak: number;
}

/**
 * Bursts among answers at `times` (milliseconds, ascending). The window of answer i holds every answer j ≥ i
 * with times[j] − times[i] < BURST_WINDOW_MS (i itself included); it is dense when it holds more than
 * BURST_MORE_THAN answers. An answer is in a burst when some dense window holds it; a burst is a maximal run
 * of answers covered by dense windows that share answers with one another (two dense windows without a
 * common answer are two bursts). So 21 answers within 9 min 59.999 s are one burst of 21; 21 answers whose
 * first and last are exactly 10 minutes apart are none.
 */
export function findBursts(times: readonly number[]): { inBurst: boolean[]; bursts: BurstSpan[] } {
  const inBurst = times.map(() => false);
  const bursts: BurstSpan[] = [];
  let end = 0; // the last answer of the window of i
  let run: BurstSpan | null = null;
  for (let i = 0; i < times.length; i++) {
    if (end < i) end = i;
    while (end + 1 < times.length && times[end + 1] - times[i] < BURST_WINDOW_MS) end++;
    const size = end - i + 1;
    if (size <= BURST_MORE_THAN) continue;
    if (run && i <= run.last) {
      run.last = Math.max(run.last, end);
      run.peak = Math.max(run.peak, size);
    } else {
      if (run) bursts.push(run);
      run = { first: i, last: end, peak: size };
    }
  }
  if (run) bursts.push(run);
  for (const b of bursts) for (let k = b.first; k <= b.last; k++) inBurst[k] = true;
  return { inBurst, bursts };
}

const channelOf = (r: ResponseRecord): TChannel => r.channel ?? 'self';
/** Paper forms are entered after the fact: they have no duration, and when they were typed says nothing of when they were answered. */
const answeredLive = (r: ResponseRecord) => channelOf(r) !== 'paper';
const isFast = (r: ResponseRecord) =>
  answeredLive(r) && r.durationMs !== null && r.durationMs !== undefined && r.durationMs < FAST_ANSWER_MS;

function ratesOver(answers: readonly ResponseRecord[], community: TCommunity) {
  const n = answers.length;
  if (n < SHOWN_FROM) return { n, awareness: null, satisfaction: null };
  const counts = addAnswers(
    {},
    answers.map((a) => a.answers),
  );
  return { n, awareness: rateFromCounts(counts, 'awareness', community), satisfaction: rateFromCounts(counts, 'satisfaction', community) };
}

export type RoundQuality = Omit<TCommunityQuality, 'communityId' | 'name' | 'volunteers'>;

/**
 * A round's quality from its answers in stored order (the order its tally counted them). `final`: the round is
 * closed by its final acceptance, so the rates are over every answer; while open they are over the first
 * snapshotAt(n) answers — the same answers getIndicators shows — and, without the flagged ones, only while at
 * least SHOWN_FROM answers remain.
 */
export function roundQuality(records: readonly ResponseRecord[], community: TCommunity, final: boolean): RoundQuality {
  const channels = { self: 0, assisted: 0, paper: 0 };
  const workers = new Map<string, RoundQuality['workers'][number]>();
  for (const r of records) {
    const channel = channelOf(r);
    channels[channel]++;
    if (channel === 'self' || !r.enteredBy) continue;
    let w = workers.get(r.enteredBy.openid);
    if (!w) workers.set(r.enteredBy.openid, (w = { who: r.enteredBy.who, label: labelOf(r.enteredBy.who), assisted: 0, paper: 0 }));
    w[channel]++;
  }

  const live = records.map((r, i) => ({ r, i, at: Date.parse(r.submittedAt) })).filter((x) => answeredLive(x.r));
  live.sort((a, b) => a.at - b.at || a.i - b.i);
  const { inBurst, bursts } = findBursts(live.map((x) => x.at));
  const flagged = records.map(isFast);
  live.forEach((x, k) => {
    if (inBurst[k]) flagged[x.i] = true;
  });

  const shownAt = final ? finalShown(records.length) : snapshotAt(records.length);
  const base = records.slice(0, shownAt ?? 0);
  const kept = base.filter((_, i) => !flagged[i]);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    responses: records.length,
    final,
    channels,
    workers: [...workers.values()].sort((a, b) => b.assisted + b.paper - (a.assisted + a.paper) || a.label.localeCompare(b.label)),
    fast: records.filter(isFast).length,
    unknownDuration: records.filter((r) => answeredLive(r) && (r.durationMs === null || r.durationMs === undefined)).length,
    inBursts: inBurst.filter(Boolean).length,
    bursts: bursts.map((b) => ({ start: iso(live[b.first].at), end: iso(live[b.last].at), count: b.last - b.first + 1, peak: b.peak })),
    flagged: flagged.filter(Boolean).length,
    rates: {
      shownAt,
      withFlagged: shownAt === null ? { n: 0, awareness: null, satisfaction: null } : ratesOver(base, community),
      withoutFlagged: { ...ratesOver(kept, community), excluded: base.length - kept.length },
    },
  };
}
