// Drives the survey screen: loads the round, keeps the answers, submits once.
import { useReducer } from 'react';
import { callCloud } from '../common/api/cloud';
import { useAction } from '../common/hooks/useAction';
import { useCall } from '../common/hooks/useCall';
import { REFUSALS, completeAnswers, flowReducer, initialFlow, type QuestionId } from './flow';

export function useSurvey(communityId: string) {
  const [state, dispatch] = useReducer(flowReducer, initialFlow);
  const survey = useCall(
    'getSurvey',
    { communityId },
    { enabled: communityId !== '', onReady: (s) => dispatch({ type: 'loaded', survey: s }) },
  );
  const action = useAction();

  const submit = async () => {
    const answers = completeAnswers(state.answers);
    if (!answers) return;
    // The survey's opening, signed by getSurvey: sent back so the answer's duration is known (an answer without it still counts).
    const startToken = survey.data?.startToken;
    const accepted = await action.run(() => callCloud('submitResponse', { communityId, answers, ...(startToken ? { startToken } : {}) }), {
      failed: (e) => {
        if (e.code === 'ALREADY_SUBMITTED') dispatch({ type: 'alreadySubmitted' });
        const kind = REFUSALS[e.code];
        if (kind) dispatch({ type: 'refused', refusal: { kind, message: e.message } });
        return e.message;
      },
    });
    if (accepted) dispatch({ type: 'submitted' });
  };

  return {
    load: survey.state,
    retryLoad: survey.reload,
    state,
    submitting: action.busy,
    error: action.result && !action.result.ok ? action.result.message : null,
    start: () => dispatch({ type: 'start' }),
    choose: (question: QuestionId, option: string) => {
      dispatch({ type: 'choose', question, option });
      action.clear();
    },
    next: () => {
      dispatch({ type: 'next' });
      action.clear();
    },
    previous: () => {
      dispatch({ type: 'previous' });
      action.clear();
    },
    submit,
  };
}
