// Contract of the doorstep-project calls (家门口项目): publish, update, activities, list and read.
import { z } from 'zod';
import { CommunityId, OpenId, Year } from './common';
import { isHundredths } from '../../rubric';
import { STANDARD } from './assessment';

const categoryIds = STANDARD.categories.map((c) => c.id) as [string, ...string[]];
export const Category = z.enum(categoryIds, { error: '未知的项目类别' });
export type TCategory = z.infer<typeof Category>;

/** The standard's stages in order: 需求调研 → 需求分析 → 项目设计 → 项目实施 → 已完成. */
export const STAGES = ['needs_research', 'needs_analysis', 'design', 'implementation', 'completed'] as const;
export const Stage = z.enum(STAGES);
export type TStage = z.infer<typeof Stage>;

export const ProjectId = z.string().min(1).max(128);
const Title = z.string().trim().min(1, '请填写项目名称').max(60, '项目名称最多 60 字');
const LongText = z.string().trim().max(2000, '最多 2000 字');
export const Reason = z.string().trim().min(1, '请说明原因').max(500, '最多 500 字');
/** YYYY-MM-DD, a real calendar day. */
export const Day = z.iso.date('日期格式应为 YYYY-MM-DD');

export const PublishProjectInput = z.strictObject({
  communityId: CommunityId,
  category: Category,
  title: Title,
  summary: LongText,
  /** Defaults to the current year (Asia/Shanghai). */
  year: Year.optional(),
});

export const UpdateProjectInput = z.strictObject({
  projectId: ProjectId,
  title: Title.optional(),
  summary: LongText.optional(),
  plan: LongText.optional(),
  reflection: LongText.optional(),
  stage: Stage.optional(),
  /** Needed when the stage moves back; kept in the history. */
  reason: Reason.optional(),
});

export const RecordActivityInput = z.strictObject({
  projectId: ProjectId,
  date: Day,
  description: z.string().trim().min(1, '请填写活动内容').max(2000, '最多 2000 字'),
  servedCount: z.number().int('服务人数应为整数').min(0, '服务人数不能为负'),
});

export const ListProjectsInput = z.strictObject({ communityId: CommunityId, year: Year.optional(), category: Category.optional() });
export const GetProjectInput = z.strictObject({ projectId: ProjectId });

export const StageChange = z.object({ from: Stage, to: Stage, by: OpenId, at: z.string(), reason: z.string().nullable() });
export const Activity = z.object({
  id: z.string(),
  date: z.string(),
  description: z.string(),
  servedCount: z.number().int(),
  recordedBy: OpenId,
  recordedAt: z.string(),
});
export const ROLES_JOINED = ['volunteer', 'supervisor', 'evaluator'] as const;
export const JoinRole = z.enum(ROLES_JOINED);
export type TJoinRole = z.infer<typeof JoinRole>;

const AspectScore = z.number().min(0, '评分应在 0–100 之间').max(100, '评分应在 0–100 之间').refine(isHundredths, '评分最多两位小数');
type AspectId = 'completion' | 'satisfaction' | 'finance' | 'organization' | 'operation' | 'effectiveness';
export const Aspects = z.strictObject(
  Object.fromEntries(STANDARD.aspects.map((a) => [a.id, AspectScore])) as Record<AspectId, typeof AspectScore>,
);
export type TAspects = z.infer<typeof Aspects>;
export const Evaluation = z.object({ aspects: Aspects, by: OpenId, at: z.string() });

/** What a visitor sees of one feedback: no identity, only a per-project id. */
export const PublicFeedback = z.object({
  id: z.string(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  submittedAt: z.string(),
  reply: z.object({ text: z.string(), by: OpenId, at: z.string() }).nullable(),
  /** Present only for the project's managers: who hid it, when and why. */
  hidden: z.object({ by: OpenId, at: z.string(), reason: z.string() }).nullable().optional(),
});

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
});
export const ProjectDetail = ProjectSummary.extend({
  plan: z.string(),
  reflection: z.string(),
  history: z.array(StageChange),
  /** Newest first. */
  activities: z.array(Activity),
  /** Visible feedback (managers also see hidden ones, marked), newest first: the newest PROJECT_FEEDBACK_SHOWN (limits.ts). */
  feedback: z.array(PublicFeedback),
  /** How many feedback the caller could see in all (hidden ones counted for managers); more than `feedback` holds once capped. */
  feedbackTotal: z.number().int(),
  mine: z.object({ feedback: PublicFeedback.nullable(), joined: z.array(JoinRole) }),
  /** The third-party evaluation: shown to officials, admins and evaluators only (null otherwise or when none). */
  evaluation: Evaluation.nullable(),
  /** Whether the caller may edit, record and answer feedback. */
  canManage: z.boolean(),
});
export type TProjectSummary = z.infer<typeof ProjectSummary>;
export type TProjectDetail = z.infer<typeof ProjectDetail>;

export const PublishProjectOutput = ProjectDetail;
export const UpdateProjectOutput = ProjectDetail;
export const RecordActivityOutput = ProjectDetail;
export const GetProjectOutput = ProjectDetail;
export const ListProjectsOutput = z.object({ projects: z.array(ProjectSummary) });

export const SaveProjectEvaluationInput = z.strictObject({ projectId: ProjectId, aspects: Aspects });
export const SaveProjectEvaluationOutput = ProjectDetail;

export type TPublishProjectInput = z.infer<typeof PublishProjectInput>;
export type TUpdateProjectInput = z.infer<typeof UpdateProjectInput>;
export type TRecordActivityInput = z.infer<typeof RecordActivityInput>;
export type TListProjectsInput = z.infer<typeof ListProjectsInput>;
export type TGetProjectInput = z.infer<typeof GetProjectInput>;
export type TSaveProjectEvaluationInput = z.infer<typeof SaveProjectEvaluationInput>;
