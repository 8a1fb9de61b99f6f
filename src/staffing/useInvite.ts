// The invitation form: role and post, expiry, the check by the contract's CreateInvitationInput, and createInvitation.
import { useState } from 'react';
import { CreateInvitationInput, type TCreateInvitationOutput } from '../../cloud/contract/staff';
import { INVITATION_HOURS, type Scope, type TAssignableRole } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { check, typedNumber } from '../common/formCheck';
import { useAction } from '../common/hooks/useAction';

export interface InviteForm {
  role: TAssignableRole;
  communityId: string | null;
  scope: Scope | null;
  hours: string;
}

/** What createInvitation gets for a form: a worker's community, an official's district and street, nothing for an evaluator. */
export function inviteInput(form: InviteForm) {
  const input: Record<string, unknown> = { role: form.role, expiresInHours: typedNumber(form.hours) };
  if (form.role === 'worker' && form.communityId) input.communityId = form.communityId;
  if (form.role === 'official' && form.scope?.district) {
    input.district = form.scope.district;
    if (form.scope.street) input.street = form.scope.street;
  }
  return check(CreateInvitationInput, input);
}

export function useInvite(firstRole: TAssignableRole) {
  const [form, setForm] = useState<InviteForm>({
    role: firstRole,
    communityId: null,
    scope: null,
    hours: String(INVITATION_HOURS.default),
  });
  const [made, setMade] = useState<TCreateInvitationOutput | null>(null);
  const action = useAction();

  const update = (patch: Partial<InviteForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    action.clear();
  };
  const create = async () => {
    const checked = inviteInput(form);
    if (!checked.ok) return action.refuse(Object.values(checked.errors)[0] ?? '');
    const out = await action.run(() => callCloud('createInvitation', checked.data), { failed: (e) => e.issues?.[0]?.message ?? e.message });
    if (out) setMade(out);
    return undefined;
  };
  return { form, update, create, made, clearMade: () => setMade(null), busy: action.busy, result: action.result };
}
