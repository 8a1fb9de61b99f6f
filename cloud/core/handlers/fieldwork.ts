// submitAssistedResponse (入户代填), submitPaperResponse (纸质问卷录入) and getQualityReport: answers a community's
// workers enter for its households, and what officials and workers read of how a round's answers arrived.
import {
  canContactVolunteers,
  canEnterFieldwork,
  canReadQuality,
  shanghaiYear,
  VOLUNTEER_TARGET,
  BURST_MORE_THAN,
  BURST_WINDOW_MS,
  FAST_ANSWER_MS,
  type TCheckHouseholdInput,
  type TCheckHouseholdOutput,
  type TCommunity,
  type TCommunityQuality,
  type TGetQualityReportInput,
  type TGetQualityReportOutput,
  type TSubmitAssistedResponseInput,
  type TSubmitFieldworkOutput,
  type TSubmitPaperResponseInput,
} from '../../contract';
import type { ParticipantRecord, ProjectRecord, ResponseRecord, StoredTally } from '../../store/types';
import { requireReadsIndicators, requireThat, type Caller } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { householdKey, serialKey } from '../fieldwork-keys';
import { roundQuality } from '../quality';
import { durationOf } from '../start-token';
import { actingAs } from '../who';
import { roundClosedError } from './survey';

const FIELDWORK_ONLY = '只有本社区的社区工作者可以代居民录入问卷';

/** Stores one entered answer: the household's or the form's, counted in the round like any other. */
async function enter(
  community: TCommunity,
  caller: Caller,
  deps: Deps,
  entry: Pick<ResponseRecord, 'respondent' | 'answers' | 'channel' | 'serial' | 'durationMs'>,
  duplicate: () => AppError,
): Promise<TSubmitFieldworkOutput> {
  requireThat(canEnterFieldwork(caller, community), FIELDWORK_ONLY);
  const now = deps.now();
  const round = { communityId: community.id, year: shanghaiYear(now) };
  const result = await deps.store.addResponse({
    ...round,
    ...entry,
    submittedAt: now.toISOString(),
    enteredBy: { openid: caller.openid, who: actingAs(caller, 'worker') },
  });
  if (result === 'closed') throw roundClosedError(round.year);
  // The key holds the community, so no other community's answer can hold it: anything but 'inserted' is this one's.
  if (result !== 'inserted') throw duplicate();
  return { round, accepted: true, channel: entry.channel as 'assisted' | 'paper' };
}

export async function submitAssistedResponse(
  input: TSubmitAssistedResponseInput,
  caller: Caller,
  deps: Deps,
): Promise<TSubmitFieldworkOutput> {
  const community = await requireCommunity(input.communityId, deps);
  const secret = deps.config.respondentSecret;
  return enter(
    community,
    caller,
    deps,
    {
      respondent: householdKey(secret, community.id, input.household),
      answers: input.answers,
      channel: 'assisted',
      durationMs: durationOf(secret, input.startToken, community.id, deps.now()),
    },
    () => new AppError('HOUSEHOLD_ANSWERED', '这一户今年已经通过入户代填回答过本社区的问卷，每户每年只能代填一次'),
  );
}

/**
 * checkHousehold: before the resident answers, whether this household already answered through 入户代填 in the
 * current round (the same key as submitAssistedResponse). It tells the worker no more than submitting would.
 */
export async function checkHousehold(input: TCheckHouseholdInput, caller: Caller, deps: Deps): Promise<TCheckHouseholdOutput> {
  const community = await requireCommunity(input.communityId, deps);
  requireThat(canEnterFieldwork(caller, community), FIELDWORK_ONLY);
  const key = householdKey(deps.config.respondentSecret, community.id, input.household);
  return { answered: await deps.store.hasResponded(community.id, shanghaiYear(deps.now()), key) };
}

export async function submitPaperResponse(input: TSubmitPaperResponseInput, caller: Caller, deps: Deps): Promise<TSubmitFieldworkOutput> {
  const community = await requireCommunity(input.communityId, deps);
  return enter(
    community,
    caller,
    deps,
    {
      respondent: serialKey(deps.config.respondentSecret, community.id, input.serial),
      answers: input.answers,
      channel: 'paper',
      serial: input.serial,
      durationMs: null,
    },
    () => new AppError('SERIAL_ENTERED', `编号为“${input.serial}”的纸质问卷今年已经录入过了，请核对编号`),
  );
}

/** The community's volunteers of the year: distinct residents who joined any of its projects as 志愿者. */
function volunteersOf(community: TCommunity, projects: ProjectRecord[], participants: ParticipantRecord[], caller: Caller) {
  const titles = new Map(projects.filter((p) => p.communityId === community.id).map((p) => [p.id, p.title]));
  const byResident = new Map<string, { projects: string[]; joinedAt: string; phone: string | null; phoneAt: string }>();
  for (const p of participants) {
    const title = titles.get(p.projectId);
    if (title === undefined || p.role !== 'volunteer') continue;
    let v = byResident.get(p.respondent);
    if (!v) byResident.set(p.respondent, (v = { projects: [], joinedAt: p.joinedAt, phone: null, phoneAt: '' }));
    v.projects.push(title);
    if (p.joinedAt < v.joinedAt) v.joinedAt = p.joinedAt;
    // The number left last is the one to call.
    if (p.phone && p.joinedAt >= v.phoneAt) [v.phone, v.phoneAt] = [p.phone, p.joinedAt];
  }
  const all = [...byResident.values()];
  const contacts = canContactVolunteers(caller, community)
    ? all
        .filter((v) => v.phone !== null)
        .sort((a, b) => a.joinedAt.localeCompare(b.joinedAt))
        .map((v) => ({ phone: v.phone!, projects: v.projects, joinedAt: v.joinedAt }))
    : null;
  return { count: all.length, target: VOLUNTEER_TARGET, meets: all.length >= VOLUNTEER_TARGET, contacts };
}

export async function getQualityReport(input: TGetQualityReportInput, caller: Caller, deps: Deps): Promise<TGetQualityReportOutput> {
  requireReadsIndicators(caller);
  const communities = input.communityId
    ? [await requireCommunity(input.communityId, deps)]
    : (await deps.store.listCommunities()).filter((c) => canReadQuality(caller, c));
  if (input.communityId) requireReadsIndicators(caller, communities[0]);
  const { year } = input;
  return {
    year,
    rules: { fastMs: FAST_ANSWER_MS, burstWindowMs: BURST_WINDOW_MS, burstMoreThan: BURST_MORE_THAN, volunteerTarget: VOLUNTEER_TARGET },
    communities: await qualityOf(communities, year, caller, deps),
  };
}

/**
 * The quality of the communities' rounds of `year`, as getQualityReport answers it (the export's 数据质量 sheet is
 * built from this same call). A caller that already read the year's tallies or the communities' projects passes
 * them, so they are not read twice.
 */
export async function qualityOf(
  communities: TCommunity[],
  year: number,
  caller: Caller,
  deps: Deps,
  read: { tallies?: StoredTally[]; projects?: ProjectRecord[] } = {},
): Promise<TCommunityQuality[]> {
  const ids = communities.map((c) => c.id);
  if (ids.length === 0) return [];
  const [records, tallies, projects] = await Promise.all([
    deps.store.listResponses(year, ids),
    read.tallies ?? deps.store.getTallies(year, ids.length === 1 ? ids[0] : undefined),
    read.projects ?? deps.store.listProjects({ year, communityIds: ids }),
  ]);
  const participants = await deps.store.listParticipants(projects.map((p) => p.id));
  const closed = new Set(tallies.filter((t) => t.closed).map((t) => t.communityId));
  const byCommunity = new Map<string, ResponseRecord[]>(ids.map((id) => [id, []]));
  for (const r of records) byCommunity.get(r.communityId)?.push(r);
  return communities.map((c): TCommunityQuality => ({
    communityId: c.id,
    name: c.name,
    ...roundQuality(byCommunity.get(c.id)!, c, closed.has(c.id)),
    volunteers: volunteersOf(c, projects, participants, caller),
  }));
}
