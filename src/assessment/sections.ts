// A 一级指标 (Ⅰ-n section) of the standard in short, for the assessment page's collapsed sections and index:
// its points and maximum as the scorer answered them, and how many of its judged items have no state yet.
import type { TJudgedScore, TSection, TStandard } from '../../rubric';
import { judgedBySection } from './standard-view';

export interface SectionSubtotal {
  points: number;
  max: number;
  /** Judged items without a state (0 for 二类, which the projects' evaluations score). */
  missing: number;
}

const hundredths = (x: number) => Math.round(x * 100) / 100;

export function sectionSubtotal(standard: TStandard, section: TSection, score: TJudgedScore): SectionSubtotal {
  if (!judgedBySection(standard, section)) {
    // 二类 has no per-Ⅱ split: the section is the class (2017: Ⅰ-5 is all of 二类, 40 points).
    const total = standard.classes[section.class].total;
    return { points: score.secondClass, max: section.weight ?? total, missing: 0 };
  }
  const ids = new Set(standard.indicators.filter((i) => i.section === section.id).map((i) => i.id));
  const scored = score.indicators.filter((i) => ids.has(i.id));
  const itemIds = new Set(standard.indicators.filter((i) => ids.has(i.id)).flatMap((i) => i.items.map((it) => it.id)));
  return {
    points: hundredths(scored.reduce((s, i) => s + i.points, 0)),
    max: hundredths(scored.reduce((s, i) => s + i.max, 0)),
    missing: score.items.filter((i) => itemIds.has(i.id) && i.state === null).length,
  };
}
