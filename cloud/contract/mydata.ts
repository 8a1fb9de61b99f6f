// Contract of what residents are told back (消息, subscribe messages) and of their own data (我的数据) with its withdrawal.
import { z } from 'zod';
import { CommunityId, Year } from './common';
import { Answers } from './survey';
import { Category, JoinRole, ProjectId } from './projects';
import { FeedbackId } from './participation';
import { MARK_READ_MAX, MESSAGE_KINDS, MESSAGES_PAGE } from './rules/notifications';

export const MessageKind = z.enum(MESSAGE_KINDS);

/** The template ids the app asks consent for (null: not configured, nothing is asked for that kind). */
export const GetNotificationSettingsInput = z.strictObject({});
export const GetNotificationSettingsOutput = z.object({
  templates: z.object({ need_linked: z.string().nullable(), feedback_replied: z.string().nullable(), stage_moved: z.string().nullable() }),
  /** The kinds the caller agreed to receive as WeChat subscribe messages (allowNotifications). */
  allowed: z.array(MessageKind),
});
/** The kinds whose template the resident accepted in requestSubscribeMessage; an empty list takes every consent back. */
export const AllowNotificationsInput = z.strictObject({ kinds: z.array(MessageKind).max(MESSAGE_KINDS.length) });
export const AllowNotificationsOutput = GetNotificationSettingsOutput;

const pageLimit = `每页条数应为 1–${MESSAGES_PAGE.max} 的整数`;
export const ListMessagesInput = z.strictObject({
  limit: z.number().int(pageLimit).min(1, pageLimit).max(MESSAGES_PAGE.max, pageLimit).optional(),
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,300}$/, '分页标记无效，请从第一页重新读取')
    .nullish(),
});
export const Message = z.object({
  id: z.string(),
  kind: MessageKind,
  title: z.string(),
  body: z.string(),
  /** The project the message is about: where it links to. */
  projectId: ProjectId,
  at: z.string(),
  read: z.boolean(),
});
export type TMessage = z.infer<typeof Message>;
/** The caller's own messages, newest first; `unread` counts every unread one, not only this page's. */
export const ListMessagesOutput = z.object({ messages: z.array(Message), next: z.string().nullable(), unread: z.number().int() });
const MessageId = z.string().min(1).max(64);
export const MarkMessagesReadInput = z.strictObject({
  ids: z.array(MessageId).min(1, '请指明要标记的消息').max(MARK_READ_MAX, `一次最多标记 ${MARK_READ_MAX} 条`),
});
export const MarkMessagesReadOutput = z.object({ marked: z.number().int(), unread: z.number().int() });

const ProjectRef = z.object({ id: ProjectId, title: z.string(), stage: z.string() });
export const MyNeed = z.object({
  id: z.string(),
  communityId: CommunityId,
  category: Category.nullable(),
  text: z.string(),
  submittedAt: z.string(),
  /** The project a worker linked it to, or null while none. */
  project: ProjectRef.nullable(),
});
export const MyComment = z.object({
  id: z.string(),
  project: ProjectRef.nullable(),
  rating: z.number().int(),
  comment: z.string().nullable(),
  submittedAt: z.string(),
  reply: z.object({ text: z.string(), by: z.string(), at: z.string() }).nullable(),
  /** When and why the words were hidden (the rating still counts). */
  hidden: z.object({ at: z.string(), reason: z.string() }).nullable(),
});
export const MyRole = z.object({ project: ProjectRef, role: JoinRole, joinedAt: z.string() });
export const MyResponse = z.object({
  communityId: CommunityId,
  communityName: z.string(),
  year: Year,
  answers: Answers,
  submittedAt: z.string(),
  /** The round closed with its final acceptance: the answer can no longer be withdrawn. */
  roundClosed: z.boolean(),
});
export const GetMyDataInput = z.strictObject({});
export const GetMyDataOutput = z.object({
  needs: z.array(MyNeed),
  comments: z.array(MyComment),
  roles: z.array(MyRole),
  /** The caller's survey answer of the current year (Asia/Shanghai), if any. */
  response: MyResponse.nullable(),
});
export type TGetMyDataOutput = z.infer<typeof GetMyDataOutput>;

export const WithdrawNeedInput = z.strictObject({ needId: z.string().min(1).max(128) });
export const WithdrawFeedbackInput = z.strictObject({ feedbackId: FeedbackId });
export const WithdrawResponseInput = z.strictObject({ communityId: CommunityId, year: Year });
/** What was withdrawn, in words the app shows as they are. */
export const WithdrawOutput = z.object({ withdrawn: z.literal(true), message: z.string() });

export type TGetNotificationSettingsOutput = z.infer<typeof GetNotificationSettingsOutput>;
export type TAllowNotificationsInput = z.infer<typeof AllowNotificationsInput>;
export type TListMessagesInput = z.infer<typeof ListMessagesInput>;
export type TListMessagesOutput = z.infer<typeof ListMessagesOutput>;
export type TMarkMessagesReadInput = z.infer<typeof MarkMessagesReadInput>;
export type TWithdrawNeedInput = z.infer<typeof WithdrawNeedInput>;
export type TWithdrawFeedbackInput = z.infer<typeof WithdrawFeedbackInput>;
export type TWithdrawResponseInput = z.infer<typeof WithdrawResponseInput>;
export type TWithdrawOutput = z.infer<typeof WithdrawOutput>;
