// Contract of staff onboarding: createInvitation, claimInvitation, listStaff and revokeRole.
import { z } from 'zod';
import { AssignableRole, CommunityId, GeneratedFile, ScopeOut } from './common';
import { checkPost, DisplayName, PostFields } from './identity';
import { Reason } from './projects';
import { INVITATION_ALPHABET, INVITATION_CODE_LENGTH, INVITATION_HOURS } from './rules/staff';

const badHours = `有效期应为 1–${INVITATION_HOURS.max} 小时的整数`;

export const CreateInvitationInput = z
  .strictObject({
    role: AssignableRole,
    ...PostFields,
    /** Defaults to INVITATION_HOURS.default (72). */
    expiresInHours: z.number(badHours).int(badHours).min(1, badHours).max(INVITATION_HOURS.max, badHours).optional(),
  })
  .superRefine(checkPost);

/** The post an invitation or a staff member holds. */
const PostOut = {
  role: AssignableRole,
  communityId: CommunityId.nullable(),
  scope: ScopeOut.nullable(),
};

export const CreateInvitationOutput = z.object({
  /** Single use; shown once: only its hash is stored. */
  code: z.string(),
  /** The mini-program page that claims it: /pages/invite/index?code=… */
  link: z.string(),
  expiresAt: z.string(),
  ...PostOut,
  /** In the cloud a 小程序码 opening the link; locally a QR of the H5 link; null if it could not be made. */
  image: GeneratedFile.nullable(),
});

const codeChars = new RegExp(`^[${INVITATION_ALPHABET}]{${INVITATION_CODE_LENGTH}}$`);
/** Read back as typed: spaces dropped, lower case accepted. */
export const InvitationCode = z
  .string('请填写邀请码')
  .transform((s) => s.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(codeChars, `邀请码是 ${INVITATION_CODE_LENGTH} 位字母和数字`));

export const ClaimInvitationInput = z.strictObject({ code: InvitationCode, displayName: DisplayName });

export const StaffId = z.string().regex(/^[0-9a-f]{32}$/, '工作人员编号格式不正确');

/** A staff member as staff lists show them: never the openid. */
export const StaffMember = z.object({
  staffId: StaffId,
  displayName: z.string().nullable(),
  ...PostOut,
  /** When they took the post (ISO 8601). */
  since: z.string(),
});
export type TStaffMember = z.infer<typeof StaffMember>;
export const ClaimInvitationOutput = StaffMember;

export const ListStaffInput = z.strictObject({});
/** Officials first, then workers by community, then evaluators; within a post by display name. */
export const ListStaffOutput = z.object({ staff: z.array(StaffMember) });

export const RevokeRoleInput = z.strictObject({ staffId: StaffId, reason: Reason });
export const RevokeRoleOutput = z.object({ staffId: StaffId, revoked: z.literal(true) });

export type TCreateInvitationInput = z.infer<typeof CreateInvitationInput>;
export type TCreateInvitationOutput = z.infer<typeof CreateInvitationOutput>;
export type TClaimInvitationInput = z.output<typeof ClaimInvitationInput>;
export type TListStaffOutput = z.infer<typeof ListStaffOutput>;
export type TRevokeRoleInput = z.infer<typeof RevokeRoleInput>;
export type TRevokeRoleOutput = z.infer<typeof RevokeRoleOutput>;
