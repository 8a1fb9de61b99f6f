// Contract of the doorstep-project calls (家门口项目): publish, update, activities, list and read.
import { z } from 'zod';
import { Lock } from './audit';
import { CommunityId, StaffRef, Year } from './common';
import { FileId, FileLink } from './evidence';
import { isHundredths } from '../../rubric/round';
import {
  ASPECT_IDS,
  ASPECT_MAX,
  CATEGORY_IDS,
  JOIN_ROLE_IDS,
  LONG_TEXT_MAX,
  MAX_ACTIVITY_PHOTOS,
  REASON_MAX,
  SERVED_COUNT_MAX,
  STAGE_IDS,
  TITLE_MAX,
  type TAspectId,
} from './rules';

export const Category = z.enum(CATEGORY_IDS, { error: '未知的项目类别' });
export const Stage = z.enum(STAGE_IDS);

export const ProjectId = z.string().min(1).max(128);
const Title = z.string().trim().min(1, '请填写项目名称').max(TITLE_MAX, `项目名称最多 ${TITLE_MAX} 字`);
const LongText = z.string().trim().max(LONG_TEXT_MAX, `最多 ${LONG_TEXT_MAX} 字`);
export const Reason = z.string().trim().min(1, '请说明原因').max(REASON_MAX, `最多 ${REASON_MAX} 字`);
/** YYYY-MM-DD, a real calendar day. */
export const Day = z.iso.date('日期格式应为 YYYY-MM-DD');

export const PublishProjectInput = z.strictObject({
  communityId: CommunityId,
  category: Category,
  title: Title,
  summary: LongText,
  /**
   * Projects are published into the current year (Asia/Shanghai) only: left out, it is that year; given, it must be
   * it (400 otherwise), so a page left open over New Year does not file a project under a year it does not show.
   */
  year: Year.optional(),
});

/** How many times a project was saved: what a page loaded, sent back with its edits. */
export const Revision = z.number().int().min(0);

export const UpdateProjectInput = z.strictObject({
  projectId: ProjectId,
  /** The revision the page loaded: an edit of an older one is refused (EDIT_CONFLICT), so nobody overwrites unseen changes. */
  revision: Revision,
  title: Title.optional(),
  summary: LongText.optional(),
  plan: LongText.optional(),
  reflection: LongText.optional(),
  stage: Stage.optional(),
  /** Needed when the stage moves back; kept in the history. */
  reason: Reason.optional(),
});

export const ActivityDescription = z.string().trim().min(1, '请填写活动内容').max(LONG_TEXT_MAX, `最多 ${LONG_TEXT_MAX} 字`);
export const ServedCount = z
  .number()
  .int('服务人数应为整数')
  .min(0, '服务人数不能为负')
  .max(SERVED_COUNT_MAX, `服务人数最多 ${SERVED_COUNT_MAX}`);
/** Photos uploaded by the community's staff (fileIds; images only), shown to residents on the timeline. */
export const ActivityPhotos = z.array(FileId).max(MAX_ACTIVITY_PHOTOS, `每次活动最多 ${MAX_ACTIVITY_PHOTOS} 张照片`).default([]);

/** The date: a day of the project's year, not after today (Asia/Shanghai); both are checked by the server (400 on date). */
export const RecordActivityInput = z.strictObject({
  projectId: ProjectId,
  date: Day,
  description: ActivityDescription,
  servedCount: ServedCount,
  photos: ActivityPhotos,
});

export const ListProjectsInput = z.strictObject({ communityId: CommunityId, year: Year.optional(), category: Category.optional() });
export const GetProjectInput = z.strictObject({ projectId: ProjectId });

/**
 * Who did something, as anyone may see it: `by` (and `recordedBy`) is the label "<role name> <display
 * name>" (e.g. 社区工作者 王芳), never an openid; `who` is the same as { role, name }. `who` is optional in
 * the type only so that answers built before it existed still type-check; the server always sends it.
 */
const StaffLabel = z.string();
const Who = StaffRef.optional();
export const StageChange = z.object({ from: Stage, to: Stage, by: StaffLabel, who: Who, at: z.string(), reason: z.string().nullable() });
export const Activity = z.object({
  id: z.string(),
  date: z.string(),
  description: z.string(),
  servedCount: z.number().int(),
  recordedBy: StaffLabel,
  who: Who,
  recordedAt: z.string(),
  /** Its photos with links that work for an hour. Always answered; optional in the type for older fixtures. */
  photos: z.array(FileLink).optional(),
});
export const JoinRole = z.enum(JOIN_ROLE_IDS);

const outOfRange = `评分应在 0–${ASPECT_MAX} 之间`;
/** One aspect's score, as an evaluator types it: 0–100, at most two decimals. */
export const AspectScore = z
  .number({ error: outOfRange })
  .min(0, outOfRange)
  .max(ASPECT_MAX, outOfRange)
  .refine(isHundredths, '评分最多两位小数');
export const Aspects = z.strictObject(
  Object.fromEntries(ASPECT_IDS.map((id) => [id, AspectScore])) as Record<TAspectId, typeof AspectScore>,
);
export type TAspects = z.infer<typeof Aspects>;
export const Evaluation = z.object({ aspects: Aspects, by: StaffLabel, who: Who, at: z.string() });

/**
 * What a visitor sees of one feedback: no identity, only a per-project id. Moderation hides words,
 * not votes: a hidden feedback keeps its rating (counted in the average) and loses its comment and
 * the reply to it for everyone but the project's managers and its author.
 */
export const PublicFeedback = z.object({
  id: z.string(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  submittedAt: z.string(),
  reply: z.object({ text: z.string(), by: StaffLabel, who: Who, at: z.string() }).nullable(),
  /** Present only for the project's managers: who hid it, when and why. */
  hidden: z.object({ by: StaffLabel, who: Who, at: z.string(), reason: z.string() }).nullable().optional(),
  /** Whether its comment is hidden. Always answered; optional in the type for older fixtures. */
  commentHidden: z.boolean().optional(),
});
/** The caller's own feedback: their words even when hidden, and when and why they were hidden (not by whom). */
export const MyFeedback = PublicFeedback.extend({ hidden: z.object({ at: z.string(), reason: z.string() }).nullable().optional() });

export const ProjectSummary = z.object({
  id: ProjectId,
  communityId: CommunityId,
  year: Year,
  category: Category,
  title: z.string(),
  summary: z.string(),
  stage: Stage,
  activityCount: z.number().int(),
  servedTotal: z.number().int(),
  rating: z.object({ average: z.number().nullable(), count: z.number().int() }),
  joined: z.object({ volunteer: z.number().int(), supervisor: z.number().int(), evaluator: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Send it back with updateProject. */
  revision: Revision,
  /** Whether the third party has evaluated it (二类); not the scores. Always answered; optional in the type for older fixtures. */
  evaluated: z.boolean().optional(),
});
export const ProjectDetail = ProjectSummary.extend({
  plan: z.string(),
  reflection: z.string(),
  history: z.array(StageChange),
  /** Newest first. */
  activities: z.array(Activity),
  /** Every feedback, newest first (hidden comments left out but for managers): the newest PROJECT_FEEDBACK_SHOWN (limits.ts). */
  feedback: z.array(PublicFeedback),
  /** How many feedback there are in all, hidden ones included (as in the rating's count); more than `feedback` holds once capped. */
  feedbackTotal: z.number().int(),
  mine: z.object({ feedback: MyFeedback.nullable(), joined: z.array(JoinRole) }),
  /** The third-party evaluation: shown to officials, admins and evaluators only (null otherwise or when none). */
  evaluation: Evaluation.nullable(),
  /** Whether the caller may edit, record and answer feedback. */
  canManage: z.boolean(),
  /** Whether its community-year is locked by the final acceptance (writes answer 409 LOCKED). Always answered; optional in the type for older fixtures. */
  locked: z.boolean().optional(),
});
export type TProjectSummary = z.infer<typeof ProjectSummary>;
export type TProjectDetail = z.infer<typeof ProjectDetail>;

export const PublishProjectOutput = ProjectDetail;
export const UpdateProjectOutput = ProjectDetail;
export const RecordActivityOutput = ProjectDetail;
export const GetProjectOutput = ProjectDetail;
export const ListProjectsOutput = z.object({
  projects: z.array(ProjectSummary),
  /** With a year: its final acceptance while it holds (the year's projects are read-only), else null. Always answered with a year. */
  lock: Lock.nullable().optional(),
});

export const SaveProjectEvaluationInput = z.strictObject({ projectId: ProjectId, aspects: Aspects });
export const SaveProjectEvaluationOutput = ProjectDetail;

export type TPublishProjectInput = z.infer<typeof PublishProjectInput>;
export type TUpdateProjectInput = z.infer<typeof UpdateProjectInput>;
export type TRecordActivityInput = z.infer<typeof RecordActivityInput>;
export type TListProjectsInput = z.infer<typeof ListProjectsInput>;
export type TGetProjectInput = z.infer<typeof GetProjectInput>;
export type TSaveProjectEvaluationInput = z.infer<typeof SaveProjectEvaluationInput>;
export type TListProjectsOutput = z.infer<typeof ListProjectsOutput>;
