// An official's unsaved choices on an assessment: states and notes over what is saved, and what to send.
import type { TAssessment, TSaveAssessmentInput, TScoreAssessmentInput } from '../../cloud/contract';
import type { TState } from '../../rubric';

export interface Draft {
  /** null: no state (for Ⅱ-10.2/10.3, follow the rates). */
  states: Record<string, TState | null>;
  notes: Record<string, string>;
}

export function draftOf(assessment: TAssessment): Draft {
  const draft: Draft = { states: {}, notes: {} };
  for (const item of assessment.items) {
    draft.states[item.id] = item.state;
    draft.notes[item.id] = item.note ?? '';
  }
  return draft;
}

/** What scoreAssessment needs for a what-if: the chosen states, the live rates as counts, the projects. */
export function scoreInputOf(draft: Draft, assessment: TAssessment): TScoreAssessmentInput {
  const states: Record<string, TState> = {};
  for (const [id, state] of Object.entries(draft.states)) if (state) states[id] = state;
  const rates: NonNullable<TScoreAssessmentInput['rates']> = {};
  for (const [id, rate] of Object.entries(assessment.rates)) if (rate) rates[id] = { count: rate.count, n: rate.n };
  const projects = assessment.projects.map(({ category, aspects }) => ({ category, aspects }));
  return { states, rates, projects };
}

/** Only what changed since the save: a cleared state goes as null, a cleared note as ''. */
export function changesOf(draft: Draft, assessment: TAssessment): Pick<TSaveAssessmentInput, 'states' | 'notes'> {
  const saved = draftOf(assessment);
  const states: TSaveAssessmentInput['states'] = {};
  const notes: NonNullable<TSaveAssessmentInput['notes']> = {};
  for (const [id, state] of Object.entries(draft.states)) {
    if ((saved.states[id] ?? null) !== state) states[id] = state;
  }
  for (const [id, note] of Object.entries(draft.notes)) {
    if ((saved.notes[id] ?? '') !== note) notes[id] = note;
  }
  return { states, notes };
}

export const hasChanges = (draft: Draft, assessment: TAssessment): boolean => {
  const { states, notes } = changesOf(draft, assessment);
  return Object.keys(states).length > 0 || Object.keys(notes ?? {}).length > 0;
};

/** The saved assessment with the edits made while `sent` was being saved kept on top. */
export function rebase(current: Draft, sent: Draft, assessment: TAssessment): Draft {
  const next = draftOf(assessment);
  for (const [id, state] of Object.entries(current.states)) {
    if ((sent.states[id] ?? null) !== state) next.states[id] = state;
  }
  for (const [id, note] of Object.entries(current.notes)) {
    if ((sent.notes[id] ?? '') !== note) next.notes[id] = note;
  }
  return next;
}
