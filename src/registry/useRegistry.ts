// The registry editor: the communities the caller works with, saving one (saveCommunity) and importing a sheet (importCommunities).
import { useState } from 'react';
import type { TCommunity } from '../../cloud/contract';
import { SaveCommunityInput } from '../../cloud/contract/registry';
import { callCloud } from '../common/api/cloud';
import { check, typedNumber, type FieldErrors } from '../common/formCheck';
import { useAction } from '../common/hooks/useAction';
import { useCall } from '../common/hooks/useCall';
import { STAFFING_TEXT } from '../text/staffing';
import { parseSheet, rowOfIssue } from './csv';

export interface CommunityForm {
  id?: string;
  name: string;
  district: string;
  street: string;
  kind: TCommunity['kind'];
  households: string;
  pilot: boolean;
}

export const blankForm = (): CommunityForm => ({ name: '', district: '', street: '', kind: 'urban', households: '', pilot: false });
export const formOf = (c: TCommunity): CommunityForm => ({ ...c, households: c.households === null ? '' : String(c.households) });

export function useRegistry() {
  const list = useCall('listCommunities', { mine: true });
  const [form, setForm] = useState<CommunityForm | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const save = useAction();

  const open = (next: CommunityForm | null) => {
    setForm(next);
    setErrors({});
    save.clear();
  };
  const update = (patch: Partial<CommunityForm>) => setForm((f) => (f ? { ...f, ...patch } : f));
  const submit = async () => {
    if (!form) return;
    const households = form.households.trim() === '' ? null : typedNumber(form.households);
    const checked = check(SaveCommunityInput, { ...form, households });
    if (!checked.ok) {
      setErrors(checked.errors);
      save.refuse(Object.values(checked.errors)[0] ?? '');
      return;
    }
    setErrors({});
    const out = await save.run(() => callCloud('saveCommunity', checked.data), {
      done: (o) => STAFFING_TEXT.saved(o.community.name, o.created),
      failed: (e) => e.issues?.[0]?.message ?? e.message,
    });
    if (out) {
      setForm(null);
      merge([out.community]);
    }
  };
  /** Puts saved communities in place (new ones at the end) without reloading, so what was said stays on screen. */
  const merge = (saved: TCommunity[]) =>
    list.setData((cur) => {
      const byId = new Map(saved.map((c) => [c.id, c]));
      const kept = cur.communities.map((c) => byId.get(c.id) ?? c);
      const known = new Set(cur.communities.map((c) => c.id));
      return { communities: [...kept, ...saved.filter((c) => !known.has(c.id))] };
    });
  return { list, form, errors, open, update, submit, merge, saving: save.busy, saveResult: save.result };
}

/** The pasted sheet, its import, and each bad row the server named. */
export function useImport(onDone: (saved: TCommunity[]) => void) {
  const [text, setText] = useState('');
  const [rowErrors, setRowErrors] = useState<string[]>([]);
  const action = useAction();
  const run = async () => {
    setRowErrors([]);
    const rows = parseSheet(text);
    if (rows.length === 0) return action.refuse(STAFFING_TEXT.parseEmpty);
    const out = await action.run(() => callCloud('importCommunities', { rows } as never), {
      done: (o) => STAFFING_TEXT.imported(o.created, o.updated),
      failed: (e) => {
        const lines = (e.issues ?? []).map((i) => {
          const at = rowOfIssue(i.path);
          return at ? STAFFING_TEXT.rowError(at.row, at.field, i.message) : i.message;
        });
        setRowErrors(lines);
        return lines.length ? STAFFING_TEXT.importFailed : e.message;
      },
    });
    if (out) onDone(out.communities);
    return undefined;
  };
  const edit = (v: string) => {
    setText(v);
    action.clear();
    setRowErrors([]);
  };
  return { text, setText: edit, run, rowErrors, busy: action.busy, result: action.result };
}
