// whoami, listCommunities and assignRole.
import type { TAssignRoleInput, TAssignRoleOutput, TListCommunitiesOutput, TWhoamiOutput } from '../../contract';
import type { Caller, Identity } from '../auth';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';

export async function whoami(_input: unknown, caller: Caller): Promise<TWhoamiOutput> {
  return { openid: caller.openid, roles: caller.roles, communityId: caller.communityId };
}

export async function listCommunities(_input: unknown, _caller: Identity, deps: Deps): Promise<TListCommunitiesOutput> {
  return { communities: await deps.store.listCommunities() };
}

export async function assignRole(input: TAssignRoleInput, caller: Caller, deps: Deps): Promise<TAssignRoleOutput> {
  const communityId = input.communityId ?? null; // the contract requires one of a worker
  if (communityId) await requireCommunity(communityId, deps);
  await deps.store.setRole({
    openid: input.openid,
    role: input.role,
    communityId,
    assignedBy: caller.openid,
    assignedAt: deps.now().toISOString(),
  });
  return { openid: input.openid, role: input.role, communityId };
}
