// Shared pieces of the cloud API contract: ids, roles, the answer envelope and its error codes.
import { z } from 'zod';
import { COMMUNITY_ID_PATTERN, FIRST_YEAR, LAST_YEAR } from './rules/ids';
import { COMMUNITY_KIND_IDS } from './rules/registry';
import { ASSIGNABLE_ROLES, ROLES, STAFF_ROLES } from './rules/roles';

export const CommunityId = z.string().regex(COMMUNITY_ID_PATTERN, '社区编号格式不正确');
export const Year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);
export const OpenId = z.string().min(1).max(128);

export const Role = z.enum(ROLES);
export const AssignableRole = z.enum(ASSIGNABLE_ROLES);

export const Community = z.object({
  id: CommunityId,
  district: z.string(), // 区/县 or 功能区, as 附件1 writes it
  street: z.string(), // 街道/镇
  name: z.string(),
  households: z.number().int().positive().nullable(), // for the planner's finite-population correction
  kind: z.enum(COMMUNITY_KIND_IDS), // 城市社区 or 渔农村社区
  pilot: z.boolean(), // one of the 市级示范 pilots (the eight of 附件1 to begin with)
});
export type TCommunity = z.infer<typeof Community>;

/** An official's scope: both null is city-wide, a district alone, or a street of a district (rules/permissions.ts). */
export const ScopeOut = z.object({ district: z.string().nullable(), street: z.string().nullable() });

/** How staff appear to everyone, residents included: their role and display name, never an openid. */
export const StaffRef = z.object({ role: z.enum(STAFF_ROLES), name: z.string() });
export type TStaffRef = z.infer<typeof StaffRef>;

/**
 * A file a call made: in the cloud `fileId` is its cloud storage fileID (for Taro.cloud.downloadFile)
 * and `url` a temporary HTTPS link to it (an hour); locally `fileId` is null and `url` a path on the runtime.
 */
export const GeneratedFile = z.object({ fileName: z.string(), fileId: z.string().nullable(), url: z.string() });
export type TGeneratedFile = z.infer<typeof GeneratedFile>;

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
  /** claimInvitation: the code was claimed already, or it has expired. */
  INVITATION_USED: 409,
  INVITATION_EXPIRED: 409,
  /** The identity answered another community's survey this year (one community a year); the message names it. */
  ANSWERED_ELSEWHERE: 409,
  /** A worker of the community answering its own survey (they help others answer instead). */
  STAFF_NOT_ELIGIBLE: 403,
  /** The survey round of that community-year closed with its final acceptance (终期验收). */
  ROUND_CLOSED: 409,
  /** The community-year is locked by its final acceptance: its assessment, evaluations and projects stay as accepted. */
  LOCKED: 409,
  /** reopenAssessment of a community-year that is not locked. */
  NOT_LOCKED: 409,
  /** A final acceptance of an assessment with items not yet assessed. */
  INCOMPLETE: 409,
  /** An upload whose content is not of the type it declares, or of no type taken (rules/evidence.ts FILE_TYPES). */
  FILE_TYPE_MISMATCH: 400,
  /** reviewEvidence of an item with nothing reported. */
  NO_EVIDENCE: 409,
  /** submitAssistedResponse: that household answered this round through 入户代填 already. */
  HOUSEHOLD_ANSWERED: 409,
  /** submitPaperResponse: a form of that serial was entered in this round already. */
  SERIAL_ENTERED: 409,
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
