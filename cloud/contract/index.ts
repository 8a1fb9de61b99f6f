// The cloud API: every call's name with its input and output schema. The cloud functions,
// the local runtime and the app all take the list of calls from here.
import type { z } from 'zod';
import * as identity from './identity';
import * as survey from './survey';
import * as indicators from './indicators';
import * as assessment from './assessment';
import * as projects from './projects';
import * as participation from './participation';

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
  listAssessments: { input: assessment.ListAssessmentsInput, output: assessment.ListAssessmentsOutput },
  exportScorecards: { input: assessment.ExportScorecardsInput, output: assessment.ExportScorecardsOutput },
  publishProject: { input: projects.PublishProjectInput, output: projects.PublishProjectOutput },
  updateProject: { input: projects.UpdateProjectInput, output: projects.UpdateProjectOutput },
  recordActivity: { input: projects.RecordActivityInput, output: projects.RecordActivityOutput },
  listProjects: { input: projects.ListProjectsInput, output: projects.ListProjectsOutput },
  getProject: { input: projects.GetProjectInput, output: projects.GetProjectOutput },
  saveProjectEvaluation: { input: projects.SaveProjectEvaluationInput, output: projects.SaveProjectEvaluationOutput },
  submitFeedback: { input: participation.SubmitFeedbackInput, output: participation.SubmitFeedbackOutput },
  replyFeedback: { input: participation.ReplyFeedbackInput, output: participation.ReplyFeedbackOutput },
  hideFeedback: { input: participation.HideFeedbackInput, output: participation.HideFeedbackOutput },
  joinProject: { input: participation.JoinProjectInput, output: participation.JoinProjectOutput },
  leaveProject: { input: participation.LeaveProjectInput, output: participation.LeaveProjectOutput },
  submitNeed: { input: participation.SubmitNeedInput, output: participation.SubmitNeedOutput },
  listNeeds: { input: participation.ListNeedsInput, output: participation.ListNeedsOutput },
  listMyNeeds: { input: participation.ListMyNeedsInput, output: participation.ListMyNeedsOutput },
  linkNeed: { input: participation.LinkNeedInput, output: participation.LinkNeedOutput },
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
export * from './projects';
export * from './participation';
