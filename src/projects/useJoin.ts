// A resident joins a project as 志愿者, 监督者 or 评价者, or leaves that role again.
import { useState } from 'react';
import type { TProjectDetail } from '../../cloud/contract';
import { isMobile, joinRoleName, normalizePhone, type TJoinRole } from '../../cloud/contract/rules';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { RESIDENTS_TEXT } from '../text/residents';
import { useConsent } from '../notify/useConsent';

export function useJoin(project: TProjectDetail | null, apply: (next: TProjectDetail) => void) {
  const action = useAction();
  const askConsent = useConsent();
  const [busyRole, setBusyRole] = useState<TJoinRole | null>(null);

  /** `contact`: a volunteer's phone number, sent only when typed and with their consent (checked here as the server does). */
  const toggle = async (role: TJoinRole, contact?: { phone: string; consent: boolean }) => {
    if (!project || action.busy) return;
    const leaving = project.mine.joined.includes(role);
    if (!leaving) askConsent();
    const name = joinRoleName(role);
    const phone = !leaving && role === 'volunteer' && contact && contact.phone.trim() !== '' ? contact : null;
    if (phone && !isMobile(phone.phone)) return action.refuse(RESIDENTS_TEXT.badPhone);
    if (phone && !phone.consent) return action.refuse(RESIDENTS_TEXT.phoneConsentFirst);
    const input = { projectId: project.id, as: role, ...(phone ? { phone: normalizePhone(phone.phone), phoneConsent: true } : {}) };
    setBusyRole(role);
    const next = await action.run(
      () => (leaving ? callCloud('leaveProject', { projectId: project.id, as: role }) : callCloud('joinProject', input)),
      {
        done: () => (leaving ? RESIDENTS_TEXT.left(name) : RESIDENTS_TEXT.joined(name)),
        failed: (e) => e.message,
      },
    );
    setBusyRole(null);
    if (next) apply(next);
  };

  return { busyRole: action.busy ? busyRole : null, result: action.result, toggle };
}
