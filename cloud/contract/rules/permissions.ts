// Who may do what, written once: the core refuses with these, the app shows or hides with these.
// Every rule about a community takes the community (id, district, street), so scope is judged here only.
import type { TAssignableRole, TRole } from './roles';

/**
 * Where an official works: the whole city (both null), one 县（区）/功能区 (district), or one
 * 乡镇（街道）of a district (district and street). A street never stands without its district.
 */
export interface Scope {
  district: string | null;
  street: string | null;
}
export const CITY: Scope = { district: null, street: null };
export type ScopeLevel = 'city' | 'district' | 'street';
export const scopeLevel = (s: Scope): ScopeLevel => (s.street !== null ? 'street' : s.district !== null ? 'district' : 'city');

/** A community as the rules see it. */
export interface CommunityRef {
  id: string;
  district: string;
  street: string;
}

/** What the rules look at: the caller's roles, a worker's community and an official's scope. */
export interface Actor {
  roles: readonly TRole[];
  /** A worker's community; null for everyone else. */
  communityId: string | null;
  /** An official's scope; null for everyone else (an official stored without one is city-wide). */
  scope: Scope | null;
}

/** Whether a scope holds a place: a community, or another scope (a district holds its streets). */
export function covers(s: Scope, place: { district: string | null; street: string | null }): boolean {
  if (s.district === null) return true;
  if (place.district !== s.district) return false;
  return s.street === null || place.street === s.street;
}

const has = (a: Actor, role: TRole) => a.roles.includes(role);
export const isAdmin = (a: Actor) => has(a, 'admin');
export const isStaff = (a: Actor) => a.roles.some((r) => r !== 'resident');
const isOfficial = (a: Actor) => has(a, 'official');
const officialScope = (a: Actor): Scope => a.scope ?? CITY;
const isOfficialAt = (a: Actor, level: ScopeLevel) => isOfficial(a) && scopeLevel(officialScope(a)) === level;
const isWorkerOf = (a: Actor, c: CommunityRef) => has(a, 'worker') && a.communityId === c.id;

/** Admins oversee every community, officials those in their scope. */
export const oversees = (a: Actor, c: CommunityRef) => isAdmin(a) || (isOfficial(a) && covers(officialScope(a), c));
/** Whoever works with the community: an admin, an official in scope, one of its workers. */
export const worksWith = (a: Actor, c: CommunityRef) => oversees(a, c) || isWorkerOf(a, c);

/**
 * 知晓率与满意度 and a community's assessment: admins, officials in scope, a worker for their own.
 * Without a community: whether the caller reads indicators at all (lists keep to `worksWith`).
 */
export function canReadIndicators(a: Actor, c?: CommunityRef): boolean {
  if (c) return worksWith(a, c);
  return isAdmin(a) || isOfficial(a) || (has(a, 'worker') && a.communityId !== null);
}

/**
 * Doorstep projects are run by their community's workers (publish, edit, stages, activities, replies,
 * hiding, linking needs); officials and evaluators read them as the evidence of Ⅱ-11/12. Admins may do all.
 */
export const canRunProjects = (a: Actor, c: CommunityRef) => isAdmin(a) || isWorkerOf(a, c);
/** Residents' needs: read by whoever runs the community's projects, and by officials in scope. */
export const canReadNeeds = (a: Actor, c: CommunityRef) => canRunProjects(a, c) || oversees(a, c);

/** Officials (in scope) and admins judge and save assessments, see the overview and export the scorecards. */
export const canScore = (a: Actor, c?: CommunityRef) => (c ? oversees(a, c) : isAdmin(a) || isOfficial(a));
/** What-if scoring: anyone who works with the standard, not plain residents. */
export const canTrialScore = isStaff;
/** The third-party evaluation of a project is entered by evaluators (city-wide) and admins… */
export const canEvaluateProjects = (a: Actor, _c?: CommunityRef) => has(a, 'evaluator') || isAdmin(a);
/** …and read by them and by officials in scope. */
export const canSeeEvaluations = (a: Actor, c?: CommunityRef) => has(a, 'evaluator') || canScore(a, c);
/** The survey poster of a community: its workers, officials in scope, admins. */
export const canMakePoster = worksWith;
/** A community's own workers do not answer its survey: the numbers that decide its funding are its residents'. */
export const canAnswerSurvey = (a: Actor, communityId: string) => !(has(a, 'worker') && a.communityId === communityId);
export const canAssignRoles = isAdmin;
export const canRecount = isAdmin;

/** The registry: admins and city officials everywhere, a district official in their district. */
export const canEditRegistry = (a: Actor) => isAdmin(a) || isOfficialAt(a, 'city') || isOfficialAt(a, 'district');
export function canEditCommunity(a: Actor, c: { district: string }): boolean {
  if (isAdmin(a) || isOfficialAt(a, 'city')) return true;
  return isOfficialAt(a, 'district') && officialScope(a).district === c.district;
}
/** Which communities are pilots (市级示范) is the city's choice. */
export const canDesignatePilots = (a: Actor) => isAdmin(a) || isOfficialAt(a, 'city');

/** A staff post: a worker of a community, an official with a scope, or a (city-wide) evaluator. */
export type Post =
  | { role: Extract<TAssignableRole, 'worker'>; community: CommunityRef }
  | { role: Extract<TAssignableRole, 'official'>; scope: Scope }
  | { role: Extract<TAssignableRole, 'evaluator'> };

/** The area a post covers: a worker's community's street, an official's scope, the city for an evaluator. */
export function postArea(p: Post): Scope {
  if (p.role === 'worker') return { district: p.community.district, street: p.community.street };
  return p.role === 'official' ? p.scope : CITY;
}

/** Who invites to staff posts at all: admins, city and district officials. */
export const canInviteStaff = (a: Actor) => isAdmin(a) || isOfficialAt(a, 'city') || isOfficialAt(a, 'district');
/**
 * Admins invite anyone; a city official invites officials, workers and evaluators; a district
 * official invites street officials of their district and workers of its communities.
 */
export function canInvite(a: Actor, p: Post): boolean {
  if (isAdmin(a) || isOfficialAt(a, 'city')) return true;
  if (!isOfficialAt(a, 'district')) return false;
  const district = officialScope(a).district;
  if (p.role === 'worker') return p.community.district === district;
  return p.role === 'official' && scopeLevel(p.scope) === 'street' && p.scope.district === district;
}
/** Whoever may invite to a post may take it back. */
export const canRevoke = canInvite;
/** Staff lists: admins see everyone, officials the posts within their scope. */
export const canListStaff = (a: Actor) => isAdmin(a) || isOfficial(a);
export const seesPost = (a: Actor, p: Post) => isAdmin(a) || (isOfficial(a) && covers(officialScope(a), postArea(p)));
/** Officials and admins record a 阶段评估 or the 终期验收 (scorers); only admins reopen a locked year. */
export const canFinalize = canScore;
export const canReopen = isAdmin;
/** The audit log of a community's year: whoever scores (officials and admins). */
export const canReadAuditLog = canScore;

const LEVEL_RANK: Record<ScopeLevel, number> = { city: 0, district: 1, street: 2 };
/** The area whose roll-ups the caller reads: the city for admins, an official's scope; null for everyone else. */
export const rollupScope = (a: Actor): Scope | null => (isAdmin(a) ? CITY : isOfficial(a) ? officialScope(a) : null);
/**
 * The console's roll-ups (getRollup, getTrend of a group, getCityProgress): admins, and officials at their own
 * scope's level and below (a district official the district and its streets, never the city), and, when an
 * area is named (a district, or a district and street), only within their scope.
 */
export function canReadRollup(a: Actor, level: ScopeLevel, place?: Scope): boolean {
  const scope = rollupScope(a);
  if (!scope || LEVEL_RANK[level] < LEVEL_RANK[scopeLevel(scope)]) return false;
  if (!place) return true;
  return LEVEL_RANK[scopeLevel(place)] >= LEVEL_RANK[scopeLevel(scope)] && covers(scope, place);
}
/**
 * Fieldwork (入户代填, 纸质问卷录入) is done by the community's own workers: they meet its households. Admins and
 * officials do not enter answers.
 */
export const canEnterFieldwork = (a: Actor, c: CommunityRef) => isWorkerOf(a, c);
/** The data-quality report of a community: whoever reads its indicators (admins, officials in scope, its workers). */
export const canReadQuality = (a: Actor, c?: CommunityRef) => canReadIndicators(a, c);
/** Volunteers' phone numbers (left with their consent) go to the community's workers only: they are the ones who call. */
export const canContactVolunteers = (a: Actor, c: CommunityRef) => isWorkerOf(a, c);
