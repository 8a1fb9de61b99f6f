// Drives 入户代填: the household and the resident's oral consent, then the two questions one a screen (the resident's
// own survey flow, src/survey/flow.ts), then the next household. The household is checked with the contract's schema,
// then with checkHousehold (answered already this round?) before any question; the submit-time 409 stays the last guard.
import { useReducer, useState } from 'react';
import { Household } from '../../cloud/contract/fieldwork';
import { callCloud } from '../common/api/cloud';
import { check, type FieldErrors } from '../common/formCheck';
import { useAction } from '../common/hooks/useAction';
import { useCall } from '../common/hooks/useCall';
import { completeAnswers, flowReducer, initialFlow, type QuestionId } from '../survey/flow';
import { FIELDWORK_TEXT } from '../text/fieldwork';

export interface HouseholdDraft {
  building: string;
  unit: string;
  room: string;
}
const EMPTY: HouseholdDraft = { building: '', unit: '', room: '' };

/** What came of the last household: recorded, or refused as answered already (HOUSEHOLD_ANSWERED). */
export type AssistedOutcome = { kind: 'recorded' | 'answered'; message: string } | null;

/**
 * One household's interview; the page mounts a fresh one for the next household (so a new startToken is read).
 * `onRecorded` hears each household recorded.
 */
export function useAssistedInterview(communityId: string, onRecorded: () => void) {
  // getSurvey on the worker's phone: the round (closed or not) and a fresh startToken for each household.
  const survey = useCall('getSurvey', { communityId }, { enabled: communityId !== '' });
  const [flow, dispatch] = useReducer(flowReducer, initialFlow);
  const [household, setHousehold] = useState<HouseholdDraft>(EMPTY);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<AssistedOutcome>(null);
  const action = useAction();
  // checkHousehold before the questions: a household that answered already is told so before the resident answers.
  const lookup = useAction();

  const start = async () => {
    const checked = check(Household, household);
    const found: FieldErrors = checked.ok ? {} : { ...checked.errors };
    if (!consent) found.consent = FIELDWORK_TEXT.consentFirst;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const seen = await lookup.run(() => callCloud('checkHousehold', { communityId, household }), { failed: (e) => e.message });
    if (!seen) return;
    if (seen.answered) {
      lookup.refuse(FIELDWORK_TEXT.householdAnsweredBefore);
      return;
    }
    dispatch({ type: 'start' });
  };

  const submit = async () => {
    const answers = completeAnswers(flow.answers);
    if (!answers) return;
    const startToken = survey.data?.startToken;
    const line = FIELDWORK_TEXT.householdLine(household.building, household.unit, household.room);
    const done = await action.run(
      () => callCloud('submitAssistedResponse', { communityId, household, answers, consent: true, ...(startToken ? { startToken } : {}) }),
      {
        failed: (e) => {
          if (e.code === 'HOUSEHOLD_ANSWERED') setOutcome({ kind: 'answered', message: e.message });
          return e.message;
        },
      },
    );
    if (!done) return;
    onRecorded();
    setOutcome({ kind: 'recorded', message: FIELDWORK_TEXT.recorded(line) });
    dispatch({ type: 'submitted' });
  };

  /** Back from a refusal to correct the household, keeping what was typed and chosen. */
  const editHousehold = () => {
    setOutcome(null);
    action.clear();
    for (let i = 0; i <= flow.index; i++) dispatch({ type: 'previous' });
  };

  return {
    load: survey.state,
    retryLoad: survey.reload,
    flow,
    household,
    setHousehold: (change: Partial<HouseholdDraft>) => {
      setHousehold((h) => ({ ...h, ...change }));
      lookup.clear();
    },
    consent,
    toggleConsent: () => setConsent((c) => !c),
    errors,
    outcome,
    /** checkHousehold is running: the start button waits. */
    checking: lookup.busy,
    /** Why the questions did not start: the household answered already, or the check failed. */
    householdError: lookup.result && !lookup.result.ok ? lookup.result.message : null,
    submitting: action.busy,
    error: action.result && !action.result.ok ? action.result.message : null,
    start,
    choose: (question: QuestionId, option: string) => {
      dispatch({ type: 'choose', question, option });
      action.clear();
    },
    nextQuestion: () => dispatch({ type: 'next' }),
    previous: () => dispatch({ type: 'previous' }),
    submit,
    editHousehold,
  };
}
