// The residents' pure helpers: this year in Asia/Shanghai, grouping by category, the five stages.
import { JOIN_ROLES, groupByCategory, shanghaiDay, shanghaiYear, stageName, stageStep } from '../../../src/residents/projects';
import { decodeQuery } from '../../../src/hooks/usePageQuery';
import { summaryOf } from '../support/builders';

describe('shanghaiYear and shanghaiDay', () => {
  test('New Year comes eight hours earlier in Zhoushan than in UTC', () => {
    expect(shanghaiYear(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(shanghaiYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
    expect(shanghaiDay('2026-05-01T16:30:00.000Z')).toBe('2026-05-02');
    expect(shanghaiDay('not a date')).toBe('not a date');
  });
});

describe('groupByCategory', () => {
  test('keeps the standard order of categories and leaves out empty ones', () => {
    const projects = [
      summaryOf({ id: 'a', category: 'volunteering' }),
      summaryOf({ id: 'b', category: 'elderly_care' }),
      summaryOf({ id: 'c', category: 'volunteering' }),
    ];
    const groups = groupByCategory(projects);
    expect(groups.map((g) => [g.name, g.projects.map((p) => p.id)])).toEqual([
      ['养老服务', ['b']],
      ['志愿服务', ['a', 'c']],
    ]);
    expect(groupByCategory([])).toEqual([]);
  });
});

describe('stages', () => {
  test('each of the five stages has its step and Chinese name', () => {
    expect(['needs_research', 'needs_analysis', 'design', 'implementation', 'completed'].map(stageStep)).toEqual([1, 2, 3, 4, 5]);
    expect(stageName('implementation')).toBe('项目实施');
    expect(stageStep('unknown')).toBe(1);
  });

  test('residents join in three roles', () => {
    expect(JOIN_ROLES).toEqual(['volunteer', 'supervisor', 'evaluator']);
  });
});

describe('decodeQuery', () => {
  test('decodes what Taro hands over still encoded, and leaves a bad escape as it is', () => {
    expect(decodeQuery({ projectId: '2026%3Adinghai-beiyuan%3Aelderly_care%3A1' }).projectId).toBe('2026:dinghai-beiyuan:elderly_care:1');
    expect(decodeQuery({ projectId: '2026:x' }).projectId).toBe('2026:x');
    expect(decodeQuery({ projectId: '%E0%A4%A' }).projectId).toBe('%E0%A4%A');
    expect(decodeQuery({}).projectId).toBeUndefined();
  });
});
