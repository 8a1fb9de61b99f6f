// The assessment's stages on the page: record a 阶段评估 or the 终期验收, reopen a locked year (admins), each saying what came of it.
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import type { TAssessment } from '../../cloud/contract/assessment';
import { STAGES_TEXT } from '../text/stages';

export function useStages(communityId: string, year: number, onAssessment: (next: TAssessment) => void) {
  const action = useAction();

  const finalize = async (stage: 'interim' | 'final') => {
    const answer = await action.run(() => callCloud('finalizeAssessment', { communityId, year, stage }), {
      done: () => (stage === 'final' ? STAGES_TEXT.finalDone : STAGES_TEXT.interimDone),
      failed: (e) => STAGES_TEXT.stageFailed(e.message),
    });
    if (answer) onAssessment(answer.assessment);
    return answer !== undefined;
  };

  const reopen = async (reason: string) => {
    if (reason.trim() === '') return void action.refuse(STAGES_TEXT.reopenNeedsReason);
    const answer = await action.run(() => callCloud('reopenAssessment', { communityId, year, reason: reason.trim() }), {
      done: () => STAGES_TEXT.reopenDone,
      failed: (e) => STAGES_TEXT.reopenFailed(e.message),
    });
    if (answer) onAssessment(answer);
    return answer !== undefined;
  };

  return { finalize, reopen, busy: action.busy, result: action.result, refuse: action.refuse };
}
