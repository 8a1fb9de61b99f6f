// The communities on the WeChat cloud database, kept per warm function instance: every call names a
// community, and reading it each time would cost a round trip per call. Communities change rarely;
// a save through this instance shows here at once, another instance's change within COMMUNITY_TTL_MS.
import type { TCommunity } from '../contract';
import { PILOT_IDS } from '../data/pilot-communities';
import type { WxCollections, WxDocument } from './wx-database';

export const COMMUNITY_TTL_MS = 60_000;
const SAVE_PARALLEL = 10;

export interface CommunityOptions {
  /** Communities to add when the collection is found empty: the first start of a new environment. */
  seed?: readonly TCommunity[];
  /** Milliseconds, for the cache's age (tests pass a clock). */
  now?: () => number;
}

/** Documents written before kind and pilot existed are the pilots of 附件1, all city communities. */
function pickCommunity({ id, district, street, name, households, kind, pilot }: TCommunity): TCommunity {
  return { id, district, street, name, households: households ?? null, kind: kind ?? 'urban', pilot: pilot ?? PILOT_IDS.has(id) };
}
const toCommunity = (doc: WxDocument) => pickCommunity(doc as unknown as TCommunity);

interface Cached {
  list: TCommunity[];
  byId: Map<string, TCommunity>;
  at: number;
}

export function cloudCommunities(collection: string, { on, readAll, findById, addOnce }: WxCollections, options: CommunityOptions = {}) {
  const now = options.now ?? Date.now;
  let cached: Cached | null = null;
  const fresh = () => (cached && now() - cached.at < COMMUNITY_TTL_MS ? cached : null);

  async function seed(communities: readonly TCommunity[]): Promise<void> {
    const existing = await readAll(collection, {});
    const known = new Set(existing.map((d) => d._id));
    let order = Math.max(-1, ...existing.map((d) => (typeof d.order === 'number' ? d.order : -1)));
    for (const c of communities) {
      if (known.has(c.id)) continue;
      known.add(c.id);
      await addOnce(collection, { _id: c.id, ...pickCommunity(c), order: ++order });
    }
    cached = null;
  }

  async function load(): Promise<Cached> {
    let docs = await readAll(collection, {});
    if (docs.length === 0 && options.seed?.length) {
      await seed(options.seed);
      docs = await readAll(collection, {});
    }
    return remember(docs);
  }
  function remember(docs: WxDocument[]): Cached {
    const list = docs.sort((a, b) => Number(a.order) - Number(b.order)).map(toCommunity);
    cached = { list, byId: new Map(list.map((c) => [c.id, c])), at: now() };
    return cached;
  }
  const current = async () => fresh() ?? (await load());

  /** Writes each whole (set replaces), keeping an existing one's order; the kept list then shows them at once. */
  async function save(communities: readonly TCommunity[]): Promise<void> {
    const docs = await readAll(collection, {}); // afresh: another instance may have added some since
    const orderOf = new Map(docs.map((d) => [d._id, typeof d.order === 'number' ? d.order : 0]));
    let next = Math.max(-1, ...orderOf.values());
    const written = new Map<string, WxDocument>(docs.map((d) => [d._id, d]));
    for (const c of communities) {
      const order = orderOf.get(c.id) ?? ++next;
      orderOf.set(c.id, order);
      written.set(c.id, { _id: c.id, ...pickCommunity(c), order });
    }
    // A few writes at a time: a 500-row import in a function's time, without a burst the database throttles.
    const batch = communities.map((c) => written.get(c.id)!);
    for (let i = 0; i < batch.length; i += SAVE_PARALLEL) {
      await Promise.all(batch.slice(i, i + SAVE_PARALLEL).map(({ _id, ...data }) => on(collection, (col) => col.doc(_id).set({ data }))));
    }
    remember([...written.values()]);
  }

  return {
    seedCommunities: seed,
    saveCommunities: save,
    async listCommunities(): Promise<TCommunity[]> {
      return [...(await current()).list];
    },
    async getCommunity(id: string): Promise<TCommunity | null> {
      const hit = (await current()).byId.get(id);
      if (hit) return hit;
      // Added by another instance since the list was read: one read, and the list is read afresh next time.
      const doc = await findById(collection, id);
      if (doc) cached = null;
      return doc ? toCommunity(doc) : null;
    },
    /** How many communities the warm list holds, when it is fresh: an upper bound on a year's tallies. */
    knownCount(): number | null {
      return fresh()?.list.length ?? null;
    },
  };
}
