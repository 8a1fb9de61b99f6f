// Zod schema of scoreAssessment's input, built from a standard: item ids, rates, categories and aspects come from its data.
import { z } from 'zod';
import { isHundredths } from './round';
import { State, type TStandard, type TState } from './schema';
import { stateItems } from './lookup';

/** Survey counts for one rate: `count` of `n` valid responses (n = 0: no rate yet). */
export const RateCount = z
  .object({ count: z.number().int().min(0), n: z.number().int().min(0) })
  .refine((r) => r.count <= r.n, { message: '人数不能超过有效问卷数', path: ['count'] });
export type TRateCount = z.infer<typeof RateCount>;

const ASPECT_RANGE = '评分应在 0–100 之间';
const AspectScore = z.number().min(0, ASPECT_RANGE).max(100, ASPECT_RANGE).refine(isHundredths, '评分最多两位小数');

export interface TProjectEvaluation {
  id?: string;
  category: string;
  aspects: Record<string, number>;
}

export interface TScoreInput {
  states: Partial<Record<string, TState>>;
  rates?: Partial<Record<string, TRateCount>>;
  projects?: TProjectEvaluation[];
}

function build(standard: TStandard): z.ZodType<TScoreInput, TScoreInput> {
  const judged = new Set(stateItems(standard).map((item) => item.id));
  const categories = standard.categories.map((c) => c.id);
  const max = standard.maxProjectsPerCategory;
  const aspects = z.strictObject(Object.fromEntries(standard.aspects.map((a) => [a.id, AspectScore])));
  const Project = z.strictObject({
    id: z.string().min(1).max(64).optional(),
    category: z.enum(categories as [string, ...string[]], { error: '未知的项目类别' }),
    aspects,
  });
  const rates = z.strictObject(Object.fromEntries(standard.rates.map((r) => [r.id, RateCount.optional()])));

  const states = z.record(z.string(), State).superRefine((given, ctx) => {
    for (const id of Object.keys(given)) {
      if (!judged.has(id)) ctx.addIssue({ code: 'custom', path: [id], message: `没有可评定状态的测评内容 ${id}` });
    }
  });
  // The two-per-category rule (Ⅱ-11: 每个类别最多报送2项).
  const projects = z.array(Project).superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((p, i) => {
      const count = (seen.get(p.category) ?? 0) + 1;
      seen.set(p.category, count);
      if (count > max) {
        const name = standard.categories.find((c) => c.id === p.category)?.name ?? p.category;
        ctx.addIssue({ code: 'custom', path: [i, 'category'], message: `${name}类最多${max}个项目` });
      }
    });
  });
  return z.strictObject({ states, rates: rates.optional(), projects: projects.optional() });
}

const cache = new WeakMap<TStandard, z.ZodType<TScoreInput, TScoreInput>>();

/** The input schema for one standard (memoised per standard object). */
export function makeScoreInput(standard: TStandard): z.ZodType<TScoreInput, TScoreInput> {
  let schema = cache.get(standard);
  if (!schema) {
    schema = build(standard);
    cache.set(standard, schema);
  }
  return schema;
}
