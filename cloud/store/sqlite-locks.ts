// Stages and locks on SQLite: closed rounds, locks (a held one is a row with locked = 1), snapshots.
import type Database from 'better-sqlite3';
import type { LockRecord, LockStore, SnapshotRecord } from './lock-records';

interface LockRow {
  community_id: string;
  year: number;
  locked: number;
  body: string;
}
const toLock = (r: LockRow): LockRecord => ({ communityId: r.community_id, year: r.year, locked: r.locked === 1, ...JSON.parse(r.body) });

export function sqliteLockStore(db: Database.Database): LockStore {
  const close = db.prepare('INSERT INTO closed_rounds (community_id, year) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const open = db.prepare('DELETE FROM closed_rounds WHERE community_id = ? AND year = ?');
  const locksOfYear = db.prepare<[number], LockRow>('SELECT * FROM assessment_locks WHERE year = ? ORDER BY community_id');
  const lockOf = db.prepare<[number, string], LockRow>('SELECT * FROM assessment_locks WHERE year = ? AND community_id = ?');
  // One statement decides: the upsert changes a row only where no lock is held.
  const lock = db.prepare(
    `INSERT INTO assessment_locks (community_id, year, locked, body) VALUES (?, ?, 1, ?)
     ON CONFLICT DO UPDATE SET locked = 1, body = excluded.body WHERE locked = 0`,
  );
  const unlock = db.prepare(
    `UPDATE assessment_locks SET locked = 0, body = json_set(body, '$.reopened', json(?))
     WHERE year = ? AND community_id = ? AND locked = 1`,
  );
  const insertSnapshot = db.prepare('INSERT INTO assessment_snapshots (id, community_id, year, at, body) VALUES (?, ?, ?, ?, ?)');
  const snapshotsOf = db.prepare<[number, string], { body: string }>(
    'SELECT body FROM assessment_snapshots WHERE year = ? AND community_id = ? ORDER BY at, id',
  );

  return {
    async closeRound(communityId, year) {
      close.run(communityId, year);
    },
    async openRound(communityId, year) {
      open.run(communityId, year);
    },
    async getLocks(year, communityId) {
      const rows = communityId === undefined ? locksOfYear.all(year) : [lockOf.get(year, communityId)].filter((r) => r !== undefined);
      return rows.map(toLock);
    },
    async lockAssessment({ communityId, year, final, reopened }) {
      return lock.run(communityId, year, JSON.stringify({ final, reopened })).changes === 1;
    },
    async unlockAssessment(communityId, year, reopened) {
      return unlock.run(JSON.stringify(reopened), year, communityId).changes === 1;
    },
    async addSnapshot(s: SnapshotRecord) {
      insertSnapshot.run(s.id, s.communityId, s.year, s.at, JSON.stringify(s));
    },
    async listSnapshots(communityId, year) {
      return snapshotsOf.all(year, communityId).map((r) => JSON.parse(r.body) as SnapshotRecord);
    },
  };
}
