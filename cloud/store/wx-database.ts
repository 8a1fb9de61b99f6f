// The subset of wx-server-sdk's database API the cloud store uses, how its errors read, and
// collection helpers: create a missing collection on first use, page past the 1,000-record limit.
// Types from wx-server-sdk's index.d.ts, narrowed.
export type WxDocument = { _id: string } & Record<string, unknown>;
/** What a db.command call returns; only the database interprets it. */
export type WxCommandValue = object;
export interface WxCommand {
  inc(n: number): WxCommandValue;
  /** Matches a field that differs from the value, or is missing (as MongoDB's $ne). */
  neq(value: unknown): WxCommandValue;
  gt(value: string | number): WxCommandValue;
  lt(value: string | number): WxCommandValue;
  in(values: unknown[]): WxCommandValue;
  /** Replaces a field with this value whole (a nested object is otherwise merged field by field). */
  set(value: unknown): WxCommandValue;
  /** Appends to an array field; `slice: -n` then keeps only its last n elements (Mongo's $push with $each and $slice). */
  push(options: { each: unknown[]; slice?: number }): WxCommandValue;
}
export interface WxQuery {
  where(condition: Record<string, unknown>): WxQuery;
  orderBy(field: string, order: 'asc' | 'desc'): WxQuery;
  limit(n: number): WxQuery;
  get(): Promise<{ data: WxDocument[]; errMsg: string }>;
  count(): Promise<{ total: number; errMsg: string }>;
  /** Updates every matching document (at most 1,000 in a cloud function's call). */
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number }; errMsg: string }>;
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

export type WxCollections = ReturnType<typeof wxCollections>;

export function wxCollections(db: WxDatabase) {
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

  /**
   * Every matching document, a page at a time in _id order (keyset paging: no deep skip). `atMost`, when
   * the caller knows there can be no more, saves the read that would only find a full page was the last.
   */
  async function readAll(name: string, where: Record<string, unknown>, atMost = Infinity): Promise<WxDocument[]> {
    const all: WxDocument[] = [];
    for (let after: string | undefined; ;) {
      const condition = after === undefined ? where : { ...where, _id: _.gt(after) };
      const { data } = await on(name, (c) => c.where(condition).orderBy('_id', 'asc').limit(PAGE).get());
      all.push(...data);
      if (data.length < PAGE || all.length >= atMost) return all;
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

  return { on, readAll, findById, addOnce };
}
