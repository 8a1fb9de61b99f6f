// Doorstep projects as callers see them: loading, identities per project, and the summary and detail views.
import { createHash } from 'node:crypto';
import { round2 } from '../../rubric';
import {
  canRunProjects,
  canSeeEvaluations,
  CATEGORY_IDS,
  JOIN_ROLE_IDS,
  PROJECT_FEEDBACK_SHOWN,
  type TProjectDetail,
  type TProjectSummary,
} from '../contract';
import type { FeedbackRecord, ParticipantRecord, ProjectRecord } from '../store/types';
import type { Caller, Identity } from './auth';
import { requireCommunity } from './communities';
import type { Deps } from './deps';
import { AppError, notFound } from './errors';
import { shownAs } from './who';
import { fileLinks } from './uploads';

export async function loadProject(projectId: string, deps: Deps): Promise<ProjectRecord> {
  const project = await deps.store.getProject(projectId);
  if (!project) throw notFound('没有这个项目');
  return project;
}

const editConflict = () => new AppError('EDIT_CONFLICT', '项目刚被其他人修改过，请刷新页面，看过最新内容后再修改');

/** Refuses an edit made on a page that loaded an older revision than the stored one. */
export function requireRevision(project: ProjectRecord, loaded: number): void {
  if (loaded !== project.revision) throw editConflict();
}

/** Saves the project over the revision it was read as (someone else's save in between is a 409); answers it as saved. */
export async function saveOver(project: ProjectRecord, deps: Deps): Promise<ProjectRecord> {
  if (!(await deps.store.saveProject(project))) throw editConflict();
  return { ...project, revision: project.revision + 1 };
}

/**
 * A resident's feedback id on one project: derived from the respondent hash and the project, so one
 * resident has one feedback per project, yet ids of one resident on two projects cannot be linked.
 */
export function feedbackIdOf(caller: Identity, projectId: string): string {
  return createHash('sha256').update(`${projectId}\n${caller.respondent}`).digest('hex').slice(0, 32);
}

const CATEGORY_ORDER = new Map<string, number>(CATEGORY_IDS.map((id, i) => [id, i]));
export const byCategory = (a: ProjectRecord, b: ProjectRecord) =>
  CATEGORY_ORDER.get(a.category)! - CATEGORY_ORDER.get(b.category)! || a.id.localeCompare(b.id);

interface Related {
  activities: { projectId: string; servedCount: number }[];
  feedback: FeedbackRecord[];
  participants: ParticipantRecord[];
}

function toSummary(p: ProjectRecord, related: Related): TProjectSummary {
  const activities = related.activities.filter((a) => a.projectId === p.id);
  // Hidden feedback counts: moderation hides words, not votes.
  const ratings = related.feedback.filter((f) => f.projectId === p.id);
  const joined = { volunteer: 0, supervisor: 0, evaluator: 0 };
  for (const x of related.participants) if (x.projectId === p.id) joined[x.role]++;
  const sum = ratings.reduce((s, f) => s + f.rating, 0);
  return {
    id: p.id,
    communityId: p.communityId,
    year: p.year,
    category: p.category,
    title: p.title,
    summary: p.summary,
    stage: p.stage,
    activityCount: activities.length,
    servedTotal: activities.reduce((s, a) => s + a.servedCount, 0),
    rating: { average: ratings.length ? round2(sum / ratings.length) : null, count: ratings.length },
    joined,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    revision: p.revision,
    evaluated: p.evaluation !== null,
  };
}

/** Summaries of these projects from one read each of activities, feedback and participants. */
export async function summarize(projects: ProjectRecord[], deps: Deps): Promise<TProjectSummary[]> {
  const ids = projects.map((p) => p.id);
  const [activities, feedback, participants] = await Promise.all([
    deps.store.listActivities(ids),
    deps.store.listFeedback(ids),
    deps.store.listParticipants(ids),
  ]);
  return projects.map((p) => toSummary(p, { activities, feedback, participants }));
}

type Shown = TProjectDetail['feedback'][number];
function showFeedback(f: FeedbackRecord, manager: boolean): Shown {
  const reply = f.reply ? { text: f.reply.text, ...shownAs(f.reply.who, 'worker'), at: f.reply.at } : null;
  const commentHidden = f.hidden !== null;
  const shown = { id: f.id, rating: f.rating, comment: f.comment, submittedAt: f.submittedAt, reply, commentHidden };
  if (manager) {
    const hidden = f.hidden ? { ...shownAs(f.hidden.who, 'worker'), at: f.hidden.at, reason: f.hidden.reason } : null;
    return { ...shown, hidden };
  }
  return commentHidden ? { ...shown, comment: null, reply: null } : shown;
}
/** The author's own: their words, and when and why they were hidden, but not by whom. */
function showMine(f: FeedbackRecord): NonNullable<TProjectDetail['mine']['feedback']> {
  const { hidden, ...shown } = showFeedback(f, true);
  return { ...shown, hidden: hidden ? { at: hidden.at, reason: hidden.reason } : null };
}
const showEvaluation = ({ aspects, who, at }: NonNullable<ProjectRecord['evaluation']>) => ({ aspects, ...shownAs(who, 'evaluator'), at });
const newestFirst = (a: { submittedAt: string }, b: { submittedAt: string }) => b.submittedAt.localeCompare(a.submittedAt);

/**
 * The newest feedback, as the caller may see it, and how many there are in all. The list is capped
 * because it grows with the community's residents; the rating average above still counts every one.
 */
function shownFeedback(feedback: FeedbackRecord[], manager: boolean): Pick<TProjectDetail, 'feedback' | 'feedbackTotal'> {
  const seen = [...feedback].sort(newestFirst);
  return { feedback: seen.slice(0, PROJECT_FEEDBACK_SHOWN).map((f) => showFeedback(f, manager)), feedbackTotal: seen.length };
}

/** One project as this caller sees it: managers also see hidden feedback; evaluations go to officials and evaluators. */
export async function projectDetail(project: ProjectRecord, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const [activities, feedback, participants, community, locks] = await Promise.all([
    deps.store.listActivities([project.id]),
    deps.store.listFeedback([project.id]),
    deps.store.listParticipants([project.id]),
    requireCommunity(project.communityId, deps),
    deps.store.getLocks(project.year, project.communityId),
  ]);
  const manager = canRunProjects(caller, community);
  const me = caller.respondent;
  const photos = new Map((await fileLinks([...new Set(activities.flatMap((a) => a.photos ?? []))], deps)).map((f) => [f.fileId, f]));
  const myFeedback = feedback.find((f) => f.id === feedbackIdOf(caller, project.id));
  return {
    ...toSummary(project, { activities, feedback, participants }),
    plan: project.plan,
    reflection: project.reflection,
    history: project.history.map(({ from, to, who, at, reason }) => ({ from, to, ...shownAs(who, 'worker'), at, reason })),
    activities: activities.reverse().map(({ id, date, description, servedCount, who, recordedAt, photos: ids = [] }) => {
      const { by, who: shown } = shownAs(who, 'worker');
      const shownPhotos = ids.flatMap((fileId) => photos.get(fileId) ?? []);
      return { id, date, description, servedCount, recordedBy: by, who: shown, recordedAt, photos: shownPhotos };
    }),
    ...shownFeedback(feedback, manager),
    mine: {
      feedback: myFeedback ? showMine(myFeedback) : null,
      joined: JOIN_ROLE_IDS.filter((role) => participants.some((x) => x.role === role && x.respondent === me)),
    },
    evaluation: canSeeEvaluations(caller, community) && project.evaluation ? showEvaluation(project.evaluation) : null,
    canManage: manager,
    locked: locks.some((l) => l.locked),
  };
}
