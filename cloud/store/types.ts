// The store: everything the core asks of persistence. SQLite (sqlite.ts) and the WeChat cloud
// database (wxcloud.ts) implement it; test/cloud/store.suite.ts holds both to the same behaviour.
import type { TAnswers, TAssignableRole, TChannel, TCommunity, TRole, TStaffRef } from '../contract';
import type { TState } from '../../rubric';
import type { ProjectStore } from './project-records';
import type { AuditStore } from './audit-records';
import type { LockStore } from './lock-records';
import type { StaffStore } from './staff-records';
import type { NotifyStore } from './notify-records';
import type { EvidenceStore } from './evidence-records';

export type * from './project-records';
export type * from './staff-records';
export type * from './audit-records';
export type * from './lock-records';
export type * from './notify-records';
export type * from './evidence-records';
export { projectSlotId } from './project-records';

export interface RoleAssignment {
  openid: string;
  role: TAssignableRole;
  /** A worker's community; null for other roles. */
  communityId: string | null;
  /** An official's scope: both null is city-wide (also what an assignment stored before scopes means). */
  district: string | null;
  street: string | null;
  /** The name the staff member gave when they joined; null when assigned without one. */
  displayName: string | null;
  assignedBy: string;
  assignedAt: string; // ISO 8601
}

/**
 * One accepted answer. `respondent` is a keyed hash of the openid: no raw openid is stored. Assisted and paper
 * answers are stored under a keyed hash of the household or of the form's serial instead (core/fieldwork-keys.ts).
 */
export interface ResponseRecord {
  communityId: string;
  year: number;
  respondent: string;
  answers: TAnswers;
  submittedAt: string; // ISO 8601
  /** How it arrived; absent (answers stored before channels) means 'self'. */
  channel?: TChannel;
  /** The worker who entered an assisted or paper answer (openid kept, never answered; `who` is what reports show). */
  enteredBy?: { openid: string; who: TStaffRef } | null;
  /** A paper form's serial, normalized. */
  serial?: string | null;
  /** Milliseconds from the survey's opening (its startToken) to the answer; null or absent when unknown. */
  durationMs?: number | null;
}

/** A round's answers that did not come by the resident alone (the rest, `responses` − both, are 'self'). */
export interface ChannelTally {
  assisted: number;
  paper: number;
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

/** A round's counts as they stood right after its answer number `responses` (privacy.ts's snapshotAt). */
export interface TallySnapshot {
  responses: number;
  counts: Tally['counts'];
}
/** A tally as the stores read it: how many answered, and the snapshot an open round shows (null while none is due). */
export interface StoredTally extends Tally {
  responses: number;
  snapshot: TallySnapshot | null;
  /** The round was closed by its final acceptance (closeRound): its figures are then shown over every answer. */
  closed?: boolean;
  /** Assisted and paper answers of the round; absent when there are none. */
  channels?: ChannelTally;
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
  /** The openid of who last changed the item (kept for the record, never answered). */
  setBy: string;
  /** Their role and display name when they changed it, as answers show them (null on items saved before names were kept). */
  setByRole: TRole | null;
  setByName: string | null;
  setAt: string; // ISO 8601
}

export interface Store extends ProjectStore, StaffStore, AuditStore, LockStore, NotifyStore, EvidenceStore {
  /** Writes the communities that are not there yet (by id); existing ones stay as they are. */
  seedCommunities(communities: TCommunity[]): Promise<void>;
  /**
   * Writes each community whole, creating it (after the others) or replacing the one of its id (in
   * its place). SQLite writes them in one transaction; the cloud store one by one (a crash midway
   * leaves the first ones written: the same import again completes it).
   */
  saveCommunities(communities: TCommunity[]): Promise<void>;
  listCommunities(): Promise<TCommunity[]>; // ordered as seeded, then as created
  getCommunity(id: string): Promise<TCommunity | null>;

  getRole(openid: string): Promise<RoleAssignment | null>;
  /** Replaces any earlier assignment of that openid. */
  setRole(assignment: RoleAssignment): Promise<void>;

  hasResponded(communityId: string, year: number, respondent: string): Promise<boolean>;
  /** The community whose survey the respondent answered that year, or null: one community a year. */
  answeredIn(year: number, respondent: string): Promise<string | null>;
  /**
   * Stores the response and adds one to its options' tallies, as one atomic step. Nothing changes when that
   * respondent already answered that year: 'duplicate' for the same community, `{ elsewhere }` naming the other;
   * nor when the round is closed (closeRound): 'closed'. An answer is either counted before the round closes or not stored.
   */
  addResponse(response: ResponseRecord): Promise<'inserted' | 'duplicate' | 'closed' | { elsewhere: string }>;
  /**
   * Gives the year's answers stored before the one-community rule its key, so that their respondents cannot
   * answer again; how many it gave. The cloud store's earlier per-community keys need it; SQLite's schema step did it (0).
   */
  claimLegacyResponses(year: number): Promise<number>;

  /**
   * Stored tallies of a year, one per community with at least one response; optionally one community.
   * Each carries the snapshot at its latest snapshotAt(responses), exact: the counts right after that answer.
   */
  getTallies(year: number, communityId?: string): Promise<StoredTally[]>;
  /** Tallies and snapshots rebuilt by reading every stored response of the year in the order stored (pages past any per-query limit). */
  countResponses(year: number): Promise<{ responses: number; tallies: StoredTally[] }>;
  /** Makes the stored tallies and snapshots of the year exactly these (communities absent here end with none). */
  replaceTallies(year: number, tallies: StoredTally[]): Promise<void>;
  /**
   * Every stored answer of the year in these communities, per community in the order its tally counted them
   * (SQLite: as inserted; the cloud: by submittedAt, then _id), with channel, enteredBy, serial and durationMs.
   * Reads past any per-query limit.
   */
  listResponses(year: number, communityIds: readonly string[]): Promise<ResponseRecord[]>;

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
