// The store: everything the core asks of persistence. SQLite (sqlite.ts) and the WeChat cloud
// database (wxcloud.ts) implement it; test/cloud/store.suite.ts holds both to the same behaviour.
import type { TAnswers, TAssignableRole, TCommunity } from '../contract';
import type { TState } from '../../rubric';
import type { ProjectStore } from './project-records';
import type { AuditStore } from './audit-records';
import type { LockStore } from './lock-records';

export type * from './project-records';
export type * from './audit-records';
export type * from './lock-records';
export { projectSlotId } from './project-records';

export interface RoleAssignment {
  openid: string;
  role: TAssignableRole;
  communityId: string | null;
  assignedBy: string;
  assignedAt: string; // ISO 8601
}

/** One accepted answer. `respondent` is a keyed hash of the openid: no raw openid is stored. */
export interface ResponseRecord {
  communityId: string;
  year: number;
  respondent: string;
  answers: TAnswers;
  submittedAt: string; // ISO 8601
}

/**
 * Per community × year, how many responses chose each option of each question:
 * counts[questionId][optionId]. Absent keys are 0. A round nobody answered has no tally.
 */
export interface Tally {
  communityId: string;
  year: number;
  counts: Record<string, Record<string, number>>;
}

/** One saved item of a community's assessment of a year: its state and evidence note, and who last changed them. */
export interface AssessmentItemRecord {
  communityId: string;
  year: number;
  itemId: string;
  state: TState | null;
  note: string | null;
  /** Why a rate-sourced item (Ⅱ-10.2/10.3) was set by hand; null otherwise. */
  reason: string | null;
  setBy: string;
  setAt: string; // ISO 8601
}

export interface Store extends ProjectStore, AuditStore, LockStore {
  /** Writes the communities that are not there yet (by id); existing ones stay as they are. */
  seedCommunities(communities: TCommunity[]): Promise<void>;
  listCommunities(): Promise<TCommunity[]>; // ordered as seeded
  getCommunity(id: string): Promise<TCommunity | null>;

  getRole(openid: string): Promise<RoleAssignment | null>;
  /** Replaces any earlier assignment of that openid. */
  setRole(assignment: RoleAssignment): Promise<void>;

  hasResponded(communityId: string, year: number, respondent: string): Promise<boolean>;
  /**
   * Stores the response and adds one to its options' tallies, as one atomic step.
   * 'duplicate' (and nothing changed) when that respondent already answered that round; else
   * 'closed' (and nothing kept) when the round is closed (closeRound): an answer is either counted
   * in the tally before the round closes or not stored at all.
   */
  addResponse(response: ResponseRecord): Promise<'inserted' | 'duplicate' | 'closed'>;

  /** Stored tallies of a year, one per community with at least one response; optionally one community. */
  getTallies(year: number, communityId?: string): Promise<Tally[]>;
  /** Tallies rebuilt by reading every stored response of the year (pages past any per-query limit). */
  countResponses(year: number): Promise<{ responses: number; tallies: Tally[] }>;
  /** Makes the stored tallies of the year exactly these (communities absent here end with none). */
  replaceTallies(year: number, tallies: Tally[]): Promise<void>;

  /** Saved assessment items of a year, optionally of one community; ordered by community id, then item id. */
  getAssessmentItems(year: number, communityId?: string): Promise<AssessmentItemRecord[]>;
  /**
   * Writes these items of one community's assessment (each replacing any saved one of the same id)
   * and deletes the items listed in `remove`. SQLite does it in one transaction; the cloud store item
   * by item (a crash midway leaves the items written so far).
   */
  saveAssessmentItems(communityId: string, year: number, put: AssessmentItemRecord[], remove: string[]): Promise<void>;

  close(): Promise<void>;
}
