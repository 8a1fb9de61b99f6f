// Who may do what (cloud/contract/rules/permissions.ts): the one statement the core and the app both use.
import {
  canAnswerSurvey,
  canDesignatePilots,
  canEditCommunity,
  canEditRegistry,
  canEvaluateProjects,
  canInvite,
  canInviteStaff,
  canReadIndicators,
  canReadNeeds,
  canRunProjects,
  canScore,
  canSeeEvaluations,
  canTrialScore,
  covers,
  seesPost,
  type Actor,
  type CommunityRef,
  type Post,
} from '../../../cloud/contract/rules';

const A: CommunityRef = { id: 'a', district: '定海区', street: '昌国街道' };
const B: CommunityRef = { id: 'b', district: '定海区', street: '城东街道' };
const P: CommunityRef = { id: 'p', district: '普陀区', street: '东港街道' };

const resident: Actor = { roles: ['resident'], communityId: null, scope: null };
const worker: Actor = { roles: ['resident', 'worker'], communityId: 'a', scope: null };
const official: Actor = { roles: ['resident', 'official'], communityId: null, scope: { district: null, street: null } };
const dinghai: Actor = { roles: ['resident', 'official'], communityId: null, scope: { district: '定海区', street: null } };
const changguo: Actor = { roles: ['resident', 'official'], communityId: null, scope: { district: '定海区', street: '昌国街道' } };
const evaluator: Actor = { roles: ['resident', 'evaluator'], communityId: null, scope: null };
const admin: Actor = { roles: ['resident', 'admin'], communityId: null, scope: null };

test('a scope covers its own district and streets, a street only itself', () => {
  expect(covers({ district: null, street: null }, P)).toBe(true);
  expect([A, B, P].map((c) => covers(dinghai.scope!, c))).toEqual([true, true, false]);
  expect([A, B, P].map((c) => covers(changguo.scope!, c))).toEqual([true, false, false]);
  expect(covers(dinghai.scope!, changguo.scope!)).toBe(true);
  expect(covers(changguo.scope!, dinghai.scope!)).toBe(false);
});

test('doorstep projects are run by their own workers and admins; officials in scope and evaluators only read them', () => {
  expect([worker, official, evaluator, admin, resident].map((a) => canRunProjects(a, A))).toEqual([true, false, false, true, false]);
  expect(canRunProjects(worker, B)).toBe(false);
  expect([worker, official, dinghai, changguo, evaluator, resident].map((a) => canReadNeeds(a, A))).toEqual([
    true,
    true,
    true,
    true,
    false,
    false,
  ]);
  expect([worker, dinghai, changguo].map((a) => canReadNeeds(a, B))).toEqual([false, true, false]);
});

test('indicators: admins and city officials everywhere, district and street officials in scope, a worker in their own community', () => {
  expect(canReadIndicators(official, P)).toBe(true);
  expect([A, B, P].map((c) => canReadIndicators(dinghai, c))).toEqual([true, true, false]);
  expect([A, B, P].map((c) => canReadIndicators(changguo, c))).toEqual([true, false, false]);
  expect(canReadIndicators(worker)).toBe(true);
  expect([A, B].map((c) => canReadIndicators(worker, c))).toEqual([true, false]);
  expect(canReadIndicators({ roles: ['resident', 'worker'], communityId: null, scope: null })).toBe(false);
  expect([resident, evaluator].map((a) => canReadIndicators(a))).toEqual([false, false]);
  // An official stored before scopes existed is city-wide.
  expect(canReadIndicators({ ...official, scope: null }, P)).toBe(true);
});

test('scoring, trial scoring and the third-party evaluation', () => {
  const all = [worker, official, evaluator, admin, resident];
  expect(all.map((a) => canScore(a))).toEqual([false, true, false, true, false]);
  expect([official, dinghai, changguo].map((a) => canScore(a, P))).toEqual([true, false, false]);
  expect(all.map(canTrialScore)).toEqual([true, true, true, true, false]);
  expect(all.map((a) => canEvaluateProjects(a))).toEqual([false, false, true, true, false]);
  expect(all.map((a) => canSeeEvaluations(a))).toEqual([false, true, true, true, false]);
  expect([dinghai, evaluator].map((a) => canSeeEvaluations(a, P))).toEqual([false, true]);
});

test('the registry: admins and city officials everywhere, a district official in their district; pilots are the city’s', () => {
  expect([admin, official, dinghai, changguo, worker].map(canEditRegistry)).toEqual([true, true, true, false, false]);
  expect([A, P].map((c) => canEditCommunity(dinghai, c))).toEqual([true, false]);
  expect(canEditCommunity(changguo, A)).toBe(false);
  expect([admin, official, dinghai].map(canDesignatePilots)).toEqual([true, true, false]);
});

test('invitations: admins anyone, city officials every post, district officials street officials and workers of their district', () => {
  const posts: Post[] = [
    { role: 'worker', community: A },
    { role: 'worker', community: P },
    { role: 'official', scope: { district: '定海区', street: '昌国街道' } },
    { role: 'official', scope: { district: '定海区', street: null } },
    { role: 'official', scope: { district: null, street: null } },
    { role: 'evaluator' },
  ];
  expect(posts.map((p) => canInvite(admin, p))).toEqual([true, true, true, true, true, true]);
  expect(posts.map((p) => canInvite(official, p))).toEqual([true, true, true, true, true, true]);
  expect(posts.map((p) => canInvite(dinghai, p))).toEqual([true, false, true, false, false, false]);
  expect(posts.map((p) => canInvite(changguo, p))).toEqual([false, false, false, false, false, false]);
  expect([admin, official, dinghai, changguo, worker, evaluator].map(canInviteStaff)).toEqual([true, true, true, false, false, false]);
  expect(posts.map((p) => seesPost(changguo, p))).toEqual([true, false, true, false, false, false]);
  expect(posts.map((p) => seesPost(dinghai, p))).toEqual([true, false, true, true, false, false]);
});

test('everyone answers a survey but a worker of that community', () => {
  expect([worker, official, evaluator, admin, resident].map((a) => canAnswerSurvey(a, 'a'))).toEqual([false, true, true, true, true]);
  expect(canAnswerSurvey(worker, 'b')).toBe(true);
});
