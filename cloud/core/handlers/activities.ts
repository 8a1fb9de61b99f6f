// updateActivity and removeActivity: a worker corrects or removes an activity, with a reason; the audit log keeps
// who, why and what it was. Both 409 LOCKED on a locked year.
import type { TProjectDetail, TRemoveActivityInput, TUpdateActivityInput } from '../../contract';
import type { ActivityRecord, AuditValue } from '../../store/types';
import { requireActivityDay, requireActivityPhotos } from '../activities';
import { actorOf } from '../actors';
import { recordAudit } from '../audit';
import { requireRunsProjects, type Caller } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { notFound } from '../errors';
import { requireUnlocked } from '../locks';
import { loadProject, projectDetail } from '../projects';

async function loadActivity(projectId: string, activityId: string, deps: Deps): Promise<ActivityRecord> {
  const activity = await deps.store.getActivity(activityId);
  if (!activity || activity.projectId !== projectId) throw notFound('这个项目没有这条活动记录');
  return activity;
}

/** What the log keeps of an activity: what residents saw. */
const logged = (a: ActivityRecord): AuditValue => ({
  date: a.date,
  description: a.description,
  servedCount: a.servedCount,
  photos: a.photos ?? [],
});

export async function updateActivity(input: TUpdateActivityInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const project = await loadProject(input.projectId, deps);
  requireRunsProjects(caller, await requireCommunity(project.communityId, deps));
  await requireUnlocked(project.communityId, project.year, deps);
  const before = await loadActivity(project.id, input.activityId, deps);
  requireActivityDay(input.date, project, deps);
  await requireActivityPhotos(input.photos, project, caller, deps);
  const { date, description, servedCount, photos, reason } = input;
  const after: ActivityRecord = { ...before, date, description, servedCount, photos };
  if (!(await deps.store.updateActivity(after))) throw notFound('这条活动记录刚被删除');
  const { communityId, year, id: projectId } = project;
  await recordAudit(deps, actorOf(caller), [
    { action: 'activity_edit', communityId, year, projectId, target: before.id, from: logged(before), to: logged(after), reason },
  ]);
  return projectDetail(project, caller, deps);
}

export async function removeActivity(input: TRemoveActivityInput, caller: Caller, deps: Deps): Promise<TProjectDetail> {
  const project = await loadProject(input.projectId, deps);
  requireRunsProjects(caller, await requireCommunity(project.communityId, deps));
  await requireUnlocked(project.communityId, project.year, deps);
  const before = await loadActivity(project.id, input.activityId, deps);
  if (!(await deps.store.removeActivity(before.id))) throw notFound('这条活动记录已被删除');
  const { communityId, year, id: projectId } = project;
  await recordAudit(deps, actorOf(caller), [
    { action: 'activity_remove', communityId, year, projectId, target: before.id, from: logged(before), to: null, reason: input.reason },
  ]);
  return projectDetail(project, caller, deps);
}
