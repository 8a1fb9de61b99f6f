// The verdict of a score, as an id and as the Chinese words officials use (优秀/良好/合格/不合格 come from the standard).
import { z } from 'zod';
import { GRADES, type TStandard } from './schema';
import { Score, type TScore } from './result';

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

/** A score with its verdict, as every call that answers a score carries it. */
export const JudgedScore = Score.extend({ verdict: Verdict, verdictText: z.string() });
export type TJudgedScore = z.infer<typeof JudgedScore>;

export function judge(standard: TStandard, score: TScore): TJudgedScore {
  return { ...score, verdict: verdictOf(score), verdictText: verdictText(standard, score) };
}

export function verdictText(standard: TStandard, score: Pick<TScore, 'complete' | 'eligible' | 'grade'>): string {
  const verdict = verdictOf(score);
  return verdict === 'incomplete' || verdict === 'ineligible' ? VERDICT_TEXT[verdict] : standard.grades[verdict].name;
}
