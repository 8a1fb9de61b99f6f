// Hand-worked scoring cases on the 2017 standard: classes, totals at the grade edges, eligibility and rounding.
import { Score, scoreAssessment, verdictText } from '../../rubric';
import { allAWith, allStates, fullProjects, project, std, without } from './builders';

const score = (input: Parameters<typeof scoreAssessment>[1]) => scoreAssessment(std, input);
const verdict = (input: Parameters<typeof scoreAssessment>[1]) => verdictText(std, score(input));
const allA = allStates('A');
const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b * 100, 0)) / 100;

describe('scoreAssessment: whole assessments', () => {
  test('all A with every project at 100 scores 100, 优秀', () => {
    // 一类: Σ weights 3+3+4+8+7+6+6+8+6+9 = 60; 二类: 40 × mean(18 × 600/600) = 40.
    const s = score({ states: allA, projects: fullProjects() });
    expect(s).toMatchObject({
      firstClass: 60,
      secondClass: 40,
      total: 100,
      eligible: true,
      grade: 'excellent',
      qualified: true,
      complete: true,
    });
    expect(s.indicators.map((i) => [i.points, i.max])).toEqual([3, 3, 4, 8, 7, 6, 6, 8, 6, 9].map((w) => [w, w]));
    expect(s.items).toHaveLength(39);
    expect(Score.parse(s)).toEqual(s); // the answer fits the schema the cloud contract declares
    expect(verdictText(std, s)).toBe('优秀');
  });

  test('all C is 19.80 and ineligible whatever 二类 adds', () => {
    // each Ⅱ gives 33% of its weight: 0.33 × 60 = 19.80; + 40 = 59.80 → 不合格 band, but 19.80 < 50.
    const s = score({ states: allStates('C'), projects: fullProjects() });
    expect(s).toMatchObject({ firstClass: 19.8, secondClass: 40, total: 59.8, eligible: false, grade: 'fail', qualified: false });
    expect(s.indicators.map((i) => i.points)).toEqual([0.99, 0.99, 1.32, 2.64, 2.31, 1.98, 1.98, 2.64, 1.98, 2.97]);
    expect(verdictText(std, s)).toBe('不具备评定资格');
  });

  test('no projects: 二类 is 0 and all A totals 60, 不合格', () => {
    const s = score({ states: allA });
    expect(s).toMatchObject({ firstClass: 60, secondClass: 0, total: 60, grade: 'fail', qualified: false });
    expect(verdictText(std, s)).toBe('不合格');
  });

  test('an item without state makes the assessment incomplete', () => {
    // Ⅱ-3.2 missing: Ⅱ-3 = 4 × 300/400 = 3 → 一类 59; eligible already, grade unknown.
    const s = score({ states: without(allA, 'II-3.2'), projects: fullProjects() });
    expect(s).toMatchObject({ firstClass: 59, total: 99, eligible: true, complete: false, grade: null, qualified: null });
    expect(s.items.find((i) => i.id === 'II-3.2')).toEqual({ id: 'II-3.2', state: null, points: null, max: 1, source: 'manual' });
    expect(verdict({ states: without(allA, 'II-3.2') })).toBe('未完成评定');
    expect(score({ states: {} })).toMatchObject({ firstClass: 0, complete: false, eligible: false, grade: null });
  });
});

describe('scoreAssessment: totals at the grade edges (一类 60, 二类 from one project)', () => {
  // 二类 = 40 × (Σ six aspects / 600); 95 needs 二类 35 = 40 × 525/600.
  test.each([
    ['at 95', [90, 90, 90, 85, 85, 85], 35, 95, 'excellent', '优秀'], // Σ 525
    ['just under 95', [90, 90, 90, 85, 85, 84], 34.93, 94.93, 'good', '良好'], // 40 × 524/600 = 34.933…
    ['at 85', [60, 60, 60, 65, 65, 65], 25, 85, 'good', '良好'], // Σ 375: 40 × 375/600 = 25
    ['just under 85', [60, 60, 60, 65, 65, 64], 24.93, 84.93, 'pass', '合格'], // 40 × 374/600 = 24.933…
    ['at 80', [50, 50, 50, 50, 50, 50], 20, 80, 'pass', '合格'], // Σ 300: 40 × 300/600 = 20
    ['just under 80', [50, 50, 50, 50, 50, 49], 19.93, 79.93, 'fail', '不合格'], // 40 × 299/600 = 19.933…
  ])('%s', (_, aspects, second, total, grade, text) => {
    const s = score({ states: allA, projects: [project('elderly_care', aspects as number[])] });
    expect(s).toMatchObject({ firstClass: 60, secondClass: second, total, grade, qualified: grade !== 'fail' });
    expect(verdictText(std, s)).toBe(text);
  });

  test('a total is compared after rounding: 94.995… counts as 95', () => {
    // Σ 524.93: 40 × 524.93/600 = 34.99533… → 35.00 → 95.00, 优秀.
    const up = score({ states: allA, projects: [project('elderly_care', [90, 90, 90, 85, 85, 84.93])] });
    expect(up).toMatchObject({ secondClass: 35, total: 95, grade: 'excellent' });
    // Σ 524.92: 40 × 524.92/600 = 34.99466… → 34.99 → 94.99, 良好.
    const down = score({ states: allA, projects: [project('elderly_care', [90, 90, 90, 85, 85, 84.92])] });
    expect(down).toMatchObject({ secondClass: 34.99, total: 94.99, grade: 'good' });
  });

  test('an exact half rounds up', () => {
    // Two projects, Σ of all twelve aspects 1049.85: 40 × 1049.85/1200 = 34.995 exactly → 35.00.
    // (In floats, Math.round(40 * 1049.85 / 1200 * 100) / 100 gives 34.99: 3499.4999… after scaling.)
    const projects = [project('elderly_care', [100, 100, 100, 100, 100, 100]), project('elderly_care', [75, 75, 75, 75, 75, 74.85])];
    expect(score({ states: allA, projects })).toMatchObject({ secondClass: 35, total: 95, grade: 'excellent' });
  });

  test('二类 is the mean over projects, not their sum', () => {
    // ratios 600/600 = 1 and 450/600 = 0.75: mean 0.875 → 40 × 0.875 = 35.
    const projects = [project('elderly_care', Array(6).fill(100)), project('public_health', Array(6).fill(75))];
    expect(score({ states: allA, projects }).secondClass).toBe(35);
  });
});

describe('scoreAssessment: eligibility at 一类 50', () => {
  // Ⅱ-5 AAABCC = 7 × (3×100 + 66 + 2×33)% / 6 = 7 × 432/600 = 5.04 (exact).
  test('exactly 50.00 is eligible', () => {
    // Ⅱ-9 CCC = 6 × 0.33 = 1.98; Ⅱ-10 ACC = 3 + 0.99 + 0.99 = 4.98; the other seven Ⅱ at A = 60 − 7 − 6 − 9 = 38.
    // 38 + 5.04 + 1.98 + 4.98 = 50.00; 二类 30 (all aspects 75) → total 80.00, 合格.
    const states = allAWith({ 'II-5': 'AAABCC', 'II-9': 'CCC', 'II-10': 'ACC' });
    const s = score({ states, projects: [project('volunteering', Array(6).fill(75))] });
    expect(s).toMatchObject({ firstClass: 50, secondClass: 30, total: 80, eligible: true, grade: 'pass', qualified: true });
    expect(verdictText(std, s)).toBe('合格');
  });

  test('49.99 is not, even with 二类 full', () => {
    // Ⅱ-9 ABC = 2 + 1.32 + 0.66 = 3.98; Ⅱ-10 CCC = 2.97: 38 + 5.04 + 3.98 + 2.97 = 49.99.
    // + 40 = 89.99 is in the 良好 band, but without eligibility it does not count.
    const states = allAWith({ 'II-5': 'AAABCC', 'II-9': 'ABC', 'II-10': 'CCC' });
    const s = score({ states, projects: fullProjects() });
    expect(s).toMatchObject({ firstClass: 49.99, total: 89.99, eligible: false, grade: 'good', qualified: false });
    expect(verdictText(std, s)).toBe('不具备评定资格');
  });
});

describe('scoreAssessment: rounding of Ⅱ-5 (7 points over 6 items)', () => {
  test('each item is worth 7/6 = 1.1666… → 1.17, and all A still gives exactly 7', () => {
    const s = score({ states: allA });
    const ii5 = s.items.filter((i) => i.id.startsWith('II-5.'));
    expect(ii5.map((i) => [i.points, i.max])).toEqual(Array(6).fill([1.17, 1.17]));
    // The row is 7 × 600/600 = 7.00, not 6 × 1.17 = 7.02.
    expect(s.indicators.find((i) => i.id === 'II-5')).toEqual({ id: 'II-5', points: 7, max: 7 });
  });

  test('B is 0.77 exactly and C 0.385 → 0.39; the row is rounded from its exact sum', () => {
    // Ⅱ-5 AAAABC: row 7 × (400 + 66 + 33)/600 = 7 × 499/600 = 5.8216… → 5.82
    // (the items as printed, 4 × 1.17 + 0.77 + 0.39, add to 5.84: the row is what counts).
    const s = score({ states: allAWith({ 'II-5': 'AAAABC' }) });
    expect(s.items.filter((i) => i.id.startsWith('II-5.')).map((i) => i.points)).toEqual([1.17, 1.17, 1.17, 1.17, 0.77, 0.39]);
    expect(s.indicators.find((i) => i.id === 'II-5')?.points).toBe(5.82);
    // 一类 = the other nine rows at full (53) + 5.82 = 58.82.
    expect(s.firstClass).toBe(58.82);
  });

  test('the sheet adds up: 一类 is the sum of its rows, the total the sum of the two classes', () => {
    // Ⅱ-5 AAAAAC = 7 × 533/600 = 6.2183… → 6.22; Ⅱ-4 BBBB = 8 × 0.66 = 5.28; others full: 60 − 15 = 45.
    // 一类 = 45 + 6.22 + 5.28 = 56.50; 二类 = 40 × 520/600 = 34.666… → 34.67; total 91.17.
    const s = score({
      states: allAWith({ 'II-5': 'AAAAAC', 'II-4': 'BBBB' }),
      projects: [project('elderly_care', [90, 90, 85, 85, 85, 85])],
    });
    expect(s).toMatchObject({ firstClass: 56.5, secondClass: 34.67, total: 91.17, grade: 'good' });
    expect(sum(s.indicators.map((i) => i.points))).toBe(s.firstClass);
    expect(sum([s.firstClass, s.secondClass])).toBe(s.total);
  });
});
