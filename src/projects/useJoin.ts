// A resident joins a project as 志愿者, 监督者 or 评价者, or leaves that role again.
import { useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { joinRoleName, type TJoinRole } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { RESIDENTS_TEXT } from '../text/residents';
import { useConsent } from '../notify/useConsent';

export function useJoin(project: TProjectDetail | null, apply: (next: TProjectDetail) => void) {
  const action = useAction();
  const askConsent = useConsent();
  const [busyRole, setBusyRole] = useState<TJoinRole | null>(null);

  const toggle = async (role: TJoinRole) => {
    if (!project || action.busy) return;
    const leaving = project.mine.joined.includes(role);
    if (!leaving) askConsent();
    const name = joinRoleName(role);
    setBusyRole(role);
    const next = await action.run(() => callCloud(leaving ? 'leaveProject' : 'joinProject', { projectId: project.id, as: role }), {
      done: () => (leaving ? RESIDENTS_TEXT.left(name) : RESIDENTS_TEXT.joined(name)),
      failed: (e) => e.message,
    });
    setBusyRole(null);
    if (next) apply(next);
  };

  return { busyRole: action.busy ? busyRole : null, result: action.result, toggle };
}
