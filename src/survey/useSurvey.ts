// Drives the survey screen: loads the round, keeps the answers, submits once.
import { useCallback, useEffect, useReducer } from 'react';
import { asApiCallError, callCloud } from '../api/cloud';
import { completeAnswers, flowReducer, initialFlow, type QuestionId } from './flow';

export function useSurvey(communityId: string) {
  const [state, dispatch] = useReducer(flowReducer, initialFlow);
  const [attempt, retryLoad] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!communityId) return undefined;
    let live = true;
    dispatch({ type: 'load' });
    callCloud('getSurvey', { communityId }).then(
      (survey) => live && dispatch({ type: 'loaded', survey }),
      (e: unknown) => live && dispatch({ type: 'loadFailed', message: asApiCallError(e).message }),
    );
    return () => {
      live = false;
    };
  }, [communityId, attempt]);

  const submit = useCallback(async () => {
    const answers = completeAnswers(state.answers);
    if (!answers || state.submitting) return;
    dispatch({ type: 'submitStarted' });
    try {
      await callCloud('submitResponse', { communityId, answers });
      dispatch({ type: 'submitted' });
    } catch (e) {
      const err = asApiCallError(e);
      if (err.code === 'ALREADY_SUBMITTED') dispatch({ type: 'alreadySubmitted' });
      else dispatch({ type: 'submitFailed', message: err.message });
    }
  }, [communityId, state.answers, state.submitting]);

  return {
    state,
    retryLoad,
    start: () => dispatch({ type: 'start' }),
    choose: (question: QuestionId, option: string) => dispatch({ type: 'choose', question, option }),
    next: () => dispatch({ type: 'next' }),
    previous: () => dispatch({ type: 'previous' }),
    submit,
  };
}
