// Locks and snapshots on the WeChat cloud database. The survey round's gate is not here: it is a field
// of the round's tally document (wxcloud.ts), the one document an answer already writes.
import type { LockRecord, LockStore, SnapshotRecord } from './lock-records';
import type { WxCollections, WxDatabase, WxDocument } from './wx-database';

export const LOCK_COLLECTIONS = {
  assessmentLocks: 'assessmentLocks', // _id = `${year}:${communityId}`: one lock per community-year
  assessmentSnapshots: 'assessmentSnapshots', // _id = snapshot id
} as const;
const C = LOCK_COLLECTIONS;
const lockId = (year: number, communityId: string) => `${year}:${communityId}`;

function withoutId<T>(doc: WxDocument): T {
  const { _id: _ignored, ...rest } = doc;
  return rest as T;
}

export function cloudLockStore(
  db: WxDatabase,
  { on, readAll, findById, addOnce }: WxCollections,
): Omit<LockStore, 'closeRound' | 'openRound'> {
  const _ = db.command;
  return {
    async getLocks(year, communityId) {
      const docs =
        communityId === undefined
          ? await readAll(C.assessmentLocks, { year })
          : [await findById(C.assessmentLocks, lockId(year, communityId))];
      return docs.filter((d): d is WxDocument => d !== null).map((d) => withoutId<LockRecord>(d));
    },
    async lockAssessment(lock) {
      const _id = lockId(lock.year, lock.communityId);
      if (await addOnce(C.assessmentLocks, { _id, ...lock, locked: true })) return true;
      // The document exists: take it only where no lock is held; one update of one document is atomic.
      const data = { locked: true, final: _.set(lock.final), reopened: _.set(lock.reopened) };
      const { stats } = await on(C.assessmentLocks, (c) => c.where({ _id, locked: false }).update({ data }));
      return stats.updated === 1;
    },
    async unlockAssessment(communityId, year, reopened) {
      const _id = lockId(year, communityId);
      const { stats } = await on(C.assessmentLocks, (c) =>
        c.where({ _id, locked: true }).update({ data: { locked: false, reopened: _.set(reopened) } }),
      );
      return stats.updated === 1;
    },
    async addSnapshot(s: SnapshotRecord) {
      const { id, ...rest } = s;
      if (!(await addOnce(C.assessmentSnapshots, { _id: id, ...rest }))) throw new Error(`snapshot ${id} exists`);
    },
    async listSnapshots(communityId, year) {
      const docs = await readAll(C.assessmentSnapshots, { communityId, year });
      const list = docs.map((d) => ({ id: d._id, ...withoutId<Omit<SnapshotRecord, 'id'>>(d) }));
      return list.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
    },
  };
}
