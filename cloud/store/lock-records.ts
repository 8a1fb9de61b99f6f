// What the stores keep of stages and locks: the survey round's gate, the lock of a community-year, and its snapshots.
import type { TAssessment } from '../contract';
import type { AuditActor } from './audit-records';

/** An assessment's figures as they stood: saved items, rates with their counts, project evaluations, the score. */
export type AssessmentFigures = Pick<TAssessment, 'items' | 'rates' | 'responses' | 'suppressed' | 'projects' | 'score'>;

/** A 阶段评估 (interim) or the 终期验收 (final): a dated copy of the figures, kept whatever happens later. */
export interface SnapshotRecord {
  id: string;
  communityId: string;
  year: number;
  stage: 'interim' | 'final';
  at: string; // ISO 8601
  by: AuditActor;
  figures: AssessmentFigures;
  /** The community-year's audit chain head when it was taken, so a log cut short behind it shows. */
  auditHead: { seq: number; hash: string } | null;
}

/** The lock of a community-year: set by a final acceptance, lifted only by an admin's reopening. */
export interface LockRecord {
  communityId: string;
  year: number;
  locked: boolean;
  /** The final acceptance that set the lock, with the figures shown while it holds (kept after a reopening). */
  final: { snapshotId: string; at: string; by: AuditActor; figures: AssessmentFigures };
  /** The last reopening, if any. */
  reopened: { at: string; by: AuditActor; reason: string } | null;
}

export interface LockStore {
  /**
   * Closes the community-year's survey round: once it resolves, addResponse for the round answers
   * 'closed' and changes nothing, so the round's tally no longer moves. Closing a closed round is no error.
   */
  closeRound(communityId: string, year: number): Promise<void>;
  /** Lets answers into the round again (a reopening). */
  openRound(communityId: string, year: number): Promise<void>;

  /** The locks of a year (held or lifted), optionally of one community. */
  getLocks(year: number, communityId?: string): Promise<LockRecord[]>;
  /** Stores the lock unless the community-year is locked now: false then (of concurrent calls, one wins). */
  lockAssessment(lock: LockRecord): Promise<boolean>;
  /** Lifts a held lock, keeping its `final` and recording the reopening; false when it was not held. */
  unlockAssessment(communityId: string, year: number, reopened: NonNullable<LockRecord['reopened']>): Promise<boolean>;

  addSnapshot(snapshot: SnapshotRecord): Promise<void>;
  /** A community-year's snapshots, oldest first. */
  listSnapshots(communityId: string, year: number): Promise<SnapshotRecord[]>;
}
