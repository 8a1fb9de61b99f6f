// Cross-field rules of a standard: ids, references and weights that must agree before anything is scored.
import type { z } from 'zod';
import type { StandardShape, TClassId } from './schema';

type Shape = z.infer<typeof StandardShape>;
type Ctx = z.RefinementCtx;
type Path = (string | number)[];

// Not toHundredths: zod still runs these checks when a figure failed its two-decimals refinement,
// which is already reported; here it only needs to not throw.
const hundredths = (x: number) => Math.round(x * 100);

function fail(ctx: Ctx, path: Path, message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

function checkUnique(ctx: Ctx, ids: string[], path: (i: number) => Path, what: string): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) fail(ctx, path(i), `${what}编号重复: ${id}`);
    seen.add(id);
  });
}

function checkIds(s: Shape, ctx: Ctx): void {
  checkUnique(
    ctx,
    s.sections.map((x) => x.id),
    (i) => ['sections', i, 'id'],
    '项目',
  );
  checkUnique(
    ctx,
    s.indicators.map((x) => x.id),
    (i) => ['indicators', i, 'id'],
    '二级指标',
  );
  checkUnique(
    ctx,
    s.rates.map((x) => x.id),
    (i) => ['rates', i, 'id'],
    '比率',
  );
  checkUnique(
    ctx,
    s.categories.map((x) => x.id),
    (i) => ['categories', i, 'id'],
    '项目类别',
  );
  checkUnique(
    ctx,
    s.aspects.map((x) => x.id),
    (i) => ['aspects', i, 'id'],
    '评估方面',
  );
  const sections = new Set(s.sections.map((x) => x.id));
  const rates = new Set(s.rates.map((x) => x.id));
  s.indicators.forEach((ind, i) => {
    if (!sections.has(ind.section)) fail(ctx, ['indicators', i, 'section'], `未知的项目 ${ind.section}`);
    ind.items.forEach((item, k) => {
      // The id is the item's place under its indicator, so stored states keep their meaning.
      const expected = `${ind.id}.${k + 1}`;
      if (item.id !== expected) fail(ctx, ['indicators', i, 'items', k, 'id'], `应为 ${expected}`);
      if (item.source && !rates.has(item.source.rate)) {
        fail(ctx, ['indicators', i, 'items', k, 'source', 'rate'], `未知的比率 ${item.source.rate}`);
      }
    });
  });
  s.sections.forEach((sec, i) => {
    if (!s.indicators.some((ind) => ind.section === sec.id)) fail(ctx, ['sections', i], `项目 ${sec.id} 没有二级指标`);
  });
}

function checkWeights(s: Shape, ctx: Ctx): void {
  const sums = { first: 0, second: 0 };
  s.sections.forEach((sec, si) => {
    const byStates = s.classes[sec.class].scoredBy === 'states';
    const own = s.indicators.map((ind, i) => ({ ind, i })).filter(({ ind }) => ind.section === sec.id);
    if (sec.weight !== undefined) {
      // Items split their indicator's weight, so a states-scored indicator cannot share one.
      if (byStates) fail(ctx, ['sections', si, 'weight'], `按状态评分的项目 ${sec.id} 不能共用权重`);
      own.forEach(({ ind, i }) => {
        if (ind.weight !== null) fail(ctx, ['indicators', i, 'weight'], `${ind.id} 的权重已由项目 ${sec.id} 给出`);
      });
      sums[sec.class] += hundredths(sec.weight);
    } else {
      own.forEach(({ ind, i }) => {
        if (ind.weight === null) fail(ctx, ['indicators', i, 'weight'], `${ind.id} 缺少权重`);
        else sums[sec.class] += hundredths(ind.weight);
      });
    }
    if (!byStates) {
      own.forEach(({ ind, i }) =>
        ind.items.forEach((item, k) => {
          if (item.source) fail(ctx, ['indicators', i, 'items', k, 'source'], '按项目评估计分的指标不取状态来源');
        }),
      );
    }
  });
  // The shape's own class keys, not CLASS_IDS: a value import from schema.ts would make the two modules a cycle.
  for (const c of Object.keys(s.classes) as TClassId[]) {
    const total = hundredths(s.classes[c].total);
    if (sums[c] !== total) {
      fail(ctx, ['classes', c, 'total'], `${s.classes[c].name}权重合计 ${sums[c] / 100},与总分 ${total / 100} 不符`);
    }
  }
}

function checkThresholds(s: Shape, ctx: Ctx): void {
  const f = s.stateFactors;
  if (!(f.A >= f.B && f.B >= f.C)) fail(ctx, ['stateFactors'], '状态系数应满足 A ≥ B ≥ C');
  const { A, B, minSample: n } = s.rateStates;
  if (A < B) fail(ctx, ['rateStates'], '比率门槛应满足 A ≥ B');
  // At the minimum sample some count must fall in [B%, A%), or a B could never come from the rates there.
  else if (A > B && Math.ceil((B * n) / 100) * 100 >= A * n) {
    fail(ctx, ['rateStates', 'minSample'], `最少样本 ${n} 份时没有比率落在 ${B}%–${A}% 之间,B 档无从评定`);
  }
  const g = s.grades;
  if (!(g.excellent.min > g.good.min && g.good.min > g.pass.min)) fail(ctx, ['grades'], '等次分数线应依次降低');
  const max = s.classes.first.total + s.classes.second.total;
  if (g.excellent.min > max) fail(ctx, ['grades', 'excellent', 'min'], `分数线超过满分 ${max}`);
  if (s.eligibility.min > s.classes[s.eligibility.class].total) {
    fail(ctx, ['eligibility', 'min'], '评定资格线超过该类指标总分');
  }
}

export function checkStandard(s: Shape, ctx: Ctx): void {
  checkIds(s, ctx);
  checkWeights(s, ctx);
  checkThresholds(s, ctx);
}
