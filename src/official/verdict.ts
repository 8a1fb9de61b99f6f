// The words for a score's verdict. The scorer decides complete/eligible/grade; this only names the outcome
// (the grade names come from the standard), in the order the standard reads them: incomplete, ineligible, grade.
import type { TScore, TStandard } from '../../rubric';
import { ASSESSMENT_TEXT } from '../text/assessment';

export type VerdictKey = 'incomplete' | 'ineligible' | NonNullable<TScore['grade']>;

export function verdictKey(score: Pick<TScore, 'complete' | 'eligible' | 'grade'>): VerdictKey {
  if (!score.complete || score.grade === null) return 'incomplete';
  if (!score.eligible) return 'ineligible';
  return score.grade;
}

export function verdictLabel(standard: Pick<TStandard, 'grades'>, score: Pick<TScore, 'complete' | 'eligible' | 'grade'>): string {
  const key = verdictKey(score);
  return key === 'incomplete' || key === 'ineligible' ? ASSESSMENT_TEXT.verdicts[key] : standard.grades[key].name;
}

/** '2026-11-27T03:51:00.000Z' → '2026-11-27 11:51' in the phone's time zone. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
