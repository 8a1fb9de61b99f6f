// The survey screen's steps as a pure reducer: note → one question per screen → submit → thanks.
import { SURVEY_QUESTIONS, type QuestionDefinition } from '../../cloud/contract/rules';
import type { TAnswers, TGetSurveyOutput } from '../../cloud/contract';

export type QuestionId = QuestionDefinition['id'];
export type Phase = 'loading' | 'loadFailed' | 'intro' | 'question' | 'thanks' | 'answered';

export interface FlowState {
  phase: Phase;
  survey: TGetSurveyOutput | null;
  index: number; // which question is on screen
  answers: Partial<Record<QuestionId, string>>;
  submitting: boolean;
  error: string | null;
}

export type FlowAction =
  | { type: 'load' }
  | { type: 'loaded'; survey: TGetSurveyOutput }
  | { type: 'loadFailed'; message: string }
  | { type: 'start' }
  | { type: 'choose'; question: QuestionId; option: string }
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'submitStarted' }
  | { type: 'submitted' }
  | { type: 'submitFailed'; message: string }
  | { type: 'alreadySubmitted' };

export const QUESTIONS = SURVEY_QUESTIONS;

export const initialFlow: FlowState = {
  phase: 'loading',
  survey: null,
  index: 0,
  answers: {},
  submitting: false,
  error: null,
};

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
    case 'load':
      return { ...initialFlow };
    case 'loaded':
      return {
        ...state,
        survey: action.survey,
        phase: action.survey.alreadyAnswered ? 'answered' : 'intro',
        error: null,
      };
    case 'loadFailed':
      return { ...state, phase: 'loadFailed', error: action.message };
    case 'start':
      return { ...state, phase: 'question', index: 0 };
    case 'choose':
      return { ...state, answers: { ...state.answers, [action.question]: action.option }, error: null };
    case 'next':
      if (!state.answers[currentQuestion(state).id] || isLastQuestion(state)) return state;
      return { ...state, index: state.index + 1, error: null };
    case 'previous':
      if (state.index === 0) return { ...state, phase: 'intro', error: null };
      return { ...state, index: state.index - 1, error: null };
    case 'submitStarted':
      return { ...state, submitting: true, error: null };
    case 'submitted':
      return { ...state, submitting: false, phase: 'thanks' };
    case 'submitFailed':
      return { ...state, submitting: false, error: action.message };
    case 'alreadySubmitted':
      return { ...state, submitting: false, phase: 'answered' };
    default:
      return state;
  }
}
