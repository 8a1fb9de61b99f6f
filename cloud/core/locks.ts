// The lock of a community-year as the calls check and show it: a final acceptance holds it until an admin reopens.
import type { TAssessment } from '../contract';
import type { LockRecord } from '../store/types';
import { staffView } from './actors';
import type { Deps } from './deps';
import { AppError } from './errors';

export async function lockOf(communityId: string, year: number, deps: Deps): Promise<LockRecord | null> {
  return (await deps.store.getLocks(year, communityId))[0] ?? null;
}

export const lockedError = (year: number) =>
  new AppError('LOCKED', `该社区 ${year} 年度已终期验收，测评、项目评估和家门口项目均已锁定，不能再修改；如需更正，请管理员重新开放`);

/**
 * Refuses with 409 LOCKED while the community-year is locked. A check before the write: on the cloud
 * store a write whose check passed just before a final acceptance can still land after it; it then
 * appears in the audit log after the finalize entry, and never in the stored final figures.
 */
export async function requireUnlocked(communityId: string, year: number, deps: Deps): Promise<LockRecord | null> {
  const lock = await lockOf(communityId, year, deps);
  if (lock?.locked) throw lockedError(year);
  return lock;
}

/** What an assessment answers of its lock: the final acceptance while held, and the last reopening. */
export function lockFields(lock: LockRecord | null | undefined): Pick<TAssessment, 'lock' | 'reopened'> {
  return {
    lock: lock?.locked ? { stage: 'final', at: lock.final.at, by: staffView(lock.final.by) } : null,
    reopened: lock?.reopened ? { at: lock.reopened.at, by: staffView(lock.reopened.by), reason: lock.reopened.reason } : null,
  };
}
