// The survey screen's steps as a pure reducer: note → one question per screen → thanks (or "already answered").
import { SURVEY_QUESTIONS, type QuestionDefinition } from '../../cloud/contract/rules';
import { SURVEY_RULES_TEXT } from '../text/survey-rules';
import type { TAnswers, TGetSurveyOutput } from '../../cloud/contract';

export type QuestionId = QuestionDefinition['id'];
export type Phase = 'intro' | 'question' | 'thanks' | 'answered' | 'refused';

/** Why the survey cannot be answered here: another community this year, staff of this one, or the round closed. */
export interface Refusal {
  kind: 'elsewhere' | 'closed' | 'ineligible';
  /** What the resident reads (the server's messages are user-ready Chinese). */
  message: string;
}

export interface FlowState {
  phase: Phase;
  index: number; // which question is on screen
  answers: Partial<Record<QuestionId, string>>;
  refusal?: Refusal;
}

export type FlowAction =
  | { type: 'loaded'; survey: TGetSurveyOutput }
  | { type: 'start' }
  | { type: 'choose'; question: QuestionId; option: string }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'submitted' }
  | { type: 'alreadySubmitted' }
  | { type: 'refused'; refusal: Refusal };

/** The submitResponse refusals that end the survey, by error code. */
export const REFUSALS: Record<string, Refusal['kind']> = {
  ANSWERED_ELSEWHERE: 'elsewhere',
  ROUND_CLOSED: 'closed',
  STAFF_NOT_ELIGIBLE: 'ineligible',
};

export const QUESTIONS = SURVEY_QUESTIONS;

export const initialFlow: FlowState = { phase: 'intro', index: 0, answers: {} };

/** The answers as the API takes them, or null while any question is unanswered. */
export function completeAnswers(answers: FlowState['answers']): TAnswers | null {
  const valid = QUESTIONS.every((q) => q.options.some((o) => o.id === answers[q.id]));
  return valid ? (answers as TAnswers) : null;
}

export function currentQuestion(state: FlowState): QuestionDefinition {
  return QUESTIONS[state.index];
}

function isLastQuestion(state: FlowState): boolean {
  return state.index === QUESTIONS.length - 1;
}

export function flowReducer(state: FlowState, action: FlowAction): FlowState {
  switch (action.type) {
    case 'loaded': {
      const { alreadyAnswered, answeredElsewhere, roundClosed } = action.survey;
      if (alreadyAnswered) return { ...initialFlow, phase: 'answered' };
      if (roundClosed) return { ...initialFlow, phase: 'refused', refusal: { kind: 'closed', message: SURVEY_RULES_TEXT.closed } };
      if (answeredElsewhere) {
        return {
          ...initialFlow,
          phase: 'refused',
          refusal: { kind: 'elsewhere', message: SURVEY_RULES_TEXT.elsewhere(answeredElsewhere.name) },
        };
      }
      return { ...initialFlow, phase: 'intro' };
    }
    case 'start':
      return { ...state, phase: 'question', index: 0 };
    case 'choose':
      return { ...state, answers: { ...state.answers, [action.question]: action.option } };
    case 'next':
      if (!state.answers[currentQuestion(state).id] || isLastQuestion(state)) return state;
      return { ...state, index: state.index + 1 };
    case 'previous':
      if (state.index === 0) return { ...state, phase: 'intro' };
      return { ...state, index: state.index - 1 };
    case 'submitted':
      return { ...state, phase: 'thanks' };
    case 'alreadySubmitted':
      return { ...state, phase: 'answered' };
    case 'refused':
      return { ...state, phase: 'refused', refusal: action.refusal };
    default:
      return state;
  }
}
