// Staff within the caller's scope (listStaff) and taking a post back with a reason (revokeRole).
import { useState } from 'react';
import type { TStaffMember } from '../../cloud/contract/staff';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { useCall } from '../common/hooks/useCall';
import { STAFFING_TEXT } from '../text/staffing';

export function useStaffList(enabled: boolean) {
  const list = useCall('listStaff', {}, { enabled });
  const [revoking, setRevoking] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const action = useAction();

  const start = (staffId: string | null) => {
    setRevoking(staffId);
    setReason('');
    action.clear();
  };
  const revoke = async (member: TStaffMember) => {
    if (!reason.trim()) return action.refuse(STAFFING_TEXT.needReason);
    const out = await action.run(() => callCloud('revokeRole', { staffId: member.staffId, reason: reason.trim() }), {
      done: () => STAFFING_TEXT.revoked(member.displayName ?? STAFFING_TEXT.noName2),
      failed: (e) => e.issues?.[0]?.message ?? e.message,
    });
    if (out) {
      setRevoking(null);
      list.setData((cur) => ({ staff: cur.staff.filter((s) => s.staffId !== out.staffId) }));
    }
    return undefined;
  };
  return {
    list,
    revoking,
    start,
    reason,
    setReason: (v: string) => (setReason(v), action.clear()),
    revoke,
    busy: action.busy,
    result: action.result,
  };
}
