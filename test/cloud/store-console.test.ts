// The officials' console suite (store-console.suite.ts) on both stores: SQLite for real, the cloud store over the stand-in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../cloud/store/sqlite';
import { createCloudStore } from '../../cloud/store/wxcloud';
import { createFakeWxDatabase } from '../support/fake-wx-database';
import { describeConsole } from './store-console.suite';

describeConsole('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'store-console-'));
  return { store: openSqliteStore(join(dir, 'xingfu.sqlite')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
});

describeConsole('the WeChat cloud database (stand-in)', async () => ({
  store: createCloudStore(createFakeWxDatabase({ jitterSeed: 11 })),
  cleanup: async () => {},
}));
