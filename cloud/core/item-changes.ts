// What a saveAssessment changes: the sent states, notes and override reasons merged into the saved items, and the audit entries.
import { RATE_ITEM_IDS, type ApiIssue, type TSaveAssessmentInput } from '../contract';
import type { AssessmentItemRecord } from '../store/types';
import type { AuditDraft } from './audit';
import { AppError } from './errors';

export interface ItemChanges {
  put: AssessmentItemRecord[];
  remove: string[];
  audit: AuditDraft[];
}

const cleanNote = (note: string | null) => (note === null || note.trim() === '' ? null : note.trim());
const printed = (id: string) => id.replace(/^II-/, 'Ⅱ-');
const logged = (i: Pick<AssessmentItemRecord, 'state' | 'note' | 'reason'> | undefined) =>
  i ? { state: i.state, note: i.note, reason: i.reason } : null;

/**
 * Merges the input into the saved items: a state, note or reason sent replaces the saved one (null or
 * '' clears a state or note), anything not sent stays. An item left with neither state nor note is
 * deleted; one whose state, note and reason end as they were is left alone (keeping setBy and setAt).
 * Ⅱ-10.2/10.3 set by hand to a new state need a reason sent with it; it goes when the state is cleared.
 * Refuses with 400, naming reasons.<id>, before anything is written.
 */
export function itemChanges(
  input: TSaveAssessmentInput,
  saved: Map<string, AssessmentItemRecord>,
  stamp: Pick<AssessmentItemRecord, 'setBy' | 'setByRole' | 'setByName' | 'setAt'>,
): ItemChanges {
  const { communityId, year, states } = input;
  const notes = input.notes ?? {};
  const reasons = input.reasons ?? {};
  const changes: ItemChanges = { put: [], remove: [], audit: [] };
  const issues: ApiIssue[] = [];
  for (const itemId of new Set([...Object.keys(states), ...Object.keys(notes), ...Object.keys(reasons)])) {
    const before = saved.get(itemId);
    const state = itemId in states ? states[itemId] : (before?.state ?? null);
    const note = itemId in notes ? cleanNote(notes[itemId]) : (before?.note ?? null);
    const byHand = RATE_ITEM_IDS.has(itemId) && state !== null;
    const path = `reasons.${itemId}`;
    if (!byHand && itemId in reasons) {
      issues.push({ path, code: 'custom', message: `${printed(itemId)} 按问卷比率评定时无需理由；人工评定时才填写` });
    } else if (byHand && state !== (before?.state ?? null) && !(itemId in reasons)) {
      issues.push({ path, code: 'custom', message: `人工评定 ${printed(itemId)} 须写明理由（该项通常按问卷比率评定）` });
    }
    const reason = byHand ? (reasons[itemId] ?? before?.reason ?? null) : null;
    const target = { action: 'item' as const, communityId, year, target: itemId, from: logged(before) };
    if (state === null && note === null) {
      if (!before) continue;
      changes.remove.push(itemId);
      changes.audit.push({ ...target, to: null });
    } else if (before?.state !== state || before?.note !== note || (before?.reason ?? null) !== reason) {
      changes.put.push({ communityId, year, itemId, state, note, reason, ...stamp });
      changes.audit.push({ ...target, to: { state, note, reason }, reason });
    }
  }
  if (issues.length > 0) throw new AppError('INVALID_INPUT', '人工评定的比率项需要写明理由', issues);
  return changes;
}
