// An official's unsaved choices on an assessment: states and notes over what is saved, and what to send.
import type { TAssessment, TSaveAssessmentInput, TScoreAssessmentInput } from '../../cloud/contract';
import { RATE_ITEM_IDS } from '../../cloud/contract/assessment';
import type { TState } from '../../rubric';

export interface Draft {
  /** null: no state (for Ⅱ-10.2/10.3, follow the rates). */
  states: Record<string, TState | null>;
  notes: Record<string, string>;
  /** Why Ⅱ-10.2/10.3 is set by hand ('' when none). */
  reasons: Record<string, string>;
}

export function draftOf(assessment: TAssessment): Draft {
  const draft: Draft = { states: {}, notes: {}, reasons: {} };
  for (const item of assessment.items) {
    draft.states[item.id] = item.state;
    draft.notes[item.id] = item.note ?? '';
    draft.reasons[item.id] = item.reason ?? '';
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

type Changes = Pick<TSaveAssessmentInput, 'states' | 'notes' | 'reasons'>;

/**
 * Only what changed since the save: a cleared state goes as null, a cleared note as ''. A reason goes for an item
 * set by hand whose state or reason changed (the server needs one with a new override); reasons only when some go.
 */
export function changesOf(draft: Draft, assessment: TAssessment): Changes {
  const saved = draftOf(assessment);
  const states: TSaveAssessmentInput['states'] = {};
  const notes: NonNullable<TSaveAssessmentInput['notes']> = {};
  const reasons: NonNullable<TSaveAssessmentInput['reasons']> = {};
  for (const [id, state] of Object.entries(draft.states)) {
    if ((saved.states[id] ?? null) !== state) states[id] = state;
  }
  for (const [id, note] of Object.entries(draft.notes)) {
    if ((saved.notes[id] ?? '') !== note) notes[id] = note;
  }
  for (const [id, reason] of Object.entries(draft.reasons ?? {})) {
    const overridden = (draft.states[id] ?? null) !== null;
    const changed = (saved.reasons[id] ?? '') !== reason || id in states;
    if (RATE_ITEM_IDS.has(id) && overridden && changed && reason.trim() !== '') reasons[id] = reason.trim();
  }
  return Object.keys(reasons).length > 0 ? { states, notes, reasons } : { states, notes };
}

/** Rate items newly set by hand without a reason: the server refuses those (400 at reasons.<id>). */
export function missingReasons(draft: Draft, assessment: TAssessment, rateItems: ReadonlySet<string>): string[] {
  const { states } = changesOf(draft, assessment);
  return Object.entries(states)
    .filter(([id, state]) => rateItems.has(id) && state !== null && (draft.reasons?.[id] ?? '').trim() === '')
    .map(([id]) => id);
}

export const hasChanges = (draft: Draft, assessment: TAssessment): boolean => {
  const { states, notes, reasons } = changesOf(draft, assessment);
  return Object.keys(states).length > 0 || Object.keys(notes ?? {}).length > 0 || Object.keys(reasons ?? {}).length > 0;
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
  for (const [id, reason] of Object.entries(current.reasons ?? {})) {
    if ((sent.reasons?.[id] ?? '') !== reason) next.reasons[id] = reason;
  }
  return next;
}
