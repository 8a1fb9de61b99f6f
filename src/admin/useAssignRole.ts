// The admin's role-assignment form: its fields, their check by the contract's AssignRoleInput, and the assignRole call.
import { useState } from 'react';
import { AssignRoleInput } from '../../cloud/contract/identity';
import type { TAssignableRole } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { check } from '../common/formCheck';
import { useAction } from '../common/hooks/useAction';
import { OFFICIAL_TEXT } from '../text/official';

export interface AssignForm {
  openid: string;
  role: TAssignableRole;
  communityId: string | null;
}

/** What assignRole would get, or the form's first problem (an empty openid is named here: the schema's own words are for developers). */
export function checkAssign(form: AssignForm) {
  const openid = form.openid.trim();
  if (!openid) return { ok: false, problem: OFFICIAL_TEXT.needOpenid } as const;
  const checked = check(AssignRoleInput, { openid, role: form.role, ...(form.communityId ? { communityId: form.communityId } : {}) });
  return checked.ok
    ? ({ ok: true, input: checked.data } as const)
    : ({ ok: false, problem: Object.values(checked.errors)[0] ?? '' } as const);
}

export function useAssignRole() {
  const [form, setForm] = useState<AssignForm>({ openid: '', role: 'worker', communityId: null });
  const action = useAction();

  const update = (patch: Partial<AssignForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    action.clear();
  };

  const assign = async () => {
    const checked = checkAssign(form);
    if (!checked.ok) return action.refuse(checked.problem);
    await action.run(() => callCloud('assignRole', checked.input), {
      done: (out) => OFFICIAL_TEXT.assigned(out.openid, OFFICIAL_TEXT.roles[out.role]),
      failed: (e) => e.message,
    });
    return undefined;
  };

  return { form, update, busy: action.busy, result: action.result, assign };
}
