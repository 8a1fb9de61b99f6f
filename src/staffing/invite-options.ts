// Which invitations the caller may make, from the contract's canInvite: roles, communities for workers, scopes for officials.
import type { TCommunity } from '../../cloud/contract';
import {
  ASSIGNABLE_ROLES,
  canInvite,
  canInviteStaff,
  type Actor,
  type Post,
  type Scope,
  type TAssignableRole,
} from '../../cloud/contract/rules';

export interface InviteChoice {
  role: TAssignableRole;
  communityId: string | null;
  scope: Scope | null;
}

/** The post a choice names, as canInvite reads it (null: a worker without a known community). */
export function postOf(choice: InviteChoice, communities: readonly TCommunity[]): Post | null {
  if (choice.role === 'worker') {
    const c = communities.find((x) => x.id === choice.communityId);
    return c ? { role: 'worker', community: c } : null;
  }
  if (choice.role === 'official') return { role: 'official', scope: choice.scope ?? { district: null, street: null } };
  return { role: 'evaluator' };
}

/** Every official scope the registry names: the city, each district, each street of a district. */
export function scopesOf(communities: readonly TCommunity[]): Scope[] {
  const scopes: Scope[] = [{ district: null, street: null }];
  const districts = [...new Set(communities.map((c) => c.district))];
  for (const d of districts) {
    scopes.push({ district: d, street: null });
    for (const s of [...new Set(communities.filter((c) => c.district === d).map((c) => c.street))]) scopes.push({ district: d, street: s });
  }
  return scopes;
}

export interface InviteOptions {
  roles: TAssignableRole[];
  communities: TCommunity[];
  scopes: Scope[];
}

/** What the invitation form offers: only posts the caller may invite to (the server refuses the rest with 403). */
export function inviteOptions(actor: Actor, communities: readonly TCommunity[]): InviteOptions {
  if (!canInviteStaff(actor)) return { roles: [], communities: [], scopes: [] };
  const workerOf = communities.filter((c) => canInvite(actor, { role: 'worker', community: c }));
  const scopes = scopesOf(communities).filter((scope) => canInvite(actor, { role: 'official', scope }));
  const roles = ASSIGNABLE_ROLES.filter((role) => {
    if (role === 'worker') return workerOf.length > 0;
    if (role === 'official') return scopes.length > 0;
    return canInvite(actor, { role: 'evaluator' });
  });
  return { roles, communities: workerOf, scopes };
}
