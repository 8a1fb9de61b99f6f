// publishProject, updateProject, recordActivity, listProjects, getProject and saveProjectEvaluation.
import { randomUUID } from 'node:crypto';
import {
  categoryName,
  MAX_PROJECTS_PER_CATEGORY,
  STAGE_IDS,
  type TGetProjectInput,
  type TListProjectsInput,
  type TListProjectsOutput,
  type TProjectDetail,
  type TPublishProjectInput,
  type TRecordActivityInput,
  type TSaveProjectEvaluationInput,
  type TStage,
  type TUpdateProjectInput,
} from '../../contract';
import type { ProjectRecord } from '../../store/types';
import { actorOf } from '../actors';
import { recordAudit } from '../audit';
import { requireRunsProjects, type Caller, type Identity } from '../auth';
import { shanghaiYear } from '../../contract';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { lockFields, requireUnlocked } from '../locks';
import { byCategory, loadProject, projectDetail, requireRevision, saveOver, summarize } from '../projects';
import { actingAs } from '../who';
import { stageMoved, tell } from '../notifications';
import { requireActivityDay, requireActivityPhotos } from '../activities';

/** A project belongs to the year it is published in; another year's list is history, not a place to add to. */
function publishingYear(asked: number | undefined, deps: Deps): number {
  const year = shanghaiYear(deps.now());
  if (asked !== undefined && asked !== year) {
    const message = `只能发布${year}年的项目`;
    throw new AppError('INVALID_INPUT', message, [{ path: 'year', code: 'custom', message }]);
  }
  return year;
}

export async function publishProject(input: TPublishProjectInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  requireRunsProjects(caller, await requireCommunity(input.communityId, deps));
  const year = publishingYear(input.year, deps);
  await requireUnlocked(input.communityId, year, deps);
  const at = deps.now().toISOString();
  const result = await deps.store.addProject(
    {
      communityId: input.communityId,
      year,
      category: input.category,
      title: input.title,
      summary: input.summary,
      plan: '',
      reflection: '',
      stage: 'needs_research',
      history: [],
      evaluation: null,
      createdBy: caller.openid,
      createdAt: at,
      updatedAt: at,
    },
    MAX_PROJECTS_PER_CATEGORY,
  );
  if (result === 'limit') {
    const [name, max] = [categoryName(input.category), MAX_PROJECTS_PER_CATEGORY];
    throw new AppError('CATEGORY_LIMIT', `本社区今年“${name}”类已有 ${max} 个项目，每类最多 ${max} 个`);
  }
  return projectDetail(result, caller, deps);
}

/** The stage may move one step at a time, either way; a step back needs a reason (kept in the history). */
function stageChange(project: ProjectRecord, to: TStage, reason: string | undefined, caller: Caller, at: string) {
  const step = STAGE_IDS.indexOf(to) - STAGE_IDS.indexOf(project.stage);
  if (Math.abs(step) > 1) throw new AppError('STAGE_ORDER', '项目阶段只能逐步推进或退回一步');
  if (step < 0 && !reason) {
    throw new AppError('INVALID_INPUT', '退回上一阶段需要说明原因', [{ path: 'reason', code: 'custom', message: '请说明退回的原因' }]);
  }
  return { from: project.stage, to, by: caller.openid, who: actingAs(caller, 'worker'), at, reason: reason ?? null };
}

export async function updateProject(input: TUpdateProjectInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const project = await loadProject(input.projectId, deps);
  requireRunsProjects(caller, await requireCommunity(project.communityId, deps));
  requireRevision(project, input.revision);
  await requireUnlocked(project.communityId, project.year, deps);
  const at = deps.now().toISOString();
  const { title, summary, plan, reflection, stage, reason } = input;
  const next: ProjectRecord = {
    ...project,
    title: title ?? project.title,
    summary: summary ?? project.summary,
    plan: plan ?? project.plan,
    reflection: reflection ?? project.reflection,
    updatedAt: at,
  };
  if (stage !== undefined && stage !== project.stage) {
    next.stage = stage;
    next.history = [...project.history, stageChange(project, stage, reason, caller, at)];
  }
  const saved = await saveOver(next, deps);
  if (saved.stage !== project.stage) {
    // Each resident who joined (in any role, once) hears that the project moved.
    const joined = new Set((await deps.store.listParticipants([project.id])).map((p) => p.respondent));
    await tell(
      deps,
      [...joined].map((respondent) => stageMoved(respondent, saved, saved.stage)),
    );
  }
  return projectDetail(saved, caller, deps);
}

export async function recordActivity(input: TRecordActivityInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const project = await loadProject(input.projectId, deps);
  requireRunsProjects(caller, await requireCommunity(project.communityId, deps));
  await requireUnlocked(project.communityId, project.year, deps);
  const { projectId, date, description, servedCount, photos } = input;
  requireActivityDay(date, project, deps);
  await requireActivityPhotos(photos, project, caller, deps);
  await deps.store.addActivity({
    id: randomUUID(),
    projectId,
    date,
    description,
    servedCount,
    recordedBy: caller.openid,
    who: actingAs(caller, 'worker'),
    recordedAt: deps.now().toISOString(),
    photos,
  });
  return projectDetail(project, caller, deps);
}

export async function listProjects(input: TListProjectsInput, _caller: Identity, deps: Deps): Promise<TListProjectsOutput> {
  await requireCommunity(input.communityId, deps);
  const { communityId, year, category } = input;
  const [projects, locks] = await Promise.all([
    deps.store.listProjects({ communityIds: [communityId], year, category }),
    year === undefined ? [] : deps.store.getLocks(year, communityId),
  ]);
  const answer = { projects: await summarize(projects.sort(byCategory), deps) };
  return year === undefined ? answer : { ...answer, lock: lockFields(locks[0]).lock };
}

export async function getProject(input: TGetProjectInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  return projectDetail(await loadProject(input.projectId, deps), caller, deps);
}

export async function saveProjectEvaluation(input: TSaveProjectEvaluationInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const project = await loadProject(input.projectId, deps);
  await requireUnlocked(project.communityId, project.year, deps);
  const evaluation = { aspects: input.aspects, by: caller.openid, who: actingAs(caller, 'evaluator'), at: deps.now().toISOString() };
  const saved = await saveOver({ ...project, evaluation }, deps);
  const { communityId, year, id: projectId } = project;
  const [from, to] = [project.evaluation?.aspects ?? null, input.aspects];
  await recordAudit(deps, actorOf(caller), [{ action: 'evaluation', communityId, year, projectId, target: projectId, from, to }]);
  return projectDetail(saved, caller, deps);
}
