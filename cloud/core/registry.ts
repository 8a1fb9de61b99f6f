// Every call of the cloud API, one row each: its input and output schemas, its handler, who may call it,
// and what the cloud function needs for it. The door (api.ts), the cloud build and its tests all read this table.
import type { z } from 'zod';
import {
  canAssignRoles,
  canEditRegistry,
  canEvaluateProjects,
  canInviteStaff,
  canListStaff,
  canReadAuditLog,
  canRecount,
  canScore,
  canTrialScore,
  isStaff,
  type Actor,
} from '../contract';
import * as assessment from '../contract/assessment';
import * as audit from '../contract/audit';
import * as consoleCalls from '../contract/console';
import * as activities from '../contract/activities';
import * as evidence from '../contract/evidence';
import * as fieldwork from '../contract/fieldwork';
import * as identity from '../contract/identity';
import * as mydata from '../contract/mydata';
import * as indicators from '../contract/indicators';
import * as participation from '../contract/participation';
import * as poster from '../contract/poster';
import * as projects from '../contract/projects';
import * as registry from '../contract/registry';
import * as staff from '../contract/staff';
import * as stages from '../contract/stages';
import * as survey from '../contract/survey';
import type { Caller, Identity } from './auth';
import type { Deps } from './deps';
import * as h from './handlers';

/** A rule on the caller alone, checked before the handler runs; rules about a community are the handler's. */
export interface Rule {
  allows: (actor: Actor) => boolean;
  refusal: string;
}
const ADMINS: Rule = { allows: canAssignRoles, refusal: '只有管理员可以进行此操作' };
const RECOUNTERS: Rule = { allows: canRecount, refusal: '只有管理员可以重新统计' };
const SCORERS: Rule = { allows: canScore, refusal: '只有民政部门工作人员可以进行测评' };
const STAFF: Rule = { allows: canTrialScore, refusal: '只有社区工作者、民政部门和第三方评估人员可以试算得分' };
const AUDITORS: Rule = { allows: canReadAuditLog, refusal: '只有民政部门和管理员可以查看审计记录' };
const EVALUATORS: Rule = { allows: canEvaluateProjects, refusal: '只有第三方评估人员可以录入项目评估' };
const REGISTRARS: Rule = { allows: canEditRegistry, refusal: '只有管理员、市级和县（区）民政部门可以登记社区' };
const INVITERS: Rule = { allows: canInviteStaff, refusal: '只有管理员、市级和县（区）民政部门可以邀请工作人员' };
const STAFF_LISTERS: Rule = { allows: canListStaff, refusal: '只有管理员和民政部门可以管理工作人员' };
const ANY_STAFF: Rule = { allows: isStaff, refusal: '只有工作人员可以生成问卷海报' };

/** What the one cloud function must install and be granted for the call, beyond wx-server-sdk (the build takes the union). */
export interface CloudNeeds {
  /** Packages left out of the bundle, installed by WeChat from the function's package.json. */
  dependencies?: readonly string[];
  /** openapi permissions of the function's config.json. */
  openapi?: readonly string[];
}
/** Residents' text passes WeChat's content check (core/content-check.ts). */
const CHECKS_TEXT: CloudNeeds = { openapi: ['security.msgSecCheck'] };
/** A 小程序码 made by wxacode.getUnlimited (cloud/wx/codes.ts). */
const MAKES_CODES: CloudNeeds = { openapi: ['wxacode.getUnlimited'] };
/** Tells residents by subscribe message (cloud/wx/notifier.ts). */
const NOTIFIES: CloudNeeds = { openapi: ['subscribeMessage.send'] };

type Run<I extends z.ZodType, O extends z.ZodType, C> = (input: z.output<I>, caller: C, deps: Deps) => Promise<z.output<O>>;

export interface CallRow<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** 'identity': the handler needs no roles, so none are read (one store read saved on every such call). */
  caller: 'identity' | 'roles';
  who: Rule | null;
  run: Run<I, O, Caller>;
  cloud: CloudNeeds;
}

/** A call any signed-in person may make whose handler looks at no role. */
function open<I extends z.ZodType, O extends z.ZodType>(row: {
  input: I;
  output: O;
  run: Run<I, O, Identity>;
  cloud?: CloudNeeds;
}): CallRow<I, O> {
  return { ...row, caller: 'identity', who: null, cloud: row.cloud ?? {} };
}
/** A call whose handler reads the caller's roles; `who`, when given, must allow the caller first. */
function withRoles<I extends z.ZodType, O extends z.ZodType>(row: {
  input: I;
  output: O;
  who?: Rule;
  run: Run<I, O, Caller>;
  cloud?: CloudNeeds;
}): CallRow<I, O> {
  return { ...row, caller: 'roles', who: row.who ?? null, cloud: row.cloud ?? {} };
}

export const CALLS = {
  whoami: withRoles({ input: identity.WhoamiInput, output: identity.WhoamiOutput, run: h.whoami }),
  // Open: residents choose their community from it. With `mine` the handler reads the caller's roles itself.
  listCommunities: open({ input: identity.ListCommunitiesInput, output: identity.ListCommunitiesOutput, run: h.listCommunities }),
  assignRole: withRoles({ input: identity.AssignRoleInput, output: identity.AssignRoleOutput, who: ADMINS, run: h.assignRole }),

  saveCommunity: withRoles({
    input: registry.SaveCommunityInput,
    output: registry.SaveCommunityOutput,
    who: REGISTRARS,
    run: h.saveCommunity,
  }),
  importCommunities: withRoles({
    input: registry.ImportCommunitiesInput,
    output: registry.ImportCommunitiesOutput,
    who: REGISTRARS,
    run: h.importCommunities,
  }),

  createInvitation: withRoles({
    input: staff.CreateInvitationInput,
    output: staff.CreateInvitationOutput,
    who: INVITERS,
    run: h.createInvitation,
    cloud: MAKES_CODES,
  }),
  claimInvitation: open({ input: staff.ClaimInvitationInput, output: staff.ClaimInvitationOutput, run: h.claimInvitation }),
  listStaff: withRoles({ input: staff.ListStaffInput, output: staff.ListStaffOutput, who: STAFF_LISTERS, run: h.listStaff }),
  revokeRole: withRoles({ input: staff.RevokeRoleInput, output: staff.RevokeRoleOutput, who: STAFF_LISTERS, run: h.revokeRole }),
  getCommunityPoster: withRoles({
    input: poster.GetCommunityPosterInput,
    output: poster.GetCommunityPosterOutput,
    who: ANY_STAFF,
    run: h.getCommunityPoster,
    cloud: MAKES_CODES,
  }),

  getSurvey: open({ input: survey.GetSurveyInput, output: survey.GetSurveyOutput, run: h.getSurvey }),
  // Reads the caller's role (one round trip) to refuse a community's own workers (STAFF_NOT_ELIGIBLE).
  submitResponse: withRoles({ input: survey.SubmitResponseInput, output: survey.SubmitResponseOutput, run: h.submitResponse }),
  getIndicators: withRoles({ input: indicators.GetIndicatorsInput, output: indicators.GetIndicatorsOutput, run: h.getIndicators }),
  recountIndicators: withRoles({
    input: indicators.RecountIndicatorsInput,
    output: indicators.RecountIndicatorsOutput,
    who: RECOUNTERS,
    run: h.recountIndicators,
  }),

  getStandard: open({ input: assessment.GetStandardInput, output: assessment.GetStandardOutput, run: h.getStandard }),
  scoreAssessment: withRoles({
    input: assessment.ScoreAssessmentInput,
    output: assessment.ScoreAssessmentOutput,
    who: STAFF,
    run: h.scoreAssessment,
  }),
  saveAssessment: withRoles({
    input: assessment.SaveAssessmentInput,
    output: assessment.SaveAssessmentOutput,
    who: SCORERS,
    run: h.saveAssessment,
  }),
  getAssessment: withRoles({ input: assessment.GetAssessmentInput, output: assessment.GetAssessmentOutput, run: h.getAssessment }),
  listAssessments: withRoles({
    input: assessment.ListAssessmentsInput,
    output: assessment.ListAssessmentsOutput,
    who: SCORERS,
    run: h.listAssessments,
  }),
  exportScorecards: withRoles({
    input: assessment.ExportScorecardsInput,
    output: assessment.ExportScorecardsOutput,
    who: SCORERS,
    run: h.exportScorecards,
    cloud: { dependencies: ['exceljs'] },
  }),

  finalizeAssessment: withRoles({
    input: stages.FinalizeAssessmentInput,
    output: stages.FinalizeAssessmentOutput,
    who: SCORERS,
    run: h.finalizeAssessment,
  }),
  reopenAssessment: withRoles({
    input: stages.ReopenAssessmentInput,
    output: stages.ReopenAssessmentOutput,
    who: ADMINS,
    run: h.reopenAssessment,
  }),
  getAssessmentSnapshots: withRoles({
    input: stages.GetAssessmentSnapshotsInput,
    output: stages.GetAssessmentSnapshotsOutput,
    run: h.getAssessmentSnapshots,
  }),
  getAuditLog: withRoles({ input: audit.GetAuditLogInput, output: audit.GetAuditLogOutput, who: AUDITORS, run: h.getAuditLog }),

  publishProject: withRoles({ input: projects.PublishProjectInput, output: projects.PublishProjectOutput, run: h.publishProject }),
  updateProject: withRoles({
    input: projects.UpdateProjectInput,
    output: projects.UpdateProjectOutput,
    run: h.updateProject,
    cloud: NOTIFIES,
  }),
  recordActivity: withRoles({ input: projects.RecordActivityInput, output: projects.RecordActivityOutput, run: h.recordActivity }),
  listProjects: open({ input: projects.ListProjectsInput, output: projects.ListProjectsOutput, run: h.listProjects }),
  getProject: withRoles({ input: projects.GetProjectInput, output: projects.GetProjectOutput, run: h.getProject }),
  saveProjectEvaluation: withRoles({
    input: projects.SaveProjectEvaluationInput,
    output: projects.SaveProjectEvaluationOutput,
    who: EVALUATORS,
    run: h.saveProjectEvaluation,
  }),

  submitFeedback: withRoles({
    input: participation.SubmitFeedbackInput,
    output: participation.SubmitFeedbackOutput,
    run: h.submitFeedback,
    cloud: CHECKS_TEXT,
  }),
  replyFeedback: withRoles({
    input: participation.ReplyFeedbackInput,
    output: participation.ReplyFeedbackOutput,
    run: h.replyFeedback,
    cloud: NOTIFIES,
  }),
  hideFeedback: withRoles({ input: participation.HideFeedbackInput, output: participation.HideFeedbackOutput, run: h.hideFeedback }),
  unhideFeedback: withRoles({
    input: participation.UnhideFeedbackInput,
    output: participation.UnhideFeedbackOutput,
    run: h.unhideFeedback,
  }),
  joinProject: withRoles({ input: participation.JoinProjectInput, output: participation.JoinProjectOutput, run: h.joinProject }),
  leaveProject: withRoles({ input: participation.LeaveProjectInput, output: participation.LeaveProjectOutput, run: h.leaveProject }),
  submitNeed: open({ input: participation.SubmitNeedInput, output: participation.SubmitNeedOutput, run: h.submitNeed, cloud: CHECKS_TEXT }),
  listNeeds: withRoles({ input: participation.ListNeedsInput, output: participation.ListNeedsOutput, run: h.listNeeds }),
  listMyNeeds: open({ input: participation.ListMyNeedsInput, output: participation.ListMyNeedsOutput, run: h.listMyNeeds }),

  // The officials' console (issue #10): scope and level are judged in the handlers (canReadRollup, canReadIndicators).
  getRollup: withRoles({ input: consoleCalls.GetRollupInput, output: consoleCalls.GetRollupOutput, run: h.getRollup }),
  getTrend: withRoles({ input: consoleCalls.GetTrendInput, output: consoleCalls.GetTrendOutput, run: h.getTrend }),
  getCityProgress: withRoles({
    input: consoleCalls.GetCityProgressInput,
    output: consoleCalls.GetCityProgressOutput,
    run: h.getCityProgress,
  }),
  getGradeOutlook: withRoles({
    input: consoleCalls.GetGradeOutlookInput,
    output: consoleCalls.GetGradeOutlookOutput,
    run: h.getGradeOutlook,
  }),
  linkNeed: withRoles({ input: participation.LinkNeedInput, output: participation.LinkNeedOutput, run: h.linkNeed, cloud: NOTIFIES }),

  getNotificationSettings: open({
    input: mydata.GetNotificationSettingsInput,
    output: mydata.GetNotificationSettingsOutput,
    run: h.getNotificationSettings,
  }),
  allowNotifications: open({ input: mydata.AllowNotificationsInput, output: mydata.AllowNotificationsOutput, run: h.allowNotifications }),
  listMessages: open({ input: mydata.ListMessagesInput, output: mydata.ListMessagesOutput, run: h.listMessages }),
  markMessagesRead: open({ input: mydata.MarkMessagesReadInput, output: mydata.MarkMessagesReadOutput, run: h.markMessagesRead }),
  getMyData: open({ input: mydata.GetMyDataInput, output: mydata.GetMyDataOutput, run: h.getMyData }),
  withdrawNeed: open({ input: mydata.WithdrawNeedInput, output: mydata.WithdrawOutput, run: h.withdrawNeed }),
  withdrawFeedback: open({ input: mydata.WithdrawFeedbackInput, output: mydata.WithdrawOutput, run: h.withdrawFeedback }),
  withdrawResponse: open({ input: mydata.WithdrawResponseInput, output: mydata.WithdrawOutput, run: h.withdrawResponse }),

  // Evidence per item (网络报送) and uploads; activities corrected or removed.
  registerFile: withRoles({ input: evidence.RegisterFileInput, output: evidence.RegisterFileOutput, run: h.registerFile }),
  submitEvidence: withRoles({ input: evidence.SubmitEvidenceInput, output: evidence.SubmitEvidenceOutput, run: h.submitEvidence }),
  listEvidence: withRoles({ input: evidence.ListEvidenceInput, output: evidence.ListEvidenceOutput, run: h.listEvidence }),
  reviewEvidence: withRoles({ input: evidence.ReviewEvidenceInput, output: evidence.ReviewEvidenceOutput, run: h.reviewEvidence }),
  updateActivity: withRoles({ input: activities.UpdateActivityInput, output: activities.UpdateActivityOutput, run: h.updateActivity }),
  removeActivity: withRoles({ input: activities.RemoveActivityInput, output: activities.RemoveActivityOutput, run: h.removeActivity }),

  // Fieldwork: the community's workers enter its households' answers (the handlers check the community).
  submitAssistedResponse: withRoles({
    input: fieldwork.SubmitAssistedResponseInput,
    output: fieldwork.SubmitAssistedResponseOutput,
    run: h.submitAssistedResponse,
  }),
  submitPaperResponse: withRoles({
    input: fieldwork.SubmitPaperResponseInput,
    output: fieldwork.SubmitPaperResponseOutput,
    run: h.submitPaperResponse,
  }),
  getQualityReport: withRoles({
    input: fieldwork.GetQualityReportInput,
    output: fieldwork.GetQualityReportOutput,
    run: h.getQualityReport,
  }),
  checkHousehold: withRoles({
    input: fieldwork.CheckHouseholdInput,
    output: fieldwork.CheckHouseholdOutput,
    run: h.checkHousehold,
  }),
};

export type Calls = typeof CALLS;
export type CallName = keyof Calls;
/** What the app sends: the schema's input type (defaults may be left out). */
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;
export const CALL_NAMES = Object.keys(CALLS) as CallName[];
export const isCallName = (name: string): name is CallName => Object.prototype.hasOwnProperty.call(CALLS, name);
