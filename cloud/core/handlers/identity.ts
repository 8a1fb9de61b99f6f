// whoami, listCommunities and assignRole.
import type { CallOutput } from '../../contract';
import type { TAssignRoleInput } from '../../contract';
import { requireAdmin, type Caller } from '../auth';
import type { Deps } from '../deps';
import { notFound } from '../errors';

export async function whoami(_input: unknown, caller: Caller): Promise<CallOutput<'whoami'>> {
  return { openid: caller.openid, roles: caller.roles, communityId: caller.communityId };
}

export async function listCommunities(_input: unknown, _caller: Caller, deps: Deps): Promise<CallOutput<'listCommunities'>> {
  return { communities: await deps.store.listCommunities() };
}

export async function assignRole(input: TAssignRoleInput, caller: Caller, deps: Deps): Promise<CallOutput<'assignRole'>> {
  requireAdmin(caller);
  const communityId = input.role === 'worker' ? input.communityId! : input.communityId ?? null;
  if (communityId && !(await deps.store.getCommunity(communityId))) throw notFound('没有这个社区');
  await deps.store.setRole({
    openid: input.openid,
    role: input.role,
    communityId,
    assignedBy: caller.openid,
    assignedAt: deps.now().toISOString(),
  });
  return { openid: input.openid, role: input.role, communityId };
}
