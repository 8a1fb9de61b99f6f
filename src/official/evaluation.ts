// The evaluator's page without React: where it lives, who sees the way in, checking an aspect's score
// as typed and the project's ratio (the mean of its six aspects / 100, PRODUCT.md 二类).
import type { TAspects } from '../../cloud/contract';
import { ASPECTS, EVALUATION_TEXT, type AspectId } from '../text/evaluation';

export const EVALUATION_URL = '/packages/official/evaluation/index';

export function evaluationUrl(year: number, communityId?: string): string {
  const community = communityId ? `communityId=${encodeURIComponent(communityId)}&` : '';
  return `${EVALUATION_URL}?${community}year=${year}`;
}

/** Third-party evaluators and admins save project evaluations. */
export function canEvaluate(roles: readonly string[] | undefined): boolean {
  return Array.isArray(roles) && roles.some((r) => r === 'evaluator' || r === 'admin');
}

export type AspectDraft = Record<AspectId, string>;

export const emptyDraft = (): AspectDraft =>
  Object.fromEntries(ASPECTS.map((a) => [a.id, ''])) as AspectDraft;

export const draftOfAspects = (aspects: TAspects | null | undefined): AspectDraft =>
  aspects ? (Object.fromEntries(ASPECTS.map((a) => [a.id, String(aspects[a.id])])) as AspectDraft) : emptyDraft();

/** A typed score: a number 0–100 with at most two decimals, or the reason it is not one. */
export function parseAspect(raw: string): { ok: true; value: number } | { ok: false; error: string } {
  const text = raw.trim();
  if (text === '') return { ok: false, error: EVALUATION_TEXT.required };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, error: EVALUATION_TEXT.outOfRange };
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || value > 100) return { ok: false, error: EVALUATION_TEXT.outOfRange };
  if (!/^[+-]?\d*(\.\d{0,2})?$/.test(text)) return { ok: false, error: EVALUATION_TEXT.tooPrecise };
  return { ok: true, value };
}

/** Every aspect's error (only for the ones typed in, unless `all`), and the aspects when all six are good. */
export function checkDraft(draft: AspectDraft, all = false): { errors: Partial<Record<AspectId, string>>; aspects: TAspects | null } {
  const errors: Partial<Record<AspectId, string>> = {};
  const values: Partial<Record<AspectId, number>> = {};
  for (const { id } of ASPECTS) {
    const parsed = parseAspect(draft[id]);
    if (parsed.ok) values[id] = parsed.value;
    else if (all || draft[id].trim() !== '') errors[id] = parsed.error;
  }
  const complete = ASPECTS.every((a) => values[a.id] !== undefined);
  return { errors, aspects: complete ? (values as TAspects) : null };
}

const round = (x: number, places: number) => {
  const f = 10 ** places;
  return Math.round((x + Number.EPSILON) * f) / f;
};

/** The project's ratio (mean / 100) and the mean, for display. */
export function ratioOf(aspects: TAspects): { ratio: number; mean: number } {
  const mean = ASPECTS.reduce((sum, a) => sum + aspects[a.id], 0) / ASPECTS.length;
  return { ratio: mean / 100, mean };
}

export function ratioText(aspects: TAspects): string {
  const { ratio, mean } = ratioOf(aspects);
  return EVALUATION_TEXT.ratio(round(ratio, 4).toFixed(4).replace(/0{1,2}$/, ''), String(round(mean, 2)));
}
