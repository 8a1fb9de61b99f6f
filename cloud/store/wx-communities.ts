// The communities on the WeChat cloud database, kept per warm function instance: every call names a
// community, and reading it each time would cost a round trip per call. Communities change rarely;
// another instance's change shows here within COMMUNITY_TTL_MS.
import type { TCommunity } from '../contract';
import type { WxCollections, WxDocument } from './wx-database';

export const COMMUNITY_TTL_MS = 60_000;

export interface CommunityOptions {
  /** Communities to add when the collection is found empty: the first start of a new environment. */
  seed?: readonly TCommunity[];
  /** Milliseconds, for the cache's age (tests pass a clock). */
  now?: () => number;
}

function pickCommunity({ id, district, street, name, households }: TCommunity): TCommunity {
  return { id, district, street, name, households: households ?? null };
}
const toCommunity = (doc: WxDocument) => pickCommunity(doc as unknown as TCommunity);

interface Cached {
  list: TCommunity[];
  byId: Map<string, TCommunity>;
  at: number;
}

export function cloudCommunities(collection: string, { readAll, findById, addOnce }: WxCollections, options: CommunityOptions = {}) {
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
    const list = docs.sort((a, b) => Number(a.order) - Number(b.order)).map(toCommunity);
    cached = { list, byId: new Map(list.map((c) => [c.id, c])), at: now() };
    return cached;
  }
  const current = async () => fresh() ?? (await load());

  return {
    seedCommunities: seed,
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
