// Contract of the audit log (getAuditLog) and of how staff appear in answers: by role and display name, never by openid.
import { z } from 'zod';
import { CommunityId, Role, Year } from './common';

/** A staff member as answers show them. `name` is null until a display name is known. */
export const Staff = z.object({ role: Role, name: z.string().nullable() });
export type TStaff = z.infer<typeof Staff>;

/** A held lock: the final acceptance (终期验收) of a community-year, when and by whom. */
export const Lock = z.object({ stage: z.literal('final'), at: z.string(), by: Staff });

export const AUDIT_ACTIONS = [
  'item',
  'evaluation',
  'interim',
  'finalize',
  'reopen',
  'role',
  'hide',
  'unhide',
  'evidence',
  'review',
  'activity_edit',
  'activity_remove',
  'withdraw',
] as const;
export type TAuditAction = (typeof AUDIT_ACTIONS)[number];
export const AuditAction = z.enum(AUDIT_ACTIONS);

export const AuditEntry = z.object({
  /** 'community': the community-year's own chain; 'roles': the chain of role changes. */
  chain: z.enum(['community', 'roles']),
  seq: z.number().int().positive(),
  at: z.string(),
  by: Staff,
  /**
   * item: an assessment item's state, note or override reason; evaluation: a project's third-party
   * evaluation; interim/finalize: a 阶段评估 or the 终期验收; reopen: an admin reopened the year;
   * role: a role assigned; hide/unhide: a resident's comment hidden or shown again; withdraw: a moderated
   * comment withdrawn by its author (我的数据); evidence: an item's evidence
   * submitted (note and fileIds); review: an official's 审核通过 / 需补充; activity_edit/activity_remove: a
   * project's activity corrected or removed (from: what it was), with the worker's reason.
   */
  action: AuditAction,
  projectId: z.string().nullable(),
  /** The item id, feedback id or project id changed; for a role change the staffId (as listStaff shows it) of whose role it was. */
  target: z.string().nullable(),
  from: z.unknown(),
  to: z.unknown(),
  reason: z.string().nullable(),
  hash: z.string(),
});
export type TAuditEntry = z.infer<typeof AuditEntry>;

export const GetAuditLogInput = z.strictObject({ communityId: CommunityId, year: Year });
export const GetAuditLogOutput = z.object({
  communityId: CommunityId,
  year: Year,
  /** Every entry read is as the calls wrote it: each hash matches its content and chains onto the one before. */
  verified: z.boolean(),
  /** Where the first break is, when not verified. */
  brokenAt: z.object({ chain: z.enum(['community', 'roles']), seq: z.number().int(), problem: z.string() }).nullable(),
  /** Oldest first. */
  entries: z.array(AuditEntry),
});

export type TGetAuditLogInput = z.infer<typeof GetAuditLogInput>;
export type TGetAuditLogOutput = z.infer<typeof GetAuditLogOutput>;
