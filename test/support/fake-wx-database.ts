// A stand-in for wx-server-sdk's cloud.database() in tests: in memory, asynchronous, with the real results and errors.
//
// Shapes follow wx-server-sdk 4.0.2 as installed (node_modules/wx-server-sdk/index.js): results
// `{ data }`, `{ _id, errMsg }`, `{ stats: { updated } }`, `{ total }`; failures are Errors with a
// numeric errCode and errMsg = message = `${api}:fail ${errCode} ${code text}. ${server message}`
// (its toSDKError). A duplicate _id is reported by the server as a Mongo E11000 under
// DATABASE_REQUEST_FAILED, which the SDK maps to -502001, as seen from real cloud functions
// (docs.cloudbase.net/error-code/DATABASE_DUPLICATE_WRITE names the condition). get() returns at most
// 1,000 records, 100 without limit() (@cloudbase/database query.js). Each call settles on a later
// tick and does its work atomically in between, so concurrent calls interleave as they would remotely.
import type { WxCollection, WxDatabase, WxDocument, WxDocumentRef, WxQuery } from '../../cloud/store/wxcloud';

type Doc = WxDocument;
type Op = 'eq' | 'neq' | 'gt' | 'gte' | 'lt' | 'lte' | 'in' | 'nin' | 'inc' | 'set' | 'push';

/** What db.command returns: a query comparison or an update operator. */
class Command {
  constructor(
    readonly op: Op,
    readonly value: unknown,
  ) {}
}

const CODE_TEXT: Record<number, string> = {
  [-501001]: 'resource system error',
  [-501007]: 'invalid parameters',
  [-502001]: 'database request fail',
  [-502005]: 'database collection not exists',
};
export const FAKE_ENV = 'fake-env-0a1b2c';

export type SdkError = Error & { errCode: number; errMsg: string };
function sdkError(api: string, errCode: number, serverMessage: string): SdkError {
  const err = new Error(`${api}:fail ${errCode} ${CODE_TEXT[errCode] ?? ''}. ${serverMessage}`) as SdkError;
  err.errCode = errCode;
  err.errMsg = err.message;
  return err;
}

/** A Mongo write error as the server words it, under DATABASE_REQUEST_FAILED (-502001). */
const writeError = (api: string, detail: string) =>
  sdkError(api, -502001, `[FailedOperation] multiple write errors: [{write errors: [{${detail}}]}, {<nil>}]`);

const clone = <T>(v: T): T => structuredClone(v);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Command) && !(v instanceof Date);

function getPath(doc: Record<string, unknown>, path: string): unknown {
  let v: unknown = doc;
  for (const key of path.split('.')) v = isPlainObject(v) ? v[key] : undefined;
  return v;
}

/** Nested plain objects in a where or an update stand for their dotted paths, as in the SDK. */
function flatten(data: Record<string, unknown>, prefix = '', out: [string, unknown][] = []): [string, unknown][] {
  for (const [key, value] of Object.entries(data)) {
    const path = prefix + key;
    if (isPlainObject(value) && Object.keys(value).length > 0) flatten(value, `${path}.`, out);
    else out.push([path, value]);
  }
  return out;
}

const rank = (v: unknown) => (v === undefined || v === null ? 0 : typeof v === 'number' ? 1 : typeof v === 'string' ? 2 : 3);
function compare(a: unknown, b: unknown): number {
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function matches(doc: Doc, where: Record<string, unknown>): boolean {
  return flatten(where).every(([path, cond]) => {
    const v = getPath(doc, path);
    if (!(cond instanceof Command)) return same(v, cond);
    const comparable = rank(v) === rank(cond.value);
    switch (cond.op) {
      case 'eq':
        return same(v, cond.value);
      case 'neq':
        return !same(v, cond.value);
      case 'gt':
        return comparable && compare(v, cond.value) > 0;
      case 'gte':
        return comparable && compare(v, cond.value) >= 0;
      case 'lt':
        return comparable && compare(v, cond.value) < 0;
      case 'lte':
        return comparable && compare(v, cond.value) <= 0;
      case 'in':
        return (cond.value as unknown[]).some((x) => same(v, x));
      case 'nin':
        return !(cond.value as unknown[]).some((x) => same(v, x));
      default:
        throw new Error(`db.command.${cond.op} is not a query command`);
    }
  });
}

/** Applies update data to a copy of doc; throws the server's error without touching doc. */
function applyUpdate(doc: Doc, data: Record<string, unknown>, api: string): Doc {
  const next = clone(doc);
  for (const [path, value] of flatten(data)) {
    const keys = path.split('.');
    let parent: Record<string, unknown> = next;
    for (const key of keys.slice(0, -1)) {
      if (parent[key] === undefined) parent[key] = {};
      if (!isPlainObject(parent[key])) {
        const field = keys[keys.length - 1];
        throw writeError(api, `Cannot create field '${field}' in element {${key}: ${JSON.stringify(parent[key])}}`);
      }
      parent = parent[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1];
    if (value instanceof Command && value.op === 'set') {
      parent[last] = clone(value.value);
    } else if (value instanceof Command && value.op === 'push') {
      parent[last] = pushed(parent[last], value.value as PushOptions, doc._id, last, api);
    } else if (value instanceof Command) {
      if (value.op !== 'inc') throw new Error(`db.command.${value.op} is not an update command`);
      const current = parent[last] ?? 0;
      if (typeof current !== 'number') {
        const type = typeof current;
        throw writeError(
          api,
          `Cannot apply $inc to a value of non-numeric type. {_id: "${doc._id}"} has the field '${last}' of non-numeric type ${type}`,
        );
      }
      parent[last] = current + (value.value as number);
    } else {
      parent[last] = clone(value);
    }
  }
  return next;
}

interface PushOptions {
  each: unknown[];
  slice?: number;
}
/** Mongo's $push with $each and $slice (negative: keep the last n; 0: none; positive: the first n). */
function pushed(current: unknown, { each, slice }: PushOptions, id: string, field: string, api: string): unknown[] {
  if (current !== undefined && !Array.isArray(current)) {
    throw writeError(api, `The field '${field}' must be an array but is of type ${typeof current} in document {_id: "${id}"}`);
  }
  const all = [...((current as unknown[] | undefined) ?? []), ...clone(each)];
  if (slice === undefined) return all;
  return slice < 0 ? all.slice(Math.max(0, all.length + slice)) : all.slice(0, slice);
}

function assertData(data: unknown, api: string, allowId: boolean): asserts data is Record<string, unknown> {
  if (!isPlainObject(data) || Object.keys(data).length === 0) throw sdkError(api, -501007, '参数必需是非空对象');
  if (!allowId && '_id' in data) throw sdkError(api, -501007, '不能更新_id的值');
}

export interface FakeOptions {
  /** Collections that exist from the start (the real database starts with none). */
  collections?: string[];
  /** Called as each operation runs; throw from it to inject a failure (a crash, a timeout). */
  beforeOp?: (op: { collection: string; api: string }) => void;
  /** Seed for a random 1–4 ticks of latency per call, so concurrent calls finish out of order. */
  jitterSeed?: number;
}

interface QueryState {
  where: Record<string, unknown>[];
  order: [string, 'asc' | 'desc'][];
  skip: number;
  limit?: number;
}

export class FakeWxDatabase implements WxDatabase {
  private readonly store = new Map<string, Map<string, Doc>>();
  private random: (() => number) | undefined;
  private seq = 0;

  readonly command = {
    eq: (v: unknown) => new Command('eq', v),
    neq: (v: unknown) => new Command('neq', v),
    gt: (v: unknown) => new Command('gt', v),
    gte: (v: unknown) => new Command('gte', v),
    lt: (v: unknown) => new Command('lt', v),
    lte: (v: unknown) => new Command('lte', v),
    in: (v: unknown[]) => new Command('in', v),
    nin: (v: unknown[]) => new Command('nin', v),
    inc: (n: number) => new Command('inc', n),
    set: (v: unknown) => new Command('set', v),
    push: (v: PushOptions) => new Command('push', v),
  };

  constructor(private readonly options: FakeOptions = {}) {
    for (const name of options.collections ?? []) this.store.set(name, new Map());
    if (options.jitterSeed !== undefined) {
      let s = options.jitterSeed >>> 0 || 1;
      this.random = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
    }
  }

  /** Test helper: a copy of every document of a collection, in insertion order. */
  peek(name: string): Doc[] {
    return clone([...(this.store.get(name)?.values() ?? [])]);
  }
  hasCollection(name: string): boolean {
    return this.store.has(name);
  }

  createCollection(name: string): Promise<{ errMsg: string }> {
    return this.run(name, 'createCollection', false, () => {
      if (this.store.has(name)) throw sdkError('createCollection', -501001, '[ResourceUnavailable.ResourceExist] Table exist.');
      this.store.set(name, new Map());
      return { errMsg: 'createCollection:ok' };
    });
  }

  collection(name: string): WxCollection {
    return Object.assign(this.query(name, { where: [], order: [], skip: 0 }), {
      doc: (id: string) => this.doc(name, id),
      add: (options: { data: Record<string, unknown> }) =>
        this.run(name, 'collection.add', true, (docs) => {
          assertData(options?.data, 'collection.add', true);
          const data = clone(options.data);
          const id = data._id === undefined ? this.newId() : data._id;
          if (typeof id !== 'string' || id === '') throw sdkError('collection.add', -501007, '_id must be a non-empty string');
          if (docs.has(id)) {
            throw writeError(
              'collection.add',
              `E11000 duplicate key error collection: ${FAKE_ENV}.${name} index: _id_ dup key: { : "${id}" }`,
            );
          }
          docs.set(id, { ...data, _id: id });
          return { _id: id, errMsg: 'collection.add:ok' };
        }),
    });
  }

  private doc(name: string, id: string): WxDocumentRef & { get(): Promise<{ data: Doc; errMsg: string }> } {
    return {
      get: () =>
        this.run(name, 'document.get', true, (docs) => {
          const doc = docs.get(id);
          if (!doc) {
            // The SDK's own throw (throwOnNotFound), turned by toSDKError into errCode -1.
            const message = `document.get:fail document with _id ${id} does not exist`;
            throw Object.assign(new Error(message), { errCode: -1, errMsg: message });
          }
          return { data: clone(doc), errMsg: 'document.get:ok' };
        }),
      set: (options) =>
        this.run(name, 'document.set', true, (docs) => {
          assertData(options?.data, 'document.set', false);
          if (flatten(options.data).some(([, v]) => v instanceof Command)) {
            throw sdkError('document.set', -502001, 'update operator complicit'); // set takes no db.command
          }
          const existed = docs.has(id);
          docs.set(id, { ...clone(options.data), _id: id });
          return { _id: id, stats: { updated: existed ? 1 : 0, created: existed ? 0 : 1 }, errMsg: 'document.set:ok' };
        }),
      update: (options) =>
        this.run(name, 'document.update', true, (docs) => {
          assertData(options?.data, 'document.update', false);
          const doc = docs.get(id);
          if (!doc) return { stats: { updated: 0 }, errMsg: 'document.update:ok' };
          const next = applyUpdate(doc, options.data, 'document.update');
          docs.set(id, next);
          return { stats: { updated: same(doc, next) ? 0 : 1 }, errMsg: 'document.update:ok' }; // counts modified documents
        }),
      remove: () =>
        this.run(name, 'document.remove', true, (docs) => ({
          stats: { removed: docs.delete(id) ? 1 : 0 },
          errMsg: 'document.remove:ok',
        })),
    };
  }

  private query(name: string, state: QueryState): WxQuery & { skip(n: number): WxQuery } {
    const next = (change: Partial<QueryState>) => this.query(name, { ...state, ...change });
    const select = (docs: Map<string, Doc>) => [...docs.values()].filter((d) => state.where.every((w) => matches(d, w)));
    return {
      where: (condition) => {
        if (!isPlainObject(condition)) throw new Error('query参数必须为对象');
        return next({ where: [...state.where, condition] });
      },
      orderBy: (field, order) => next({ order: [...state.order, [field, order]] }),
      skip: (n) => {
        if (!Number.isInteger(n)) throw new Error('offset must be an integer');
        return next({ skip: n });
      },
      limit: (n) => {
        if (!Number.isInteger(n)) throw new Error('limit must be an integer');
        return next({ limit: n });
      },
      get: () =>
        this.run(name, 'collection.get', true, (docs) => {
          const found = select(docs).sort((a, b) => {
            for (const [field, dir] of state.order) {
              const c = compare(getPath(a, field), getPath(b, field));
              if (c !== 0) return dir === 'desc' ? -c : c;
            }
            return 0;
          });
          const limit = state.limit ? Math.min(state.limit, 1000) : 100; // the SDK's cap in a cloud function
          return { data: clone(found.slice(state.skip, state.skip + limit)), errMsg: 'collection.get:ok' };
        }),
      count: () => this.run(name, 'collection.count', true, (docs) => ({ total: select(docs).length, errMsg: 'collection.count:ok' })),
      // Query-wide update: each matching document changed atomically, all in one call.
      update: (options: { data: Record<string, unknown> }) =>
        this.run(name, 'collection.update', true, (docs) => {
          assertData(options?.data, 'collection.update', false);
          let updated = 0;
          for (const doc of select(docs).slice(0, 1000)) {
            const next = applyUpdate(doc, options.data, 'collection.update');
            docs.set(doc._id, next);
            if (!same(doc, next)) updated++;
          }
          return { stats: { updated }, errMsg: 'collection.update:ok' };
        }),
    };
  }

  private newId(): string {
    return (++this.seq).toString(16).padStart(8, '0') + Math.random().toString(16).slice(2, 10).padEnd(8, '0') + '0'.repeat(16);
  }

  private async tick(): Promise<void> {
    const n = this.random ? 1 + Math.floor(this.random() * 4) : 1;
    for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** One remote call: latency, then the work done atomically, then latency again. */
  private async run<T>(name: string, api: string, needsCollection: boolean, work: (docs: Map<string, Doc>) => T): Promise<T> {
    await this.tick();
    this.options.beforeOp?.({ collection: name, api });
    const docs = this.store.get(name);
    if (needsCollection && !docs) throw sdkError(api, -502005, '[ResourceNotFound] Db or Table not exist');
    const result = work(docs ?? new Map());
    await this.tick();
    return result;
  }
}

export function createFakeWxDatabase(options?: FakeOptions): FakeWxDatabase {
  return new FakeWxDatabase(options);
}
