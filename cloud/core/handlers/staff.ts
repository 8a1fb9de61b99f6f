// createInvitation, claimInvitation, listStaff and revokeRole: staff join by a single-use code, never by a typed openid.
import { createHash, randomBytes } from 'node:crypto';
import {
  canInvite,
  canRevoke,
  INVITATION_ALPHABET,
  INVITATION_CODE_LENGTH,
  INVITATION_HOURS,
  INVITE_PAGE,
  invitationLink,
  seesPost,
  type TClaimInvitationInput,
  type TCreateInvitationInput,
  type TCreateInvitationOutput,
  type TGeneratedFile,
  type TListStaffOutput,
  type TRevokeRoleInput,
  type TRevokeRoleOutput,
  type TStaffMember,
} from '../../contract';
import type { RoleAssignment } from '../../store/types';
import { requireThat, type Caller, type Identity } from '../auth';
import { actorOf } from '../actors';
import type { Deps } from '../deps';
import { AppError, notFound } from '../errors';
import { changeRole, postOf, resolvePost, staffIdOf } from '../staff';

/** 10 characters of a 32-letter alphabet from 10 random bytes: 256 is a multiple of 32, so each is uniform. */
export function newInvitationCode(): string {
  return [...randomBytes(INVITATION_CODE_LENGTH)].map((b) => INVITATION_ALPHABET[b % INVITATION_ALPHABET.length]).join('');
}
/** Only this is stored: whoever reads the database cannot claim an open invitation. */
export const invitationId = (code: string) => createHash('sha256').update(code).digest('hex');

const scopeOf = (a: Pick<RoleAssignment, 'role' | 'district' | 'street'>) =>
  a.role === 'official' ? { district: a.district, street: a.street } : null;

/** The code as an image: a 小程序码 of the claim page in the cloud, a QR of the H5 link locally; null if it fails. */
async function codeImage(code: string, deps: Deps): Promise<TGeneratedFile | null> {
  try {
    const { bytes, extension } = await deps.codes.make({ page: INVITE_PAGE, scene: `i=${code}`, query: { code } });
    const fileName = `invite-${randomBytes(8).toString('hex')}.${extension}`;
    return { fileName, ...(await deps.files.publish(fileName, bytes)) };
  } catch (error) {
    // The code and link still work; the image is a convenience.
    console.error('[createInvitation] no image', error);
    return null;
  }
}

export async function createInvitation(input: TCreateInvitationInput, caller: Caller, deps: Deps): Promise<TCreateInvitationOutput> {
  const { post, fields } = await resolvePost(input, deps);
  requireThat(canInvite(caller, post), '您不能邀请这个岗位的工作人员');
  const now = deps.now();
  const code = newInvitationCode();
  const expiresAt = new Date(now.getTime() + (input.expiresInHours ?? INVITATION_HOURS.default) * 3600_000).toISOString();
  await deps.store.addInvitation({
    id: invitationId(code),
    ...fields,
    createdBy: caller.openid,
    createdAt: now.toISOString(),
    expiresAt,
    usedBy: null,
    usedAt: null,
  });
  return {
    code,
    link: invitationLink(code),
    expiresAt,
    role: fields.role,
    communityId: fields.communityId,
    scope: scopeOf(fields),
    image: await codeImage(code, deps),
  };
}

function member(a: RoleAssignment, deps: Deps): TStaffMember {
  return {
    staffId: staffIdOf(a.openid, deps),
    displayName: a.displayName,
    role: a.role,
    communityId: a.communityId,
    scope: scopeOf(a),
    since: a.assignedAt,
  };
}

/** The caller becomes the staff member the code invites: 404 unknown, 409 used or expired; of simultaneous claims one wins. */
export async function claimInvitation(input: TClaimInvitationInput, caller: Identity, deps: Deps): Promise<TStaffMember> {
  const id = invitationId(input.code);
  const invitation = await deps.store.getInvitation(id);
  if (!invitation) throw notFound('没有这个邀请码，请核对后再输入');
  const at = deps.now().toISOString();
  const result = await deps.store.claimInvitation(id, caller.openid, at);
  if (result === 'used') throw new AppError('INVITATION_USED', '这个邀请码已经被使用，请联系邀请人重新发放');
  if (result === 'expired') throw new AppError('INVITATION_EXPIRED', '这个邀请码已过期，请联系邀请人重新发放');
  if (result === 'missing') throw notFound('没有这个邀请码，请核对后再输入');
  const { role, communityId, district, street } = invitation;
  const { after } = await changeRole(
    {
      kind: 'claim',
      openid: caller.openid,
      after: { role, communityId, district, street, displayName: input.displayName },
      by: caller.openid,
      actor: { openid: caller.openid, role, name: input.displayName },
      assignedBy: invitation.createdBy,
      at,
      invitationId: id,
    },
    deps,
  );
  return member(after!, deps);
}

const ROLE_ORDER = { official: 0, worker: 1, evaluator: 2 } as const;

/** The staff whose posts lie within the caller's scope; admins of ADMIN_OPENIDS are configuration, not listed. */
export async function listStaff(_input: unknown, caller: Caller, deps: Deps): Promise<TListStaffOutput> {
  const [roles, communities] = await Promise.all([deps.store.listRoles(), deps.store.listCommunities()]);
  const byId = new Map(communities.map((c) => [c.id, c]));
  const place = new Map(communities.map((c, i) => [c.id, i]));
  const visible = roles.filter((a) => {
    const post = postOf(a, byId);
    return post ? seesPost(caller, post) : caller.roles.includes('admin');
  });
  const key = (a: RoleAssignment) => [ROLE_ORDER[a.role], a.district ?? '', a.street ?? '', place.get(a.communityId ?? '') ?? -1] as const;
  visible.sort((x, y) => {
    const [a, b] = [key(x), key(y)];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
    return (x.displayName ?? '').localeCompare(y.displayName ?? '', 'zh') || x.assignedAt.localeCompare(y.assignedAt);
  });
  return { staff: visible.map((a) => member(a, deps)) };
}

/** Makes them a plain resident again; their next staff call is refused. Outside the caller's view it is a 404. */
export async function revokeRole(input: TRevokeRoleInput, caller: Caller, deps: Deps): Promise<TRevokeRoleOutput> {
  const [roles, communities] = await Promise.all([deps.store.listRoles(), deps.store.listCommunities()]);
  const target = roles.find((a) => staffIdOf(a.openid, deps) === input.staffId);
  const post = target ? postOf(target, new Map(communities.map((c) => [c.id, c]))) : null;
  const admin = caller.roles.includes('admin');
  if (!target || (post ? !seesPost(caller, post) : !admin)) throw notFound('没有这位工作人员');
  requireThat(post ? canRevoke(caller, post) : admin, '您不能撤销这位工作人员的岗位');
  await changeRole(
    {
      kind: 'revoke',
      openid: target.openid,
      after: null,
      by: caller.openid,
      actor: actorOf(caller),
      at: deps.now().toISOString(),
      reason: input.reason,
    },
    deps,
  );
  return { staffId: input.staffId, revoked: true };
}
