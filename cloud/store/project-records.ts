// What the stores keep of doorstep projects: projects, activities, feedback, participants, needs, daily counts.
import type { TAspects, TCategory, TJoinRole, TStaffRef, TStage } from '../contract';
import type { DailyKind } from '../contract/rules/limits';

/** A project's id is its slot: `${year}:${communityId}:${category}:${n}`, n from 1 to the per-category limit. */
export const projectSlotId = (p: { year: number; communityId: string; category: string }, slot: number) =>
  `${p.year}:${p.communityId}:${p.category}:${slot}`;

/** `by` is the openid (kept for the record, never shown); `who`, what answers show, is absent on records older than names. */
export interface StageChangeRecord {
  from: TStage;
  to: TStage;
  by: string;
  who?: TStaffRef;
  at: string; // ISO 8601
  reason: string | null;
}

/** A project. `revision` counts its saves, so a save over a newer one is refused (see saveProject). */
export interface ProjectRecord {
  id: string;
  communityId: string;
  year: number;
  category: TCategory;
  title: string;
  summary: string;
  plan: string;
  reflection: string;
  stage: TStage;
  history: StageChangeRecord[];
  evaluation: { aspects: TAspects; by: string; who?: TStaffRef; at: string } | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  revision: number;
}
/** What publishing gives; the store picks the id (one of the category's slots). */
export type NewProject = Omit<ProjectRecord, 'id' | 'revision'>;

export interface ActivityRecord {
  id: string;
  projectId: string;
  date: string; // YYYY-MM-DD
  description: string;
  servedCount: number;
  recordedBy: string;
  who?: TStaffRef;
  recordedAt: string;
  /** fileIds of its photos; absent on activities recorded before photos. */
  photos?: string[];
}

/** One resident's feedback on a project. `respondent` is the keyed hash, never the openid. */
export interface FeedbackRecord {
  id: string;
  projectId: string;
  respondent: string;
  rating: number;
  comment: string | null;
  submittedAt: string;
  reply: { text: string; by: string; who?: TStaffRef; at: string } | null;
  hidden: { by: string; who?: TStaffRef; at: string; reason: string } | null;
}

export interface ParticipantRecord {
  projectId: string;
  role: TJoinRole;
  respondent: string; // keyed hash of the openid
  joinedAt: string;
  /** A volunteer's mobile number, left with their consent; shown only to the community's workers. Absent when none. */
  phone?: string;
}

export interface NeedRecord {
  id: string;
  communityId: string;
  category: TCategory | null;
  text: string;
  respondent: string; // keyed hash of the openid
  submittedAt: string;
  projectId: string | null;
  linkedBy: string | null;
  linkedAt: string | null;
}

export interface NeedsQuery {
  communityId: string;
  respondent?: string;
  limit: number;
  /** The last need of the previous page: this page holds the needs that follow it (older, or as old with a smaller id). */
  after?: { submittedAt: string; id: string };
}

/** One resident's submissions of one kind on one Asia/Shanghai day (YYYY-MM-DD); the respondent is the keyed hash. */
export interface DailyKey {
  kind: DailyKind;
  day: string;
  respondent: string;
}

export interface ProjectStore {
  /**
   * Stores the project in a free slot of its community × year × category: 'limit' (and nothing
   * stored) when all `perCategory` slots are taken, also under concurrent calls.
   */
  addProject(project: NewProject, perCategory: number): Promise<ProjectRecord | 'limit'>;
  getProject(id: string): Promise<ProjectRecord | null>;
  /** Ordered by id; `communityIds` absent means every community. */
  listProjects(filter: { year?: number; communityIds?: string[]; category?: string }): Promise<ProjectRecord[]>;
  /** Writes the project with revision + 1 if the stored one still has `project.revision`; false if not. */
  saveProject(project: ProjectRecord): Promise<boolean>;

  addActivity(activity: ActivityRecord): Promise<void>;
  getActivity(id: string): Promise<ActivityRecord | null>;
  /** Replaces the activity of that id (its project stays); false when there is none. */
  updateActivity(activity: ActivityRecord): Promise<boolean>;
  /** Deletes it; false when there was none. */
  removeActivity(id: string): Promise<boolean>;
  /** Activities of these projects, by date then recording time. */
  listActivities(projectIds: string[]): Promise<ActivityRecord[]>;

  /**
   * A resident's rating and comment, new or sent again: a resend replaces them and drops the reply
   * (it answered the old words) but never touches a hide, whatever runs at the same moment.
   */
  saveFeedback(feedback: Omit<FeedbackRecord, 'reply' | 'hidden'>): Promise<void>;
  /** Sets the reply alone; false when there is no such feedback. */
  setFeedbackReply(id: string, reply: NonNullable<FeedbackRecord['reply']>): Promise<boolean>;
  /** Hides it unless it is hidden already (the first hide's who, when and why stay); false when nothing changed. */
  setFeedbackHidden(id: string, hidden: NonNullable<FeedbackRecord['hidden']>): Promise<boolean>;
  /** Shows a hidden feedback's comment again; false when it was not hidden (nothing changed). */
  clearFeedbackHidden(id: string): Promise<boolean>;
  getFeedback(id: string): Promise<FeedbackRecord | null>;
  listFeedback(projectIds: string[]): Promise<FeedbackRecord[]>;

  /** 'duplicate' (nothing changed) when that respondent already joined the project in that role. */
  addParticipant(p: ParticipantRecord): Promise<'inserted' | 'duplicate'>;
  /** False when there was nothing to remove. */
  removeParticipant(projectId: string, role: TJoinRole, respondent: string): Promise<boolean>;
  listParticipants(projectIds: string[]): Promise<ParticipantRecord[]>;

  addNeed(need: NeedRecord): Promise<void>;
  getNeed(id: string): Promise<NeedRecord | null>;
  /**
   * A community's needs newest first (submittedAt, then id, both descending), at most `limit`
   * (1 to 1,000), only those after `after` in that order; with `respondent`, only that resident's.
   */
  listNeeds(query: NeedsQuery): Promise<NeedRecord[]>;
  linkNeed(id: string, projectId: string, by: string, at: string): Promise<void>;

  /** How many submissions of that kind the respondent made that day (0 when none). */
  getDailyCount(key: DailyKey): Promise<number>;
  /**
   * Counts one more submission unless `limit` are counted already: true when counted, false (and
   * nothing changed) when full. Exact under concurrent calls: never more than `limit` true answers.
   */
  takeDailySlot(key: DailyKey, limit: number): Promise<boolean>;
}
