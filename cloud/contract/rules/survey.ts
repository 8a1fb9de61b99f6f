// The yearly survey's questions and option ids (docs/PRODUCT.md, "The yearly survey"): each id written once, with its label.

const AWARENESS = [
  { id: 'aware', label: '知道' },
  { id: 'heard', label: '听说过' },
  { id: 'unaware', label: '不知道' },
] as const;
const SATISFACTION = [
  { id: 'satisfied', label: '满意' },
  { id: 'fairly_satisfied', label: '比较满意' },
  { id: 'basically_satisfied', label: '基本满意' },
  { id: 'fairly_dissatisfied', label: '不太满意' },
  { id: 'dissatisfied', label: '不满意' },
  { id: 'unsure', label: '说不清' },
] as const;

type Ids<T extends ReadonlyArray<{ id: string }>> = { [K in keyof T]: T[K] extends { id: infer I } ? I : never };
const idsOf = <T extends ReadonlyArray<{ id: string }>>(options: T) => options.map((o) => o.id) as unknown as Ids<T>;

export const AWARENESS_OPTIONS = idsOf(AWARENESS);
export const SATISFACTION_OPTIONS = idsOf(SATISFACTION);
export type AwarenessOption = (typeof AWARENESS_OPTIONS)[number];
export type SatisfactionOption = (typeof SATISFACTION_OPTIONS)[number];

export interface QuestionDefinition {
  id: 'awareness' | 'satisfaction';
  text: string;
  options: ReadonlyArray<{ id: string; label: string }>;
}

export const SURVEY_QUESTIONS: readonly QuestionDefinition[] = [
  { id: 'awareness', text: '您是否知道本社区正在开展“美丽群岛 幸福社区”建设？', options: AWARENESS },
  { id: 'satisfaction', text: '您对本社区“幸福社区”建设的总体评价是？', options: SATISFACTION },
];

/** Which options of which question count toward each rate (the standard's Ⅱ-10.2 and Ⅱ-10.3). */
export const RATE_DEFINITIONS = {
  awareness: { question: 'awareness', counted: ['aware', 'heard'] },
  satisfaction: {
    question: 'satisfaction',
    counted: ['satisfied', 'fairly_satisfied', 'basically_satisfied'],
  },
} as const;

export type RateName = keyof typeof RATE_DEFINITIONS;
