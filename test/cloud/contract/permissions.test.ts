// Who may do what (cloud/contract/rules/permissions.ts): the one statement the core and the app both use.
import {
  canAnswerSurvey,
  canEvaluateProjects,
  canReadIndicators,
  canReadNeeds,
  canRunProjects,
  canScore,
  canSeeEvaluations,
  canTrialScore,
  type Actor,
} from '../../../cloud/contract/rules';

const resident: Actor = { roles: ['resident'], communityId: null };
const worker: Actor = { roles: ['resident', 'worker'], communityId: 'a' };
const official: Actor = { roles: ['resident', 'official'], communityId: null };
const evaluator: Actor = { roles: ['resident', 'evaluator'], communityId: null };
const admin: Actor = { roles: ['resident', 'admin'], communityId: null };

test('doorstep projects are run by their own workers and admins; officials and evaluators only read them', () => {
  expect([worker, official, evaluator, admin, resident].map((a) => canRunProjects(a, 'a'))).toEqual([true, false, false, true, false]);
  expect(canRunProjects(worker, 'b')).toBe(false);
  expect([worker, official, evaluator, resident].map((a) => canReadNeeds(a, 'a'))).toEqual([true, true, false, false]);
  expect(canReadNeeds(worker, 'b')).toBe(false);
});

test('indicators: officials and admins everywhere, a worker in their own community, residents nowhere', () => {
  expect(canReadIndicators(official, 'b')).toBe(true);
  expect(canReadIndicators(worker)).toBe(true);
  expect(canReadIndicators(worker, 'a')).toBe(true);
  expect(canReadIndicators(worker, 'b')).toBe(false);
  expect(canReadIndicators({ roles: ['resident', 'worker'], communityId: null })).toBe(false);
  expect(canReadIndicators(resident)).toBe(false);
  expect(canReadIndicators(evaluator)).toBe(false);
});

test('scoring, trial scoring and the third-party evaluation', () => {
  expect([worker, official, evaluator, admin, resident].map(canScore)).toEqual([false, true, false, true, false]);
  expect([worker, official, evaluator, admin, resident].map(canTrialScore)).toEqual([true, true, true, true, false]);
  expect([worker, official, evaluator, admin, resident].map(canEvaluateProjects)).toEqual([false, false, true, true, false]);
  expect([worker, official, evaluator, admin, resident].map(canSeeEvaluations)).toEqual([false, true, true, true, false]);
});

test('everyone answers a survey but a worker of that community', () => {
  expect([worker, official, evaluator, admin, resident].map((a) => canAnswerSurvey(a, 'a'))).toEqual([false, true, true, true, true]);
  expect(canAnswerSurvey(worker, 'b')).toBe(true);
});
