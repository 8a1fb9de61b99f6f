// Claiming an invitation: the code and name as typed, the claimInvitation call, and what each refusal means.
import { useState } from 'react';
import type { TStaffMember } from '../../cloud/contract/staff';
import { callCloud, type ApiCallError } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { STAFFING_TEXT } from '../text/staffing';

export function claimFailure(e: ApiCallError): string {
  if (e.code === 'NOT_FOUND') return STAFFING_TEXT.invitationUnknown;
  if (e.code === 'INVITATION_USED') return STAFFING_TEXT.invitationUsed;
  if (e.code === 'INVITATION_EXPIRED') return STAFFING_TEXT.invitationExpired;
  // INVALID_INPUT: the contract's own words (请填写姓名, 邀请码是 10 位字母和数字).
  return e.issues?.[0]?.message ?? e.message;
}

export function useClaim(initialCode: string) {
  const [code, setCode] = useState(initialCode);
  const [displayName, setDisplayName] = useState('');
  const [joined, setJoined] = useState<TStaffMember | null>(null);
  const action = useAction();

  const claim = async () => {
    if (!displayName.trim()) return action.refuse(STAFFING_TEXT.needName);
    const out = await action.run(() => callCloud('claimInvitation', { code: code.trim(), displayName: displayName.trim() }), {
      failed: claimFailure,
    });
    if (out) setJoined(out);
    return undefined;
  };
  const edit = (set: (v: string) => void) => (v: string) => {
    set(v);
    action.clear();
  };
  return {
    code,
    displayName,
    setCode: edit(setCode),
    setDisplayName: edit(setDisplayName),
    claim,
    joined,
    busy: action.busy,
    result: action.result,
  };
}
