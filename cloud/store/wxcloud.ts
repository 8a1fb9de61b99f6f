// The Store on the WeChat cloud database, given `cloud.database()` from wx-server-sdk by the entry point.
import type { AssessmentItemRecord, ResponseRecord, RoleAssignment, Store, Tally } from './types';
import { cloudCommunities, type CommunityOptions } from './wx-communities';
import { wxCollections, type WxDatabase, type WxDocument } from './wx-database';
import { cloudProjectStore, PROJECT_COLLECTIONS } from './wx-projects';
import { AUDIT_COLLECTION, cloudAuditStore } from './wx-audit';
import { cloudLockStore, LOCK_COLLECTIONS } from './wx-locks';

export type { WxCollection, WxCommand, WxCommandValue, WxDatabase, WxDocument, WxDocumentRef, WxError, WxQuery } from './wx-database';
export { isDuplicateWrite } from './wx-database';

/** The collections this store uses; it creates any that is missing on first use. */
export const COLLECTIONS = {
  communities: 'communities', // _id = community id; `order` keeps the seed order
  roles: 'roles', // _id = openid
  responses: 'responses', // _id = `${year}:${communityId}:${respondent}`: one answer per round
  tallies: 'tallies', // _id = `${year}:${communityId}`; counts.{question}.{option}; closed: true once the round is closed
  assessments: 'assessments', // _id = `${year}:${communityId}:${itemId}`: one saved item of an assessment
  ...PROJECT_COLLECTIONS,
  auditLog: AUDIT_COLLECTION, // _id = `${chain}#${seq}`: one entry per place in its chain
  ...LOCK_COLLECTIONS,
} as const;

const responseId = (year: number, communityId: string, respondent: string) => `${year}:${communityId}:${respondent}`;
const tallyId = (year: number, communityId: string) => `${year}:${communityId}`;
const assessmentItemId = (year: number, communityId: string, itemId: string) => `${year}:${communityId}:${itemId}`;

function toAssessmentItem(doc: WxDocument): AssessmentItemRecord {
  const { communityId, year, itemId, state, note, reason, setBy, setAt } = doc as unknown as AssessmentItemRecord;
  return { communityId, year, itemId, state: state ?? null, note: note ?? null, reason: reason ?? null, setBy, setAt };
}
const byCommunityThenItem = (a: AssessmentItemRecord, b: AssessmentItemRecord) =>
  a.communityId < b.communityId ? -1 : a.communityId > b.communityId ? 1 : a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;

/** Ids become field paths (counts.{question}.{option}): no dots, no leading $. */
function assertFieldName(name: string): void {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`not usable as a field name: ${JSON.stringify(name)}`);
}

function toTally(doc: WxDocument): Tally {
  const counts: Tally['counts'] = {};
  for (const [question, options] of Object.entries((doc.counts ?? {}) as Tally['counts'])) {
    for (const [option, count] of Object.entries(options)) {
      if (count > 0) (counts[question] ??= {})[option] = count;
    }
  }
  return { communityId: doc.communityId as string, year: doc.year as number, counts };
}
const hasCounts = (t: Tally) => Object.keys(t.counts).length > 0;
const byCommunity = (a: Tally, b: Tally) => (a.communityId < b.communityId ? -1 : a.communityId > b.communityId ? 1 : 0);

export function createCloudStore(db: WxDatabase, options: CommunityOptions = {}): Store {
  const _ = db.command;
  const collections = wxCollections(db);
  const { on, readAll, findById, addOnce } = collections;
  const { knownCount, ...communities } = cloudCommunities(COLLECTIONS.communities, collections, options);

  /**
   * One more for each answered option, unless the round is closed: 'closed' then, and nothing counted.
   * db.command.inc is atomic; the doc is created at most once (add, never set).
   *
   * The ordering guarantee against a final acceptance: the gate is the tally document's `closed` field,
   * and the increment is one update of that one document conditioned on `closed` ≠ true, which the
   * database applies atomically. closeRound sets `closed` by an update of the same document. So every
   * increment is ordered before the close (and is in the tally the finalize reads after closing) or
   * after it (and matches nothing). No multi-document transaction is needed, and the check costs no
   * read: the answer already writes this document.
   */
  async function countIn(r: ResponseRecord): Promise<'counted' | 'closed'> {
    const id = tallyId(r.year, r.communityId);
    const entries = Object.entries(r.answers);
    entries.forEach(([q, o]) => (assertFieldName(q), assertFieldName(o)));
    const inc = Object.fromEntries(entries.map(([q, o]) => [`counts.${q}.${o}`, _.inc(1)]));
    const increment = async () =>
      (await on(COLLECTIONS.tallies, (c) => c.where({ _id: id, closed: _.neq(true) }).update({ data: inc }))).stats.updated === 1;

    if (await increment()) return 'counted';
    const counts: Tally['counts'] = {};
    for (const [q, o] of entries) (counts[q] ??= {})[o] = 1;
    if (await addOnce(COLLECTIONS.tallies, { _id: id, communityId: r.communityId, year: r.year, counts })) return 'counted';
    // It exists: created by another call since our first try (count on top of theirs), or closed.
    return (await increment()) ? 'counted' : 'closed';
  }

  /** Sets the gate on the round's tally document, creating it (empty) if nobody has answered yet. */
  async function closeRound(communityId: string, year: number): Promise<void> {
    const id = tallyId(year, communityId);
    const close = async () => (await on(COLLECTIONS.tallies, (c) => c.doc(id).update({ data: { closed: true } }))).stats.updated === 1;
    if (await close()) return;
    if (await addOnce(COLLECTIONS.tallies, { _id: id, communityId, year, counts: {}, closed: true })) return;
    await close(); // it exists: already closed, or created by a first answer since our update
  }

  return {
    ...cloudProjectStore(db, collections),
    ...cloudAuditStore(collections),
    ...cloudLockStore(db, collections),
    closeRound,
    async openRound(communityId, year) {
      await on(COLLECTIONS.tallies, (c) => c.doc(tallyId(year, communityId)).update({ data: { closed: false } }));
    },
    ...communities,

    async getRole(openid) {
      const doc = await findById(COLLECTIONS.roles, openid);
      if (!doc) return null;
      const { role, communityId, assignedBy, assignedAt } = doc as unknown as RoleAssignment;
      return { openid, role, communityId: communityId ?? null, assignedBy, assignedAt };
    },
    async setRole(a) {
      const { role, communityId, assignedBy, assignedAt } = a;
      await on(COLLECTIONS.roles, (c) => c.doc(a.openid).set({ data: { role, communityId, assignedBy, assignedAt } }));
    },

    async hasResponded(communityId, year, respondent) {
      return (await findById(COLLECTIONS.responses, responseId(year, communityId, respondent))) !== null;
    },
    async addResponse(r) {
      // The unique _id makes the insert the one decision point: of concurrent calls exactly one succeeds.
      // Not one transaction with the tally (cloud transactions conflict under a burst of answers to one
      // community): a crash between the two leaves the tally one short, which recountIndicators repairs.
      const { communityId, year, respondent, answers, submittedAt } = r;
      const inserted = await addOnce(COLLECTIONS.responses, {
        _id: responseId(year, communityId, respondent),
        communityId,
        year,
        respondent,
        answers,
        submittedAt,
      });
      if (!inserted) return 'duplicate';
      if ((await countIn(r)) === 'counted') return 'inserted';
      // Refused by the closed round: the response goes too (a crash just here leaves it stored but
      // uncounted, the same gap as above; it is never in the round's figures).
      await on(COLLECTIONS.responses, (c) => c.doc(responseId(year, communityId, respondent)).remove());
      return 'closed';
    },

    async getTallies(year, communityId) {
      const docs =
        communityId === undefined
          ? await readAll(COLLECTIONS.tallies, { year }, knownCount() ?? Infinity) // one tally per community at most
          : [await findById(COLLECTIONS.tallies, tallyId(year, communityId))].filter((d): d is WxDocument => d !== null);
      return docs.map(toTally).filter(hasCounts).sort(byCommunity);
    },
    async countResponses(year) {
      const docs = await readAll(COLLECTIONS.responses, { year });
      const tallies = new Map<string, Tally>();
      for (const doc of docs) {
        const communityId = doc.communityId as string;
        let t = tallies.get(communityId);
        if (!t) tallies.set(communityId, (t = { communityId, year, counts: {} }));
        for (const [q, o] of Object.entries(doc.answers as Record<string, string>)) {
          const options = (t.counts[q] ??= {});
          options[o] = (options[o] ?? 0) + 1;
        }
      }
      return { responses: docs.length, tallies: [...tallies.values()].sort(byCommunity) };
    },
    async replaceTallies(year, tallies) {
      // An admin's repair, not atomic: an answer counted while it runs may be overwritten; run it again to settle.
      // Only `counts` is replaced (never the document), so a closed round stays closed.
      const setCounts = async (id: string, counts: Tally['counts']) =>
        (await on(COLLECTIONS.tallies, (c) => c.doc(id).update({ data: { counts: _.set(counts) } }))).stats.updated === 1;
      const keep = new Set<string>();
      for (const t of tallies) {
        if (t.year !== year) throw new Error(`replaceTallies(${year}) was given a tally of ${t.year}`);
        const clean = toTally({ _id: '', ...t });
        if (!hasCounts(clean)) continue;
        const id = tallyId(year, t.communityId);
        keep.add(id);
        if (await setCounts(id, clean.counts)) continue;
        // Unchanged, or no document yet.
        if (!(await addOnce(COLLECTIONS.tallies, { _id: id, communityId: t.communityId, year, counts: clean.counts }))) await setCounts(id, clean.counts);
      }
      for (const doc of await readAll(COLLECTIONS.tallies, { year })) {
        if (!keep.has(doc._id)) await setCounts(doc._id, {});
      }
    },

    async getAssessmentItems(year, communityId) {
      const docs = await readAll(COLLECTIONS.assessments, communityId === undefined ? { year } : { year, communityId });
      return docs.map(toAssessmentItem).sort(byCommunityThenItem);
    },
    async saveAssessmentItems(communityId, year, put, remove) {
      const stray = put.find((i) => i.communityId !== communityId || i.year !== year);
      if (stray) throw new Error(`item ${stray.itemId} is not of ${year}:${communityId}`);
      for (const { itemId, state, note, reason, setBy, setAt } of put) {
        const id = assessmentItemId(year, communityId, itemId);
        await on(COLLECTIONS.assessments, (c) => c.doc(id).set({ data: { communityId, year, itemId, state, note, reason, setBy, setAt } }));
      }
      for (const itemId of remove) await on(COLLECTIONS.assessments, (c) => c.doc(assessmentItemId(year, communityId, itemId)).remove());
    },

    async close() {},
  };
}
