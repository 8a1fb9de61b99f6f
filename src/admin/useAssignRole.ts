// The admin's role-assignment form: its fields, their check, and the assignRole call.
import { useState } from 'react';
import type { TAssignableRole } from '../../cloud/contract';
import { asApiCallError, callCloud } from '../api/cloud';
import { OFFICIAL_TEXT } from '../text/official';

export interface AssignForm {
  openid: string;
  role: TAssignableRole;
  communityId: string | null;
}

export function formProblem(form: AssignForm): string | null {
  if (!form.openid.trim()) return OFFICIAL_TEXT.needOpenid;
  if (form.role === 'worker' && !form.communityId) return OFFICIAL_TEXT.needCommunity;
  return null;
}

export function useAssignRole() {
  const [form, setForm] = useState<AssignForm>({ openid: '', role: 'worker', communityId: null });
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);

  const update = (patch: Partial<AssignForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setResult(null);
  };

  const assign = async () => {
    const problem = formProblem(form);
    if (problem) return setResult({ ok: false, message: problem });
    setBusy(true);
    try {
      const out = await callCloud('assignRole', {
        openid: form.openid.trim(),
        role: form.role,
        ...(form.communityId ? { communityId: form.communityId } : {}),
      });
      setResult({ ok: true, message: OFFICIAL_TEXT.assigned(out.openid, OFFICIAL_TEXT.roles[out.role]) });
    } catch (e) {
      setResult({ ok: false, message: asApiCallError(e).message });
    } finally {
      setBusy(false);
    }
    return undefined;
  };

  return { form, update, busy, result, assign };
}
