// Shared pieces of the cloud API contract: ids, roles, the answer envelope and its error codes.
import { z } from 'zod';
import { ASSIGNABLE_ROLES, ROLES } from './rules/roles';

export const CommunityId = z.string().regex(/^[a-z0-9-]{1,64}$/, '社区编号格式不正确');
export const Year = z.number().int().min(2017).max(2100);
export const OpenId = z.string().min(1).max(128);

export const Role = z.enum(ROLES);
export const AssignableRole = z.enum(ASSIGNABLE_ROLES);

export const Community = z.object({
  id: CommunityId,
  district: z.string(), // 区/县 or 功能区, as 附件1 writes it
  street: z.string(), // 街道/镇
  name: z.string(),
  households: z.number().int().positive().nullable(), // for the planner's finite-population correction
});
export type TCommunity = z.infer<typeof Community>;

/** Error codes and the HTTP status the local runtime answers them with (PRODUCT.md). */
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  ALREADY_SUBMITTED: 409,
  CATEGORY_LIMIT: 409,
  ALREADY_JOINED: 409,
  STAGE_ORDER: 409,
  EDIT_CONFLICT: 409,
  CONTENT_REJECTED: 400,
  PAYLOAD_TOO_LARGE: 413,
  /** A resident's daily limit of needs or feedback (limits.ts) is reached. */
  RATE_LIMITED: 429,
  /** The survey round of that community-year closed with its final acceptance (终期验收). */
  ROUND_CLOSED: 409,
  /** The community-year is locked by its final acceptance: its assessment, evaluations and projects stay as accepted. */
  LOCKED: 409,
  /** reopenAssessment of a community-year that is not locked. */
  NOT_LOCKED: 409,
  /** A final acceptance of an assessment with items not yet assessed. */
  INCOMPLETE: 409,
  INTERNAL: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ApiIssue {
  path: string;
  code: string;
  message: string;
}
export interface ApiError {
  code: ErrorCode;
  message: string;
  issues?: ApiIssue[];
}
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ApiError };
