// Walks of a standard that scoring, input validation and screens share: which indicators and items each class holds.
import type { TClassId, TIndicator, TItem, TStandard } from './schema';

export function classOf(standard: TStandard, indicator: TIndicator): TClassId {
  const section = standard.sections.find((s) => s.id === indicator.section);
  if (!section) throw new Error(`indicator ${indicator.id} names unknown section ${indicator.section}`);
  return section.class;
}

export function indicatorsOf(standard: TStandard, classId: TClassId): TIndicator[] {
  return standard.indicators.filter((ind) => classOf(standard, ind) === classId);
}

/** Indicators whose items an official judges A/B/C (in 2017, Ⅱ-1 … Ⅱ-10). */
export function stateIndicators(standard: TStandard): TIndicator[] {
  return standard.indicators.filter((ind) => standard.classes[classOf(standard, ind)].scoredBy === 'states');
}

export function stateItems(standard: TStandard): TItem[] {
  return stateIndicators(standard).flatMap((ind) => ind.items);
}
