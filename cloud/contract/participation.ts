// Contract of what residents do with a project and their community: feedback, joining, needs.
import { z } from 'zod';
import { CommunityId } from './common';
import { NEEDS_PAGE } from './rules/limits';
import { Category, JoinRole, ProjectDetail, ProjectId, Reason } from './projects';
import { MOBILE_PATTERN, normalizePhone, RATING_MAX, RATING_MIN, RESIDENT_TEXT_MAX } from './rules';

const ResidentText = z.string().trim().max(RESIDENT_TEXT_MAX, `最多 ${RESIDENT_TEXT_MAX} 字`);
const badRating = `评分应为 ${RATING_MIN}–${RATING_MAX} 的整数`;

export const SubmitFeedbackInput = z.strictObject({
  projectId: ProjectId,
  rating: z.number().int(badRating).min(RATING_MIN, badRating).max(RATING_MAX, badRating),
  comment: ResidentText.optional(),
});
export const FeedbackId = z.string().min(1).max(128);
export const ReplyFeedbackInput = z.strictObject({ projectId: ProjectId, feedbackId: FeedbackId, reply: Reason });
export const HideFeedbackInput = z.strictObject({ projectId: ProjectId, feedbackId: FeedbackId, reason: Reason });
/** Shows a hidden comment again; the reason is kept in the audit log. */
export const UnhideFeedbackInput = HideFeedbackInput;
export const SubmitFeedbackOutput = ProjectDetail;
export const ReplyFeedbackOutput = ProjectDetail;
export const HideFeedbackOutput = ProjectDetail;
export const UnhideFeedbackOutput = ProjectDetail;

const badPhone = '请填写11位手机号码';
/** A volunteer's mobile number, kept only with their consent and shown only to the community's workers. */
export const VolunteerPhone = z.string().max(20, badPhone).transform(normalizePhone).pipe(z.string().regex(MOBILE_PATTERN, badPhone));
export const JoinProjectInput = z
  .strictObject({
    projectId: ProjectId,
    as: JoinRole,
    phone: VolunteerPhone.optional(),
    phoneConsent: z.boolean().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.phone === undefined) {
      if (v.phoneConsent) ctx.addIssue({ code: 'custom', path: ['phone'], message: badPhone });
      return;
    }
    if (v.as !== 'volunteer') ctx.addIssue({ code: 'custom', path: ['phone'], message: '只有报名志愿者时可以留下电话' });
    else if (v.phoneConsent !== true) {
      ctx.addIssue({ code: 'custom', path: ['phoneConsent'], message: '请勾选同意社区工作人员用这个号码联系您' });
    }
  });
export const LeaveProjectInput = z.strictObject({ projectId: ProjectId, as: JoinRole });
export const JoinProjectOutput = ProjectDetail;
export const LeaveProjectOutput = ProjectDetail;

export const SubmitNeedInput = z.strictObject({
  communityId: CommunityId,
  category: Category.optional(),
  text: ResidentText.min(1, '请写下您的需求'),
});
export const Need = z.object({
  id: z.string(),
  communityId: CommunityId,
  category: Category.nullable(),
  text: z.string(),
  submittedAt: z.string(),
  /** The project that answers it ("you said, we did"), once a worker links one. */
  project: z.object({ id: ProjectId, title: z.string(), stage: z.string() }).nullable(),
});
export type TNeed = z.infer<typeof Need>;
export const SubmitNeedOutput = Need;
/** A page's length; absent means NEEDS_PAGE.default. */
const PageLimit = z
  .number()
  .int(`每页条数应为 1–${NEEDS_PAGE.max} 的整数`)
  .min(1, `每页条数应为 1–${NEEDS_PAGE.max} 的整数`)
  .max(NEEDS_PAGE.max, `每页条数应为 1–${NEEDS_PAGE.max} 的整数`);
/** The `next` of the previous page, sent back as it came; absent or null means the first page. */
const PageCursor = z.string().regex(/^[A-Za-z0-9_-]{1,300}$/, '分页标记无效，请从第一页重新读取');
export const ListNeedsInput = z.strictObject({
  communityId: CommunityId,
  limit: PageLimit.optional(),
  cursor: PageCursor.nullish(),
});
/** Newest first; `next` is the cursor of the following page, null after the last. */
export const ListNeedsOutput = z.object({ needs: z.array(Need), next: z.string().nullable() });
export const ListMyNeedsInput = ListNeedsInput;
export const ListMyNeedsOutput = ListNeedsOutput;
export const LinkNeedInput = z.strictObject({ needId: z.string().min(1).max(128), projectId: ProjectId });
export const LinkNeedOutput = Need;

export type TSubmitFeedbackInput = z.infer<typeof SubmitFeedbackInput>;
export type TReplyFeedbackInput = z.infer<typeof ReplyFeedbackInput>;
export type THideFeedbackInput = z.infer<typeof HideFeedbackInput>;
export type TUnhideFeedbackInput = z.infer<typeof UnhideFeedbackInput>;
export type TJoinProjectInput = z.infer<typeof JoinProjectInput>;
export type TSubmitNeedInput = z.infer<typeof SubmitNeedInput>;
export type TListNeedsInput = z.infer<typeof ListNeedsInput>;
export type TLinkNeedInput = z.infer<typeof LinkNeedInput>;
export type TListNeedsOutput = z.infer<typeof ListNeedsOutput>;
