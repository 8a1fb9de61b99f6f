// The verdict of a score, as an id and as the Chinese words officials use (优秀/良好/合格/不合格 come from the standard).
import { z } from 'zod';
import { GRADES, type TStandard } from './schema';
import type { TScore } from './result';

export const Verdict = z.enum([...GRADES, 'ineligible', 'incomplete']);
export type TVerdict = z.infer<typeof Verdict>;

export const VERDICT_TEXT = {
  ineligible: '不具备评定资格',
  incomplete: '未完成评定',
} as const;

/** Incomplete first (the grade is unknown), then eligibility: without it the total does not count. */
export function verdictOf(score: Pick<TScore, 'complete' | 'eligible' | 'grade'>): TVerdict {
  if (!score.complete || score.grade === null) return 'incomplete';
  if (!score.eligible) return 'ineligible';
  return score.grade;
}

export function verdictText(standard: TStandard, score: Pick<TScore, 'complete' | 'eligible' | 'grade'>): string {
  const verdict = verdictOf(score);
  return verdict === 'incomplete' || verdict === 'ineligible' ? VERDICT_TEXT[verdict] : standard.grades[verdict].name;
}
