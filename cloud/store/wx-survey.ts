// The survey part of the WeChat cloud store: responses and their community × year tallies, each tally carrying
// the last few answers it counted so that the round's snapshot is read from the tally alone.
//
// Why a log and not a snapshot written when the count reaches 10, 15, …: db.command.inc does not tell the
// writer the count it reached, so knowing the crossing would cost every answer a read. Instead the same
// atomic update that counts an answer also pushes it onto `recent` (the last SNAPSHOT_STEP − 1 answers, in
// the order counted). The latest multiple of the step is at most that many answers back, so any read of the
// one document gets the exact counts at it: the counts minus the newest answers past it. Submitting and
// reading cost no round trip more. A recount (replaceTallies) empties the log and stores the snapshot
// due at that moment in `snapshot`, which covers the reads until the log has caught up.
import { SNAPSHOT_STEP, snapshotAt } from '../contract/rules/privacy';
import { addAnswers, responsesIn, tallyOfAnswers, withSnapshot } from './tally-counts';
import type { ChannelTally, ResponseRecord, Store, StoredTally, Tally, TallySnapshot } from './types';
import type { WxCollections, WxDatabase, WxDocument } from './wx-database';

type SurveyStore = Pick<
  Store,
  | 'hasResponded'
  | 'answeredIn'
  | 'addResponse'
  | 'claimLegacyResponses'
  | 'getTallies'
  | 'countResponses'
  | 'replaceTallies'
  | 'closeRound'
  | 'openRound'
  | 'listResponses'
>;

export const SURVEY_COLLECTIONS = {
  // _id = `${year}:${respondent}`: one community a year. Answers stored before that rule keep
  // `${year}:${communityId}:${respondent}`; claimLegacyResponses gives each respondent's first a claim
  // under the new key (a document without answers, which counts nothing).
  responses: 'responses',
  tallies: 'tallies', // _id = `${year}:${communityId}`; counts.{question}.{option}, recent (the last answers counted), snapshot; closed: true once the round is closed; channels.{assisted|paper}
} as const;
const C = SURVEY_COLLECTIONS;
/** How many answers `recent` keeps: enough to step back to the latest multiple of SNAPSHOT_STEP. */
const RECENT = SNAPSHOT_STEP - 1;

const responseId = (year: number, respondent: string) => `${year}:${respondent}`;
const tallyId = (year: number, communityId: string) => `${year}:${communityId}`;

/** Ids become field paths (counts.{question}.{option}): no dots, no leading $. */
function assertFieldName(name: string): void {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`not usable as a field name: ${JSON.stringify(name)}`);
}

/** The snapshot due, stepped back from the counts through the newest answers of `recent`; null if the log is too short. */
function fromRecent(counts: Tally['counts'], recent: unknown): TallySnapshot | null {
  const responses = responsesIn(counts);
  const due = snapshotAt(responses);
  if (due === null || !Array.isArray(recent) || recent.length < responses - due) return null;
  return { responses: due, counts: addAnswers(counts, recent.slice(recent.length - (responses - due)), -1) };
}

/** The assisted and paper counts a tally document holds; undefined when none (every answer came by the resident alone). */
function channelsIn(value: unknown): ChannelTally | undefined {
  const c = (value ?? {}) as Partial<Record<keyof ChannelTally, unknown>>;
  const n = (x: unknown) => (typeof x === 'number' && x > 0 ? x : 0);
  const channels = { assisted: n(c.assisted), paper: n(c.paper) };
  return channels.assisted + channels.paper > 0 ? channels : undefined;
}

function toTally(doc: WxDocument): StoredTally {
  const counts = addAnswers((doc.counts ?? {}) as Tally['counts'], []);
  const stored = (doc.snapshot ?? null) as TallySnapshot | null;
  const channels = channelsIn(doc.channels);
  const tally = withSnapshot(
    { communityId: doc.communityId as string, year: doc.year as number, counts, ...(channels ? { channels } : {}) },
    fromRecent(counts, doc.recent) ?? stored,
  );
  return doc.closed === true ? { ...tally, closed: true } : tally;
}

function toResponse(doc: WxDocument): ResponseRecord {
  const { communityId, year, respondent, answers, submittedAt, channel, enteredBy, serial, durationMs } = doc as unknown as ResponseRecord;
  return {
    communityId,
    year,
    respondent,
    answers,
    submittedAt,
    channel: channel ?? 'self',
    enteredBy: enteredBy ?? null,
    serial: serial ?? null,
    durationMs: typeof durationMs === 'number' ? durationMs : null,
  };
}
const hasCounts = (t: Tally) => Object.keys(t.counts).length > 0;
const byCommunity = (a: Tally, b: Tally) => (a.communityId < b.communityId ? -1 : a.communityId > b.communityId ? 1 : 0);
const inStoredOrder = (a: WxDocument, b: WxDocument) =>
  String(a.submittedAt).localeCompare(String(b.submittedAt)) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

export function cloudSurveyStore(
  db: WxDatabase,
  { on, readAll, findById, addOnce }: WxCollections,
  knownCount: () => number | null,
): SurveyStore {
  const _ = db.command;

  /**
   * One more for each answered option, and the answer onto the log, in one atomic update, unless the round
   * is closed ('closed' then, nothing counted); the doc is created at most once (add, never set).
   *
   * The ordering guarantee against a final acceptance: the gate is the tally document's `closed` field, and
   * the increment is one update of that one document conditioned on `closed` ≠ true, which the database
   * applies atomically; closeRound sets `closed` by an update of the same document. So every increment is
   * ordered before the close (and is in the tally the finalize reads after closing) or after it (and
   * matches nothing). No multi-document transaction, and no read: the answer writes this document anyway.
   */
  async function countIn(r: ResponseRecord): Promise<'counted' | 'closed'> {
    const id = tallyId(r.year, r.communityId);
    const entries = Object.entries(r.answers);
    entries.forEach(([q, o]) => (assertFieldName(q), assertFieldName(o)));
    const channel = r.channel ?? 'self';
    const data = {
      ...Object.fromEntries(entries.map(([q, o]) => [`counts.${q}.${o}`, _.inc(1)])),
      // Only assisted and paper answers are counted by channel: self = responses − both, so older tallies need nothing.
      ...(channel === 'self' ? {} : { [`channels.${channel}`]: _.inc(1) }),
      recent: _.push({ each: [r.answers], slice: -RECENT }),
    };
    const increment = async () =>
      (await on(C.tallies, (c) => c.where({ _id: id, closed: _.neq(true) }).update({ data }))).stats.updated === 1;

    if (await increment()) return 'counted';
    const counts = addAnswers({}, [r.answers]);
    const first = { _id: id, communityId: r.communityId, year: r.year, counts, recent: [r.answers] };
    if (await addOnce(C.tallies, channel === 'self' ? first : { ...first, channels: { [channel]: 1 } })) return 'counted';
    // It exists: created by another call since our first try (count on top of theirs), or closed.
    return (await increment()) ? 'counted' : 'closed';
  }

  /** Sets the gate on the round's tally document, creating it (empty) if nobody has answered yet. */
  async function setClosed(communityId: string, year: number, closed: boolean): Promise<void> {
    const id = tallyId(year, communityId);
    const update = async () => (await on(C.tallies, (c) => c.doc(id).update({ data: { closed } }))).stats.updated === 1;
    if ((await update()) || !closed) return;
    if (await addOnce(C.tallies, { _id: id, communityId, year, counts: {}, recent: [], closed: true })) return;
    await update(); // it exists: already closed, or created by a first answer since our update
  }

  async function answeredIn(year: number, respondent: string): Promise<string | null> {
    const doc = await findById(C.responses, responseId(year, respondent));
    return doc ? (doc.communityId as string) : null;
  }

  return {
    async hasResponded(communityId, year, respondent) {
      return (await answeredIn(year, respondent)) === communityId;
    },
    answeredIn,
    async addResponse(r) {
      // The unique _id makes the insert the one decision point: of concurrent calls for any communities,
      // exactly one succeeds; the others read which community that was (a refusal's one more round trip).
      // Not one transaction with the tally (cloud transactions conflict under a burst of answers to one
      // community): a crash between the two leaves the tally one short, which recountIndicators repairs.
      const { communityId, year, respondent, answers, submittedAt } = r;
      const id = responseId(year, respondent);
      const how = {
        channel: r.channel ?? 'self',
        durationMs: r.durationMs ?? null,
        ...(r.enteredBy ? { enteredBy: r.enteredBy } : {}),
        ...(r.serial ? { serial: r.serial } : {}),
      };
      if (!(await addOnce(C.responses, { _id: id, communityId, year, respondent, answers, submittedAt, ...how }))) {
        const answered = await answeredIn(year, respondent);
        if (answered === null) throw new Error(`response ${id} is taken yet cannot be read`);
        return answered === communityId ? 'duplicate' : { elsewhere: answered };
      }
      if ((await countIn(r)) === 'counted') return 'inserted';
      // Refused by the closed round: the response goes too (a crash just here leaves it stored but
      // uncounted, the same gap as above; it is never in the round's figures).
      await on(C.responses, (c) => c.doc(id).remove());
      return 'closed';
    },
    closeRound: (communityId, year) => setClosed(communityId, year, true),
    openRound: (communityId, year) => setClosed(communityId, year, false),
    async claimLegacyResponses(year) {
      const legacy = (await readAll(C.responses, { year }))
        .filter((d) => d.answers && d._id !== responseId(year, d.respondent as string))
        .sort(inStoredOrder);
      let claimed = 0;
      for (const { _id, communityId, respondent } of legacy) {
        // A claim is added, never moved onto: a crash midway leaves every answer where it was, counted once.
        const claim = { _id: responseId(year, respondent as string), communityId, year, respondent, claimOf: _id };
        if (await addOnce(C.responses, claim)) claimed++;
      }
      return claimed;
    },

    async getTallies(year, communityId) {
      const docs =
        communityId === undefined
          ? await readAll(C.tallies, { year }, knownCount() ?? Infinity) // one tally per community at most
          : [await findById(C.tallies, tallyId(year, communityId))].filter((d): d is WxDocument => d !== null);
      return docs.map(toTally).filter(hasCounts).sort(byCommunity);
    },
    async listResponses(year, communityIds) {
      if (communityIds.length === 0) return [];
      const where = communityIds.length === 1 ? { year, communityId: communityIds[0] } : { year, communityId: _.in([...communityIds]) };
      const docs = (await readAll(C.responses, where)).filter((d) => d.answers).sort(inStoredOrder); // claims carry none
      const order = new Map(communityIds.map((c, i) => [c, i]));
      return docs.map(toResponse).sort((a, b) => order.get(a.communityId)! - order.get(b.communityId)!); // stable: stored order kept
    },
    async countResponses(year) {
      const docs = (await readAll(C.responses, { year })).filter((d) => d.answers).sort(inStoredOrder); // claims carry none
      const answers = new Map<string, Record<string, string>[]>();
      for (const doc of docs) {
        const list = answers.get(doc.communityId as string);
        if (list) list.push(doc.answers as Record<string, string>);
        else answers.set(doc.communityId as string, [doc.answers as Record<string, string>]);
      }
      const channels = new Map<string, ChannelTally>();
      for (const doc of docs) {
        const channel = doc.channel;
        if (channel !== 'assisted' && channel !== 'paper') continue;
        const c = channels.get(doc.communityId as string) ?? { assisted: 0, paper: 0 };
        c[channel]++;
        channels.set(doc.communityId as string, c);
      }
      const tallies = [...answers].map(([c, list]) => {
        const t = tallyOfAnswers(c, year, list);
        const counted = channels.get(c);
        return counted ? { ...t, channels: counted } : t;
      });
      return { responses: docs.length, tallies: tallies.sort(byCommunity) };
    },
    async replaceTallies(year, tallies) {
      // An admin's repair, not atomic: an answer counted while it runs may be overwritten; run it again to settle.
      // The counts, log and snapshot are replaced, never the document, so a closed round stays closed.
      const closedIds = new Set((await readAll(C.tallies, { year })).filter((d) => d.closed === true).map((d) => d._id));
      const keep = new Set<string>();
      for (const t of tallies) {
        if (t.year !== year) throw new Error(`replaceTallies(${year}) was given a tally of ${t.year}`);
        const counts = addAnswers(t.counts, []);
        if (!hasCounts({ ...t, counts })) continue;
        const id = tallyId(year, t.communityId);
        keep.add(id);
        const data = {
          communityId: t.communityId,
          year,
          counts,
          recent: [],
          snapshot: t.snapshot,
          ...(t.channels ? { channels: t.channels } : {}),
          ...(closedIds.has(id) ? { closed: true } : {}),
        };
        await on(C.tallies, (c) => c.doc(id).set({ data }));
      }
      for (const doc of await readAll(C.tallies, { year })) {
        if (keep.has(doc._id)) continue;
        // A closed round with no answers keeps its gate.
        if (doc.closed === true)
          await on(C.tallies, (c) =>
            c.doc(doc._id).set({ data: { communityId: doc.communityId, year, counts: {}, recent: [], closed: true } }),
          );
        else await on(C.tallies, (c) => c.doc(doc._id).remove());
      }
    },
  };
}
