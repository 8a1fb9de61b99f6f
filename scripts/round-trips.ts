// Database round trips per call on the WeChat cloud store, counted over the in-memory stand-in of the
// wx-server-sdk database (the real one cannot be reached from here): `npm run bench` prints them, a test pins them.
import { handle } from '../cloud/core/api';
import { NO_UPLOADS, type Deps } from '../cloud/core/deps';
import type { TCommunity } from '../cloud/contract';
import { PILOT_COMMUNITIES } from '../cloud/data/pilot-communities';
import { createCloudStore } from '../cloud/store/wxcloud';
import { createFakeWxDatabase } from '../test/support/fake-wx-database';
import { notificationTemplates } from '../cloud/core/notifications';

const ADMIN = 'trips-admin';
const OFFICIAL = 'trips-official';
const WORKER = 'trips-worker';

/** The eight pilots, then made-up communities up to `total`. */
function communities(total: number): TCommunity[] {
  const extra = Array.from({ length: Math.max(0, total - PILOT_COMMUNITIES.length) }, (_, i) => ({
    id: `c-${String(i).padStart(4, '0')}`,
    district: '定海区',
    street: '测试街道',
    name: `测试社区${i}`,
    households: 500,
    kind: 'urban' as const,
    pilot: false,
  }));
  return [...PILOT_COMMUNITIES, ...extra].slice(0, total);
}

/** A warm cloud function instance over a database holding `total` communities, each with answers this year. */
async function warmInstance(total: number) {
  let trips = 0;
  const db = createFakeWxDatabase({ beforeOp: () => void trips++ });
  const deps: Deps = {
    store: createCloudStore(db, { seed: PILOT_COMMUNITIES }),
    files: { publish: async () => ({ fileId: null, url: 'unused' }) },
    uploads: NO_UPLOADS,
    codes: { make: async () => ({ bytes: new Uint8Array(), extension: 'png' as const }) },
    config: { adminOpenids: new Set([ADMIN]), respondentSecret: 'round-trips-key-0123456789' },
    now: () => new Date('2026-06-01T02:00:00Z'),
    contentCheck: async () => true,
    notifier: { templates: notificationTemplates({}), deliver: async () => {} },
  };
  const all = communities(total);
  await deps.store.seedCommunities(all);
  const call = async (name: string, input: unknown, openid: string) => {
    const answer = await handle(name, input, openid, deps);
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
    return answer.data;
  };
  await call('assignRole', { openid: OFFICIAL, role: 'official' }, ADMIN);
  await call('assignRole', { openid: WORKER, role: 'worker', communityId: all[0].id }, ADMIN);
  const answers = { awareness: 'aware', satisfaction: 'satisfied' };
  for (const c of all) await call('submitResponse', { communityId: c.id, answers }, `warm-${c.id}`);
  await call('getIndicators', {}, OFFICIAL); // the instance has now read its communities once

  /** Round trips of one call on this warm instance. */
  const count = async (name: string, input: unknown, openid: string) => {
    const before = trips;
    await call(name, input, openid);
    return trips - before;
  };
  return { count, first: all[0].id, answers };
}

export interface RoundTrips {
  communities: number;
  call: string;
  trips: number;
}

export async function measureRoundTrips(sizes: number[] = [8, 1000]): Promise<RoundTrips[]> {
  const rows: RoundTrips[] = [];
  for (const size of sizes) {
    const { count, first, answers } = await warmInstance(size);
    const measured: [string, unknown, string][] = [
      ['getSurvey', { communityId: first }, 'resident-new'],
      ['submitResponse', { communityId: first, answers }, 'resident-new'],
      ['getIndicators', {}, OFFICIAL],
      ['getIndicators', { communityId: first }, WORKER],
      ['whoami', {}, WORKER],
    ];
    for (const [name, input, who] of measured) {
      rows.push({
        communities: size,
        call: who === WORKER && name === 'getIndicators' ? `${name} (worker)` : name,
        trips: await count(name, input, who),
      });
    }
    // The round now has 2 answers; the 10th is the first to make a snapshot (privacy.ts).
    for (let i = 3; i < 10; i++) await count('submitResponse', { communityId: first, answers }, `resident-${i}`);
    rows.push({
      communities: size,
      call: 'submitResponse (10th)',
      trips: await count('submitResponse', { communityId: first, answers }, 'resident-10'),
    });
  }
  return rows;
}

if (require.main === module) {
  measureRoundTrips().then(
    (rows) => {
      console.log('database round trips per warm call (WeChat cloud store, counted on the stand-in):');
      for (const r of rows) console.log(`  ${r.call.padEnd(26)} ${String(r.communities).padStart(5)} communities: ${r.trips}`);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
