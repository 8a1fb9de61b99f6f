// The cloud API: every call's name with its input and output schema. The cloud functions,
// the local runtime and the app all take the list of calls from here.
import type { z } from 'zod';
import * as identity from './identity';
import * as survey from './survey';
import * as indicators from './indicators';
import * as assessment from './assessment';

export const calls = {
  whoami: { input: identity.WhoamiInput, output: identity.WhoamiOutput },
  listCommunities: { input: identity.ListCommunitiesInput, output: identity.ListCommunitiesOutput },
  assignRole: { input: identity.AssignRoleInput, output: identity.AssignRoleOutput },
  getSurvey: { input: survey.GetSurveyInput, output: survey.GetSurveyOutput },
  submitResponse: { input: survey.SubmitResponseInput, output: survey.SubmitResponseOutput },
  getIndicators: { input: indicators.GetIndicatorsInput, output: indicators.GetIndicatorsOutput },
  recountIndicators: {
    input: indicators.RecountIndicatorsInput,
    output: indicators.RecountIndicatorsOutput,
  },
  getStandard: { input: assessment.GetStandardInput, output: assessment.GetStandardOutput },
  scoreAssessment: { input: assessment.ScoreAssessmentInput, output: assessment.ScoreAssessmentOutput },
  saveAssessment: { input: assessment.SaveAssessmentInput, output: assessment.SaveAssessmentOutput },
  getAssessment: { input: assessment.GetAssessmentInput, output: assessment.GetAssessmentOutput },
  exportScorecards: { input: assessment.ExportScorecardsInput, output: assessment.ExportScorecardsOutput },
} as const;

export type CallName = keyof typeof calls;
export type CallInput<N extends CallName> = z.input<(typeof calls)[N]['input']>;
export type CallOutput<N extends CallName> = z.infer<(typeof calls)[N]['output']>;
export const CALL_NAMES = Object.keys(calls) as CallName[];

export * from './common';
export * from './survey-definition';
export * from './identity';
export * from './survey';
export * from './indicators';
export * from './assessment';
