// Checkpoints the SQLite write-ahead log from a worker thread, so a checkpoint's fsyncs never stall the event loop.
import type Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';

/**
 * The main connection still checkpoints by itself once the log holds this many pages (~40 MB): a
 * backstop should the worker fall behind or fail. Under steady writes the worker's passive checkpoints
 * cannot always empty the log (writes land while they run), so the backstop also lets it restart now and then.
 */
const BACKSTOP_PAGES = 10_000;
/** A checkpoint is asked for at most this often, and only after this many commits: quiet stores never start the worker. */
const PACE = { minIntervalMs: 250, minCommits: 32 };

// Plain CommonJS, so the worker runs the same under tsx, jest and node.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // A failed checkpoint is only a later one: the next request, or the main connection's backstop, copies the pages.
  }
  parentPort.postMessage('done');
});
`;

export interface Checkpointer {
  /** Called after each commit of the main connection's busiest writes. */
  afterCommit(): void;
  /** Resolves once no checkpoint is running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function backgroundCheckpoints(db: Database.Database, file: string, pace = PACE): Checkpointer {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  let worker: { thread: Worker; exited: Promise<unknown> } | undefined;
  // 'off' once the worker failed or the store closed: from then on the main connection's backstop does the work.
  let state: 'idle' | 'running' | 'off' = 'idle';
  const waiting: (() => void)[] = [];
  let commits = 0;
  let last = Date.now();

  const settle = (next: typeof state) => {
    state = next;
    for (const resolve of waiting.splice(0)) resolve();
  };
  const start = () => {
    const thread = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), file } });
    thread.unref(); // never what keeps the process alive
    thread.on('message', () => state === 'running' && settle('idle'));
    thread.on('error', (error) => {
      console.error('[sqlite] the checkpoint worker failed; the main connection checkpoints by itself from now on', error);
      settle('off');
    });
    return { thread, exited: new Promise((resolve) => thread.once('exit', resolve)) };
  };

  return {
    afterCommit() {
      if (state !== 'idle' || ++commits < pace.minCommits || Date.now() - last < pace.minIntervalMs) return;
      worker ??= start();
      state = 'running';
      commits = 0;
      last = Date.now();
      worker.thread.postMessage('checkpoint');
    },
    idle: () => (state === 'running' ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve()),
    async close() {
      settle('off');
      if (!worker) return;
      worker.thread.ref(); // closing is awaited: the process must not end before the worker has
      worker.thread.postMessage('close');
      await worker.exited;
      worker = undefined;
    },
  };
}
