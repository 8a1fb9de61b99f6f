// The evaluator's page without React: checking an aspect's score as typed and the project's ratio
// (the mean of its six aspects / 100, PRODUCT.md 二类).
import type { TAspects } from '../../cloud/contract';
import { ASPECTS, EVALUATION_TEXT, type AspectId } from '../text/evaluation';

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

/**
 * Half up to two decimals, as the rubric's round2 (rubric/round.ts, which the weapp build does not compile):
 * trimming to 12 significant digits first absorbs binary error, so 4.015 (stored as 4.01499…) gives 4.02.
 */
function round2(x: number): number {
  const scaled = Number((Math.abs(x) * 100).toPrecision(12));
  return (Math.sign(x) * Math.floor(scaled + 0.5)) / 100;
}

/** The mean to hundredths (half up) and the ratio as that mean / 100, so the two figures agree. */
export function ratioText(aspects: TAspects): string {
  const mean = round2(ASPECTS.reduce((sum, a) => sum + aspects[a.id], 0) / ASPECTS.length);
  const ratio = (Math.round(mean * 100) / 10000).toFixed(4).replace(/0{1,2}$/, '');
  return EVALUATION_TEXT.ratio(ratio, String(mean));
}
