// Opens the embedded default: the SQLite store under DATA_DIR, seeded, with the core's dependencies.
import { join } from 'node:path';
import type { Deps } from '../core/deps';
import { PILOT_COMMUNITIES } from '../data/pilot-communities';
import { openSqliteStore } from '../store/sqlite';
import type { LocalConfig } from './config';

export const DATABASE_FILE = 'xingfu.sqlite';

export async function openLocalDeps(config: LocalConfig, now: () => Date = () => new Date()): Promise<Deps> {
  const store = openSqliteStore(join(config.dataDir, DATABASE_FILE));
  await store.seedCommunities(PILOT_COMMUNITIES);
  return { store, config: { adminOpenids: config.adminOpenids, respondentSecret: config.respondentSecret }, now };
}
