// whoami, listCommunities and assignRole.
import type { CallOutput, TAssignRoleInput } from '../../contract';
import { requireAdmin, type Caller } from '../auth';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';

export async function whoami(_input: unknown, caller: Caller): Promise<CallOutput<'whoami'>> {
  return { openid: caller.openid, roles: caller.roles, communityId: caller.communityId };
}

export async function listCommunities(_input: unknown, _caller: Caller, deps: Deps): Promise<CallOutput<'listCommunities'>> {
  return { communities: await deps.store.listCommunities() };
}

export async function assignRole(input: TAssignRoleInput, caller: Caller, deps: Deps): Promise<CallOutput<'assignRole'>> {
  requireAdmin(caller);
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
