// whoami, listCommunities and assignRole.
import {
  ASSIGNABLE_ROLES,
  worksWith,
  type TAssignRoleInput,
  type TAssignRoleOutput,
  type TListCommunitiesInput,
  type TListCommunitiesOutput,
  type TWhoamiOutput,
} from '../../contract';
import { actorOf } from '../actors';
import { withRoles, type Caller, type Identity } from '../auth';
import type { Deps } from '../deps';
import { changeRole, resolvePost, staffIdOf } from '../staff';

const isAssigned = (caller: Caller) => caller.roles.some((r) => (ASSIGNABLE_ROLES as readonly string[]).includes(r));

export async function whoami(_input: unknown, caller: Caller, deps: Deps): Promise<TWhoamiOutput> {
  return {
    openid: caller.openid,
    roles: caller.roles,
    communityId: caller.communityId,
    community: caller.communityId ? await deps.store.getCommunity(caller.communityId) : null,
    scope: caller.scope,
    displayName: caller.displayName,
    staffId: isAssigned(caller) ? staffIdOf(caller.openid, deps) : null,
  };
}

/**
 * Every community, with every field: residents choose where they live from it. `mine` keeps to the
 * communities the caller works with, and only then are their roles read.
 */
export async function listCommunities(input: TListCommunitiesInput, identity: Identity, deps: Deps): Promise<TListCommunitiesOutput> {
  const all = await deps.store.listCommunities();
  if (!input.mine) return { communities: all };
  const caller = await withRoles(identity, deps);
  return { communities: all.filter((c) => worksWith(caller, c)) };
}

/** Admins only (the registry row's rule): a role by openid, for the first staff and for repairs. */
export async function assignRole(input: TAssignRoleInput, caller: Caller, deps: Deps): Promise<TAssignRoleOutput> {
  const { fields } = await resolvePost(input, deps);
  const { after } = await changeRole(
    {
      kind: 'assign',
      openid: input.openid,
      after: { ...fields, displayName: input.displayName },
      by: caller.openid,
      actor: actorOf(caller),
      at: deps.now().toISOString(),
    },
    deps,
  );
  return {
    openid: input.openid,
    role: input.role,
    communityId: fields.communityId,
    scope: fields.role === 'official' ? { district: fields.district, street: fields.street } : null,
    displayName: after!.displayName,
  };
}
