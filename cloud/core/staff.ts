// Staff posts: the staff id that lists show instead of an openid, the post a role holds, and
// changeRole — the one place where roles change.
import { createHmac } from 'node:crypto';
import { type Post, type TCommunity } from '../contract';
import type { AuditActor, RoleAssignment } from '../store/types';
import { recordAudit } from './audit';
import type { Deps } from './deps';
import { AppError } from './errors';

/**
 * A staff member's id in lists and in revokeRole: a keyed hash of the openid, salted apart from the
 * respondent hash so it cannot be matched with anything residents' records are stored under.
 */
export function staffIdOf(openid: string, deps: Deps): string {
  return createHmac('sha256', deps.config.respondentSecret).update(`staff\n${openid}`).digest('hex').slice(0, 32);
}

type PostFields = Pick<RoleAssignment, 'role' | 'communityId' | 'district' | 'street'>;

/** The post an assignment holds; null for a worker whose community has left the registry. */
export function postOf(a: PostFields, communities: ReadonlyMap<string, TCommunity>): Post | null {
  if (a.role === 'evaluator') return { role: 'evaluator' };
  if (a.role === 'official') return { role: 'official', scope: { district: a.district, street: a.street } };
  const community = a.communityId ? communities.get(a.communityId) : undefined;
  return community ? { role: 'worker', community } : null;
}

const invalid = (path: string, message: string) =>
  new AppError('INVALID_INPUT', '提交的内容不符合要求', [{ path, code: 'custom', message }]);

/**
 * The post an assignment or invitation names, checked against the registry: a worker's community
 * must exist (404), an official's district and street must be ones the registry holds (400).
 */
export async function resolvePost(
  input: { role: RoleAssignment['role']; communityId?: string; district?: string; street?: string },
  deps: Deps,
): Promise<{ post: Post; fields: PostFields }> {
  const communities = await deps.store.listCommunities();
  if (input.role === 'worker') {
    const community = communities.find((c) => c.id === input.communityId);
    if (!community) throw new AppError('NOT_FOUND', '没有这个社区');
    return { post: { role: 'worker', community }, fields: { role: 'worker', communityId: community.id, district: null, street: null } };
  }
  if (input.role === 'evaluator')
    return { post: { role: 'evaluator' }, fields: { role: 'evaluator', communityId: null, district: null, street: null } };
  const district = input.district ?? null;
  const street = input.street ?? null;
  if (district !== null && !communities.some((c) => c.district === district)) throw invalid('district', `登记的社区中没有“${district}”`);
  if (street !== null && !communities.some((c) => c.district === district && c.street === street)) {
    throw invalid('street', `“${district}”登记的社区中没有“${street}”`);
  }
  return { post: { role: 'official', scope: { district, street } }, fields: { role: 'official', communityId: null, district, street } };
}

export interface RoleChange {
  /** assign: an admin's assignRole; claim: an invitation claimed by its new holder; revoke: revokeRole. */
  kind: 'assign' | 'claim' | 'revoke';
  openid: string;
  /** The post afterwards (null: a plain resident again); displayName undefined keeps the one before. */
  after: (PostFields & { displayName?: string | null }) | null;
  /** Who made the change (for a claim, the claimant; the invitation's creator is in assignedBy). */
  by: string;
  /** The same, as the audit log records them (role and display name). */
  actor: AuditActor;
  assignedBy?: string;
  at: string;
  /** revokeRole's reason. */
  reason?: string;
  /** The claimed invitation's id (the SHA-256 of its code). */
  invitationId?: string;
}

/**
 * The one place a role changes: assignRole, claimInvitation and revokeRole all come here. The audit
 * log of role changes belongs here, with `before` and the change (who, when, why).
 */
export async function changeRole(change: RoleChange, deps: Deps): Promise<{ before: RoleAssignment | null; after: RoleAssignment | null }> {
  const before = await deps.store.getRole(change.openid);
  if (!change.after) {
    await deps.store.removeRole(change.openid);
    await logRoleChange(change, before, null, deps);
    return { before, after: null };
  }
  const { displayName, ...post } = change.after;
  const after: RoleAssignment = {
    openid: change.openid,
    ...post,
    displayName: displayName !== undefined ? displayName : (before?.displayName ?? null),
    assignedBy: change.assignedBy ?? change.by,
    assignedAt: change.at,
  };
  await deps.store.setRole(after);
  await logRoleChange(change, before, after, deps);
  return { before, after };
}

/** What a post is: a worker's community, an official's scope. */
const postFields = (r: RoleAssignment | null) =>
  r ? { role: r.role, communityId: r.communityId, ...(r.role === 'official' ? { district: r.district, street: r.street } : {}) } : null;

/** A change of post (not a re-assignment of the same one, nor a new display name) goes into the roles chain of the audit log. */
async function logRoleChange(change: RoleChange, before: RoleAssignment | null, after: RoleAssignment | null, deps: Deps): Promise<void> {
  const [from, to] = [postFields(before), postFields(after)];
  if (JSON.stringify(from) === JSON.stringify(to)) return;
  await recordAudit(deps, change.actor, [
    { action: 'role', communityId: null, year: null, target: change.openid, from, to, reason: change.reason ?? null },
  ]);
}
