// An audit entry as one readable line: what was done, to what, from → to, and why; values shown in short.
import type { TAuditEntry } from '../../cloud/contract/audit';
import { ROLE_NAMES, type TRole } from '../../cloud/contract/rules';
import { STAGES_TEXT } from '../text/stages';
import { displayId } from './standard-view';

/** A logged value in short: an item's state (or 未评定), a name or label as is, an object's filled fields. */
export function shortValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return STAGES_TEXT.nothing;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(shortValue).join('、');
  if (typeof value === 'object') {
    const fields = value as Record<string, unknown>;
    if ('state' in fields) return fields.state === null ? '未评定' : String(fields.state);
    if (typeof fields.role === 'string') {
      const role = ROLE_NAMES[fields.role as TRole] ?? fields.role;
      const name = typeof fields.displayName === 'string' ? ` ${fields.displayName}` : '';
      const where = typeof fields.communityId === 'string' ? `（${fields.communityId}）` : '';
      return `${role}${name}${where}`;
    }
    const shown = Object.entries(fields).filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object');
    return shown.length > 0 ? shown.map(([k, v]) => `${k} ${String(v)}`).join('，') : STAGES_TEXT.nothing;
  }
  return STAGES_TEXT.nothing;
}

/** 修改测评项 Ⅱ-1.1, 终期验收, … */
export function whatOf(entry: Pick<TAuditEntry, 'action' | 'target'>): string {
  const action = STAGES_TEXT.actions[entry.action] ?? entry.action;
  const byItem = entry.action === 'item' || entry.action === 'evidence' || entry.action === 'review';
  return byItem && entry.target ? `${action} ${displayId(entry.target)}` : action;
}

/** from → to, or null when the entry changed nothing one can show (a stage: both empty). */
export function changeOf(entry: Pick<TAuditEntry, 'from' | 'to'>): string | null {
  const empty = (v: unknown) => v === null || v === undefined;
  if (empty(entry.from) && empty(entry.to)) return null;
  return STAGES_TEXT.fromTo(shortValue(entry.from), shortValue(entry.to));
}
