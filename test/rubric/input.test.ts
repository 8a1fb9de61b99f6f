// Tests of ScoreInput validation: what the cloud call answers with 400 INVALID_INPUT.
import { ZodError } from 'zod';
import { makeScoreInput, scoreAssessment } from '../../rubric';
import { allStates, fullProjects, project, std } from './builders';

const ScoreInput = makeScoreInput(std);
const issues = (input: unknown) => {
  const r = ScoreInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
};

describe('makeScoreInput', () => {
  test('accepts states, rates and two projects in each of the nine categories', () => {
    expect(issues({ states: allStates('B'), rates: { awareness: { count: 3, n: 4 } }, projects: fullProjects() })).toEqual([]);
    expect(issues({ states: {} })).toEqual([]);
    expect(makeScoreInput(std)).toBe(ScoreInput); // memoised per standard
  });

  test('refuses a state other than A, B or C', () => {
    expect(issues({ states: { 'II-1.1': 'D' } })).toEqual([{ path: 'states.II-1.1', message: '状态只能是 A、B 或 C' }]);
    expect(issues({ states: { 'II-1.1': 'a' } })).toHaveLength(1);
    expect(issues({ states: { 'II-1.1': null } })).toHaveLength(1);
  });

  test('refuses unknown item ids and items that are not judged by state', () => {
    expect(issues({ states: { 'II-99.1': 'A', 'II-1.4': 'A', 'II-11.1': 'A' } })).toEqual([
      { path: 'states.II-99.1', message: '没有可评定状态的测评内容 II-99.1' },
      { path: 'states.II-1.4', message: '没有可评定状态的测评内容 II-1.4' },
      { path: 'states.II-11.1', message: '没有可评定状态的测评内容 II-11.1' },
    ]);
  });

  test('refuses three projects in one category (Ⅱ-11: at most 2)', () => {
    const three = [1, 2, 3].map(() => project('elderly_care', Array(6).fill(80)));
    expect(issues({ states: {}, projects: three })).toEqual([{ path: 'projects.2.category', message: '养老服务类最多2个项目' }]);
  });

  test('refuses aspects outside 0–100, with three decimals, missing or unknown', () => {
    const bad = project('public_health', [101, -1, 80.125, 80, 80, 80]);
    expect(issues({ states: {}, projects: [bad] }).map((i) => i.path)).toEqual([
      'projects.0.aspects.completion',
      'projects.0.aspects.satisfaction',
      'projects.0.aspects.finance',
    ]);
    const { effectiveness: _, ...five } = project('public_health', Array(6).fill(80)).aspects;
    expect(issues({ states: {}, projects: [{ category: 'public_health', aspects: five }] }).map((i) => i.path)).toEqual([
      'projects.0.aspects.effectiveness',
    ]);
    const extra = { ...five, effectiveness: 80, charm: 90 };
    expect(issues({ states: {}, projects: [{ category: 'public_health', aspects: extra }] })).toHaveLength(1);
  });

  test('refuses an unknown category', () => {
    expect(issues({ states: {}, projects: [project('fishing', Array(6).fill(80))] })).toEqual([
      { path: 'projects.0.category', message: '未知的项目类别' },
    ]);
  });

  test('refuses malformed rates', () => {
    expect(issues({ states: {}, rates: { awareness: { count: 5, n: 4 } } })).toEqual([
      { path: 'rates.awareness.count', message: '人数不能超过有效问卷数' },
    ]);
    expect(issues({ states: {}, rates: { awareness: { count: 1.5, n: 4 } } })).toHaveLength(1);
    expect(issues({ states: {}, rates: { happiness: { count: 1, n: 4 } } })).toHaveLength(1);
  });

  test('refuses a missing states map and unknown fields', () => {
    expect(issues({}).map((i) => i.path)).toEqual(['states']);
    expect(issues({ states: {}, communityId: 'x' })).toHaveLength(1);
  });

  test('scoreAssessment throws the same ZodError', () => {
    expect(() => scoreAssessment(std, { states: { 'II-1.1': 'D' as 'A' } })).toThrow(ZodError);
    expect(() => scoreAssessment(std, { states: {}, projects: [1, 2, 3].map(() => project('elderly_care', Array(6).fill(1))) })).toThrow(
      ZodError,
    );
  });
});
