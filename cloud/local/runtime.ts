// Opens the embedded default: the SQLite store under DATA_DIR, seeded, with the core's dependencies.
import { join } from 'node:path';
import { localContentCheck } from '../core/content-check';
import type { Deps } from '../core/deps';
import { outboxNotifier } from '../core/notifications';
import { PILOT_COMMUNITIES } from '../data/pilot-communities';
import { openSqliteStore } from '../store/sqlite';
import { localCodes } from './codes';
import type { LocalConfig } from './config';
import { localFiles, type LocalFiles } from './exports';
import { localUploads, type LocalUploads } from './uploads';

export const DATABASE_FILE = 'xingfu.sqlite';

/** The local dependencies: the file port is the local one, whose folder the HTTP face serves. */
export type LocalDeps = Deps & { files: LocalFiles; uploads: LocalUploads };

export async function openLocalDeps(config: LocalConfig, now: () => Date = () => new Date()): Promise<LocalDeps> {
  const store = openSqliteStore(join(config.dataDir, DATABASE_FILE));
  await store.seedCommunities(PILOT_COMMUNITIES);
  return {
    store,
    files: localFiles(config.dataDir),
    uploads: localUploads(config.dataDir, config.respondentSecret, now),
    // Read on use: start.ts fills in the address it listens on when PUBLIC_URL is not set.
    codes: localCodes(() => config.publicUrl ?? ''),
    config: { adminOpenids: config.adminOpenids, respondentSecret: config.respondentSecret },
    now,
    contentCheck: localContentCheck(config.contentBlocklist),
    notifier: outboxNotifier(store, config.templates),
  };
}
