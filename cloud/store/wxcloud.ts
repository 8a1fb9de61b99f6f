// The Store on the WeChat cloud database, given `cloud.database()` from wx-server-sdk by the entry point.
import type { TCommunity } from '../contract';
import type { ResponseRecord, RoleAssignment, Store, Tally } from './types';

/** The collections this store uses; it creates any that is missing on first use. */
export const COLLECTIONS = {
  communities: 'communities', // _id = community id; `order` keeps the seed order
  roles: 'roles', // _id = openid
  responses: 'responses', // _id = `${year}:${communityId}:${respondent}`: one answer per round
  tallies: 'tallies', // _id = `${year}:${communityId}`; counts.{question}.{option}
} as const;

// ---- The subset of the wx-server-sdk database API used here (types from its index.d.ts, narrowed). ----
export type WxDocument = { _id: string } & Record<string, unknown>;
/** What a db.command call returns; only the database interprets it. */
export type WxCommandValue = object;
export interface WxCommand {
  inc(n: number): WxCommandValue;
  gt(value: string | number): WxCommandValue;
}
export interface WxQuery {
  where(condition: Record<string, unknown>): WxQuery;
  orderBy(field: string, order: 'asc' | 'desc'): WxQuery;
  limit(n: number): WxQuery;
  get(): Promise<{ data: WxDocument[]; errMsg: string }>;
  count(): Promise<{ total: number; errMsg: string }>;
}
export interface WxDocumentRef {
  set(options: { data: Record<string, unknown> }): Promise<{
    _id: string;
    stats: { updated: number; created: number };
    errMsg: string;
  }>;
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number }; errMsg: string }>;
  remove(): Promise<{ stats: { removed: number }; errMsg: string }>;
}
export interface WxCollection extends WxQuery {
  doc(id: string): WxDocumentRef;
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string; errMsg: string }>;
}
export interface WxDatabase {
  command: WxCommand;
  collection(name: string): WxCollection;
  createCollection(name: string): Promise<unknown>;
}
/** wx-server-sdk rejects with an Error carrying errCode (a number) and errMsg. */
export interface WxError {
  errCode?: number | string;
  errMsg?: string;
  code?: string;
  message?: string;
}

/** A cloud function's get() returns at most 1,000 records. */
const PAGE = 1000;

function errorText(e: unknown): string {
  const err = (e ?? {}) as WxError;
  return `${err.code ?? ''} ${err.errCode ?? ''} ${err.errMsg ?? ''} ${err.message ?? ''}`;
}
/**
 * A write refused for a duplicate _id. The SDK drops the server's code: DATABASE_DUPLICATE_WRITE
 * is not in its code table, and the Mongo duplicate arrives as -502001 "database request fail".
 * Only the E11000 / DATABASE_DUPLICATE_WRITE text in the message tells it apart.
 */
export function isDuplicateWrite(e: unknown): boolean {
  return /DATABASE_DUPLICATE_WRITE|E11000 duplicate key/.test(errorText(e));
}
function isCollectionMissing(e: unknown): boolean {
  return /-502005|DATABASE_COLLECTION_NOT_EXIST|collection not exist|Db or Table not exist/i.test(errorText(e));
}
function isCollectionExisting(e: unknown): boolean {
  return /ResourceExist|Table exist|already exist|DATABASE_COLLECTION_ALREADY_EXIST/i.test(errorText(e));
}

const responseId = (year: number, communityId: string, respondent: string) => `${year}:${communityId}:${respondent}`;
const tallyId = (year: number, communityId: string) => `${year}:${communityId}`;

/** Ids become field paths (counts.{question}.{option}): no dots, no leading $. */
function assertFieldName(name: string): void {
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`not usable as a field name: ${JSON.stringify(name)}`);
}

function pickCommunity({ id, district, street, name, households }: TCommunity): TCommunity {
  return { id, district, street, name, households: households ?? null };
}
const toCommunity = (doc: WxDocument) => pickCommunity(doc as unknown as TCommunity);

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

export function createCloudStore(db: WxDatabase): Store {
  const _ = db.command;
  const creating = new Map<string, Promise<void>>();

  function ensureCollection(name: string): Promise<void> {
    let pending = creating.get(name);
    if (!pending) {
      pending = db
        .createCollection(name)
        .then(
          () => undefined,
          (e) => {
            if (!isCollectionExisting(e)) throw e;
          },
        )
        .finally(() => creating.delete(name)); // shared by the calls waiting now; a later loss is created again
      creating.set(name, pending);
    }
    return pending;
  }

  /** Runs op on the collection, creating the collection first if the database says it does not exist. */
  async function on<T>(name: string, op: (c: WxCollection) => Promise<T>): Promise<T> {
    try {
      return await op(db.collection(name));
    } catch (e) {
      if (!isCollectionMissing(e)) throw e;
      await ensureCollection(name);
      return op(db.collection(name));
    }
  }

  /** Every matching document, a page at a time in _id order (keyset paging: no deep skip). */
  async function readAll(name: string, where: Record<string, unknown>): Promise<WxDocument[]> {
    const all: WxDocument[] = [];
    for (let after: string | undefined; ; ) {
      const condition = after === undefined ? where : { ...where, _id: _.gt(after) };
      const { data } = await on(name, (c) => c.where(condition).orderBy('_id', 'asc').limit(PAGE).get());
      all.push(...data);
      if (data.length < PAGE) return all;
      after = data[data.length - 1]._id;
    }
  }

  async function findById(name: string, id: string): Promise<WxDocument | null> {
    const { data } = await on(name, (c) => c.where({ _id: id }).limit(1).get());
    return data[0] ?? null;
  }

  /** Creates the document, or reports false if that _id is taken. */
  async function addOnce(name: string, data: Record<string, unknown>): Promise<boolean> {
    try {
      await on(name, (c) => c.add({ data }));
      return true;
    } catch (e) {
      if (isDuplicateWrite(e)) return false;
      // Should the message carry neither marker, the _id being there now still tells the duplicate apart.
      if (typeof data._id === 'string' && (await findById(name, data._id))) return false;
      throw e;
    }
  }

  /** One more for each answered option. db.command.inc is atomic; the doc is created at most once (add, never set). */
  async function countIn(r: ResponseRecord): Promise<void> {
    const id = tallyId(r.year, r.communityId);
    const entries = Object.entries(r.answers);
    entries.forEach(([q, o]) => (assertFieldName(q), assertFieldName(o)));
    const inc = Object.fromEntries(entries.map(([q, o]) => [`counts.${q}.${o}`, _.inc(1)]));
    const increment = () => on(COLLECTIONS.tallies, (c) => c.doc(id).update({ data: inc }));

    if ((await increment()).stats.updated === 1) return;
    const counts: Tally['counts'] = {};
    for (const [q, o] of entries) (counts[q] ??= {})[o] = 1;
    if (await addOnce(COLLECTIONS.tallies, { _id: id, communityId: r.communityId, year: r.year, counts })) return;
    // Another call created it between our update and add: count on top of theirs.
    if ((await increment()).stats.updated !== 1) throw new Error(`tally ${id} could not be updated`);
  }

  return {
    async seedCommunities(communities) {
      const existing = await readAll(COLLECTIONS.communities, {});
      const known = new Set(existing.map((d) => d._id));
      let order = Math.max(-1, ...existing.map((d) => (typeof d.order === 'number' ? d.order : -1)));
      for (const c of communities) {
        if (known.has(c.id)) continue;
        known.add(c.id);
        await addOnce(COLLECTIONS.communities, { _id: c.id, ...pickCommunity(c), order: ++order });
      }
    },
    async listCommunities() {
      const docs = await readAll(COLLECTIONS.communities, {});
      return docs.sort((a, b) => Number(a.order) - Number(b.order)).map(toCommunity);
    },
    async getCommunity(id) {
      const doc = await findById(COLLECTIONS.communities, id);
      return doc ? toCommunity(doc) : null;
    },

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
      await countIn(r);
      return 'inserted';
    },

    async getTallies(year, communityId) {
      const docs =
        communityId === undefined
          ? await readAll(COLLECTIONS.tallies, { year })
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
      const keep = new Set<string>();
      for (const t of tallies) {
        if (t.year !== year) throw new Error(`replaceTallies(${year}) was given a tally of ${t.year}`);
        const clean = toTally({ _id: '', ...t });
        if (!hasCounts(clean)) continue;
        const id = tallyId(year, t.communityId);
        keep.add(id);
        await on(COLLECTIONS.tallies, (c) => c.doc(id).set({ data: { communityId: t.communityId, year, counts: clean.counts } }));
      }
      for (const doc of await readAll(COLLECTIONS.tallies, { year })) {
        if (!keep.has(doc._id)) await on(COLLECTIONS.tallies, (c) => c.doc(doc._id).remove());
      }
    },

    async close() {},
  };
}
