// Tests of the 2017 standard's data against the government document it is copied from.
import { classOf, indicatorsOf, parseStandard, stateItems } from '../../../rubric';
import { cloneData, readSeed, std } from '../builders';

const seed = readSeed();
const seedLines = seed.split('\n').map((l) => l.trim());
const roman = (id: string) => id.replace(/^II-/, 'Ⅱ-').replace(/^I-/, 'Ⅰ-');

describe('the 2017 standard', () => {
  test('loads from its JSON form unchanged', () => {
    expect(parseStandard(cloneData())).toEqual(std);
  });

  test('has 5 sections, 12 indicators, 45 items', () => {
    expect(std.sections.map((s) => s.id)).toEqual(['I-1', 'I-2', 'I-3', 'I-4', 'I-5']);
    expect(std.indicators.map((i) => i.id)).toEqual(Array.from({ length: 12 }, (_, k) => `II-${k + 1}`));
    expect(std.indicators.map((i) => i.items.length)).toEqual([3, 3, 4, 4, 6, 3, 6, 4, 3, 3, 2, 4]);
    expect(std.indicators.flatMap((i) => i.items)).toHaveLength(45);
    expect(stateItems(std)).toHaveLength(39); // Ⅱ-1 … Ⅱ-10
  });

  test('weighs 一类 60 over Ⅱ-1 … Ⅱ-10 and 二类 40 on Ⅰ-5', () => {
    const first = indicatorsOf(std, 'first');
    expect(first.map((i) => i.weight)).toEqual([3, 3, 4, 8, 7, 6, 6, 8, 6, 9]);
    expect(first.reduce((sum, i) => sum + (i.weight ?? 0), 0)).toBe(60);
    expect(std.classes.first.total).toBe(60);
    expect(indicatorsOf(std, 'second').map((i) => [i.id, i.weight])).toEqual([
      ['II-11', null],
      ['II-12', null],
    ]);
    expect(std.sections.find((s) => s.id === 'I-5')?.weight).toBe(40);
    expect(std.classes.second.total).toBe(40);
  });

  test('copies every section, indicator and item text verbatim, in the seed’s order', () => {
    let last = seed.indexOf('附件2');
    for (const ind of std.indicators) {
      expect(seedLines).toContain(ind.name);
      for (const item of ind.items) {
        expect(seedLines).toContain(item.text);
        const at = seed.indexOf(item.text, last);
        expect(at).toBeGreaterThan(last);
        last = at;
      }
    }
    for (const s of std.sections) expect(seedLines).toContain(s.name);
  });

  test('places each indicator under its section and weight as the table prints them', () => {
    const table = seedLines.slice(seedLines.indexOf('附件2'), seedLines.indexOf('标准说明')).filter(Boolean);
    let section = '';
    const seen: Record<string, { section: string; weights: number[] }> = {};
    let current = '';
    for (const line of table) {
      if (/^Ⅰ-\d+$/.test(line)) section = line;
      else if (/^Ⅱ-\d+$/.test(line)) seen[(current = line)] = { section, weights: [] };
      else if (/^\d+$/.test(line) && current) seen[current].weights.push(Number(line));
    }
    for (const ind of std.indicators) {
      const row = seen[roman(ind.id)];
      expect(row.section).toBe(roman(ind.section));
      const section = std.sections.find((s) => s.id === ind.section)!;
      // Ⅱ-11's cell holds Ⅰ-5's shared 40; Ⅱ-12 prints none.
      const printed = ind.weight ?? (ind.id === 'II-11' ? section.weight : undefined);
      expect(row.weights).toEqual(printed === undefined ? [] : [printed]);
    }
    expect(std.sections.map((s) => s.class)).toEqual(['first', 'first', 'first', 'first', 'second']);
    expect(std.indicators.map((i) => classOf(std, i))).toEqual([...Array(10).fill('first'), 'second', 'second']);
  });

  test('states the rules of 标准说明 五 and 六 with the seed’s figures', () => {
    const { classes, eligibility, grades, stateFactors } = std;
    expect(seed).toContain(`一类指标总分为${classes.first.total}分,二类指标总分${classes.second.total}分`);
    expect(seed).toContain(`必须达到${eligibility.min}分及以上才能获得“幸福社区”评定资格`);
    expect(seed).toContain(
      `总得分在${grades.excellent.min}分以上为${grades.excellent.name},${grades.good.min}-${grades.excellent.min}分为${grades.good.name},` +
        `${grades.pass.min}-${grades.good.min}分为${grades.pass.name},${grades.pass.min}分以下为${grades.fail.name}`,
    );
    expect(stateFactors.A).toBe(1);
    expect(seed).toContain(`B为该项测评内容满分的${Math.round(stateFactors.B * 100)}%`);
    expect(seed).toContain(`C为该项测评内容满分的${Math.round(stateFactors.C * 100)}%`);
    expect(seed).toContain(`每个类别最多报送${std.maxProjectsPerCategory}项`);
  });

  test('lists the nine categories and six aspects the seed names', () => {
    expect(std.categories).toHaveLength(9);
    expect(seed).toContain(
      `包括:${std.categories
        .slice(0, 8)
        .map((c) => `${c.name}类`)
        .join('、')}和${std.categories[8].name}类`,
    );
    expect(std.aspects).toHaveLength(6);
    const names = std.aspects.map((a) => a.name);
    expect(seed).toContain(`评估内容包括${names.slice(0, 5).join('、')}及${names[5]}等${names.length}个方面`);
  });

  test('takes Ⅱ-10.2 and Ⅱ-10.3 from the 85% rates, and only those', () => {
    const sourced = std.indicators.flatMap((i) => i.items).filter((item) => item.source);
    expect(sourced.map((item) => [item.id, item.source?.rate])).toEqual([
      ['II-10.2', 'awareness'],
      ['II-10.3', 'satisfaction'],
    ]);
    expect(sourced[0].text).toContain(`知晓率${std.rateStates.A}%以上`);
    expect(sourced[1].text).toContain(`满意度${std.rateStates.A}%以上`);
  });

  test('records the 44/45 discrepancy of 标准说明 一', () => {
    expect(seed).toContain('12个二级指标和44个三级指标');
    expect(std.note).toContain('44');
    expect(std.note).toContain('45');
  });
});
