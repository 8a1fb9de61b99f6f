// whoami, listCommunities and assignRole.
import type { TAssignRoleInput, TAssignRoleOutput, TListCommunitiesOutput, TWhoamiOutput } from '../../contract';
import { actorOf } from '../actors';
import { recordAudit } from '../audit';
import type { Caller, Identity } from '../auth';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';

export async function whoami(_input: unknown, caller: Caller): Promise<TWhoamiOutput> {
  return { openid: caller.openid, roles: caller.roles, communityId: caller.communityId };
}

export async function listCommunities(_input: unknown, _caller: Identity, deps: Deps): Promise<TListCommunitiesOutput> {
  return { communities: await deps.store.listCommunities() };
}

/** Replaces the openid's role; a change (not a re-assignment of the same) goes into the roles chain of the audit log. */
export async function assignRole(input: TAssignRoleInput, caller: Caller, deps: Deps): Promise<TAssignRoleOutput> {
  const communityId = input.communityId ?? null; // the contract requires one of a worker
  if (communityId) await requireCommunity(communityId, deps);
  const before = await deps.store.getRole(input.openid);
  await deps.store.setRole({
    openid: input.openid,
    role: input.role,
    communityId,
    assignedBy: caller.openid,
    assignedAt: deps.now().toISOString(),
  });
  if (before?.role !== input.role || before.communityId !== communityId) {
    const from = before ? { role: before.role, communityId: before.communityId } : null;
    const to = { role: input.role, communityId };
    await recordAudit(deps, actorOf(caller), [{ action: 'role', communityId: null, year: null, target: input.openid, from, to }]);
  }
  return { openid: input.openid, role: input.role, communityId };
}
