// submitNeed, listNeeds, listMyNeeds and linkNeed: what residents need, and the project that answers it.
import { randomUUID } from 'node:crypto';
import {
  NEEDS_PAGE,
  type TLinkNeedInput,
  type TListNeedsInput,
  type TListNeedsOutput,
  type TNeed,
  type TSubmitNeedInput,
} from '../../contract';
import type { NeedRecord, NeedsQuery, ProjectRecord } from '../../store/types';
import { requireReadsNeeds, requireRunsProjects, type Caller, type Identity } from '../auth';
import { requireAcceptableText } from '../content-check';
import { requireCommunity } from '../communities';
import { decodeCursor, encodeCursor } from '../cursor';
import { dailyAllowance } from '../daily-limit';
import type { Deps } from '../deps';
import { AppError, notFound } from '../errors';
import { loadProject } from '../projects';
import { needLinked, tell } from '../notifications';

function toNeed(n: NeedRecord, projects: Map<string, ProjectRecord>): TNeed {
  const p = n.projectId ? projects.get(n.projectId) : undefined;
  return {
    id: n.id,
    communityId: n.communityId,
    category: n.category,
    text: n.text,
    submittedAt: n.submittedAt,
    project: p ? { id: p.id, title: p.title, stage: p.stage } : null,
  };
}

/** The needs with the projects linked to them (read by id: a few, not the community's every project). */
async function needsWithProjects(needs: NeedRecord[], deps: Deps): Promise<TNeed[]> {
  const linked = [...new Set(needs.flatMap((n) => (n.projectId ? [n.projectId] : [])))];
  const projects = await Promise.all(linked.map((id) => deps.store.getProject(id)));
  const byId = new Map(projects.flatMap((p) => (p ? [[p.id, p] as const] : [])));
  return needs.map((n) => toNeed(n, byId));
}

export async function submitNeed(input: TSubmitNeedInput, caller: Identity, deps: Deps): Promise<TNeed> {
  const now = deps.now();
  await requireCommunity(input.communityId, deps);
  const allowance = dailyAllowance('need', caller, now, deps);
  await allowance.check();
  await requireAcceptableText(deps, input.text, caller.openid);
  await allowance.take();
  const need: NeedRecord = {
    id: randomUUID(),
    communityId: input.communityId,
    category: input.category ?? null,
    text: input.text,
    respondent: caller.respondent,
    submittedAt: now.toISOString(),
    projectId: null,
    linkedBy: null,
    linkedAt: null,
  };
  await deps.store.addNeed(need);
  return toNeed(need, new Map());
}

/** One page, newest first: one more than the page is read to learn whether another follows. */
async function pageOfNeeds(query: Omit<NeedsQuery, 'limit' | 'after'>, input: TListNeedsInput, deps: Deps): Promise<TListNeedsOutput> {
  const limit = input.limit ?? NEEDS_PAGE.default;
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const read = await deps.store.listNeeds({ ...query, limit: limit + 1, after });
  const page = read.slice(0, limit);
  return { needs: await needsWithProjects(page, deps), next: read.length > limit ? encodeCursor(page[page.length - 1]) : null };
}

export async function listNeeds(input: TListNeedsInput, caller: Caller, deps: Deps): Promise<TListNeedsOutput> {
  requireReadsNeeds(caller, await requireCommunity(input.communityId, deps));
  return pageOfNeeds({ communityId: input.communityId }, input, deps);
}

/** "You said, we did": the caller's own needs in the community, with the project linked to each. */
export async function listMyNeeds(input: TListNeedsInput, caller: Identity, deps: Deps): Promise<TListNeedsOutput> {
  await requireCommunity(input.communityId, deps);
  return pageOfNeeds({ communityId: input.communityId, respondent: caller.respondent }, input, deps);
}

export async function linkNeed(input: TLinkNeedInput, caller: Caller, deps: Deps): Promise<TNeed> {
  const need = await deps.store.getNeed(input.needId);
  if (!need) throw notFound('没有这条需求');
  requireRunsProjects(caller, await requireCommunity(need.communityId, deps));
  const project = await loadProject(input.projectId, deps);
  if (project.communityId !== need.communityId) {
    throw new AppError('INVALID_INPUT', '只能关联本社区的项目', [
      { path: 'projectId', code: 'custom', message: '该项目不属于这条需求所在的社区' },
    ]);
  }
  const at = deps.now().toISOString();
  await deps.store.linkNeed(need.id, project.id, caller.openid, at);
  // The resident hears of it (消息, and a subscribe message if they allowed one); linking to the same project again tells nothing new.
  if (need.projectId !== project.id) await tell(deps, [needLinked(need, project)]);
  return toNeed({ ...need, projectId: project.id, linkedBy: caller.openid, linkedAt: at }, new Map([[project.id, project]]));
}
