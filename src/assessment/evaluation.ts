// The evaluator's six typed scores without React: each checked by the contract's AspectScore, and the project's ratio
// (the mean of its six / 100, PRODUCT.md 二类) rounded as the rubric rounds.
import { AspectScore, SaveProjectEvaluationInput, type TAspects } from '../../cloud/contract/projects';
import { ASPECTS, type TAspectId } from '../../cloud/contract/rules';
import { round2 } from '../../rubric/round';
import { check, typedNumber } from '../common/formCheck';
import { EVALUATION_TEXT } from '../text/evaluation';

export type AspectDraft = Record<TAspectId, string>;
export type AspectErrors = Partial<Record<TAspectId, string>>;

export const emptyDraft = (): AspectDraft => Object.fromEntries(ASPECTS.map((a) => [a.id, ''])) as AspectDraft;

export const draftOfAspects = (aspects: TAspects | null | undefined): AspectDraft =>
  aspects ? (Object.fromEntries(ASPECTS.map((a) => [a.id, String(aspects[a.id])])) as AspectDraft) : emptyDraft();

/** One typed score's problem, or null when AspectScore takes it. */
export function aspectProblem(raw: string): string | null {
  if (raw.trim() === '') return EVALUATION_TEXT.required;
  const checked = check(AspectScore, typedNumber(raw));
  return checked.ok ? null : (checked.errors[''] ?? Object.values(checked.errors)[0] ?? null);
}

/**
 * Every aspect's problem (only those typed in, unless `all`), and what saveProjectEvaluation would get
 * once all six are good.
 */
export function checkDraft(projectId: string, draft: AspectDraft, all = false): { errors: AspectErrors; aspects: TAspects | null } {
  const errors: AspectErrors = {};
  let complete = true;
  for (const { id } of ASPECTS) {
    const problem = aspectProblem(draft[id]);
    if (problem) complete = false;
    if (problem && (all || draft[id].trim() !== '')) errors[id] = problem;
  }
  if (!complete) return { errors, aspects: null };
  const aspects = Object.fromEntries(ASPECTS.map((a) => [a.id, typedNumber(draft[a.id])]));
  const checked = check(SaveProjectEvaluationInput, { projectId, aspects });
  return { errors, aspects: checked.ok ? checked.data.aspects : null };
}

/** The six's mean in 分, to hundredths (half up, as the rubric rounds); the ratio (mean / 100) shown beside it as 得分率. */
export function ratioText(aspects: Readonly<Record<string, number>>): string {
  const mean = round2(ASPECTS.reduce((sum, a) => sum + aspects[a.id], 0) / ASPECTS.length);
  return EVALUATION_TEXT.ratio(String(mean));
}

/** Whether the typed scores differ from the saved ones (none saved: whether anything is typed). */
export function draftChanged(draft: AspectDraft, saved: TAspects | null | undefined): boolean {
  const base = draftOfAspects(saved);
  return ASPECTS.some((a) => draft[a.id].trim() !== base[a.id].trim());
}
