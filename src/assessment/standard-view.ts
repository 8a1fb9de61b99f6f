// Reading a standard (getStandard's answer) for display: its Ⅰ/Ⅱ grouping, Roman ids, and which items officials judge.
import type { TIndicator, TSection, TStandard } from '../../rubric';

export interface SectionGroup {
  section: TSection;
  indicators: TIndicator[];
}

/** Ⅰ-n sections in the standard's order, each with its Ⅱ-n indicators. */
export function groupStandard(standard: TStandard): SectionGroup[] {
  return standard.sections.map((section) => ({
    section,
    indicators: standard.indicators.filter((i) => i.section === section.id),
  }));
}

/** 'II-10.2' → 'Ⅱ-10.2': written once in the contract's rules, which the workbook uses too. */
export { displayId } from '../../cloud/contract/rules';

/** Whether a section's items are judged A/B/C (一类) or scored from the projects' evaluations (二类). */
export function judgedBySection(standard: TStandard, section: TSection): boolean {
  return standard.classes[section.class].scoredBy === 'states';
}

/** An indicator's weight; where the table prints one cell for the whole section, the section's. */
export function weightOf(standard: TStandard, indicator: TIndicator): { weight: number; shared: boolean } {
  if (indicator.weight !== null) return { weight: indicator.weight, shared: false };
  const section = standard.sections.find((s) => s.id === indicator.section);
  return { weight: section?.weight ?? 0, shared: true };
}

export function itemCount(standard: TStandard): number {
  return standard.indicators.reduce((sum, i) => sum + i.items.length, 0);
}

/** Points as the score sheet prints them: already rounded to hundredths by the scorer; no trailing zeros. */
export function formatPoints(x: number): string {
  return String(Math.round(x * 100) / 100);
}
