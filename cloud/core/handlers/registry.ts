// saveCommunity and importCommunities: the community registry, written whole or not at all.
import { createHash } from 'node:crypto';
import {
  canDesignatePilots,
  canEditCommunity,
  NEW_COMMUNITY_ID_MAX,
  type ApiIssue,
  type TCommunity,
  type TCommunityInput,
  type TImportCommunitiesInput,
  type TImportCommunitiesOutput,
  type TSaveCommunityInput,
  type TSaveCommunityOutput,
} from '../../contract';
import type { Caller } from '../auth';
import type { Deps } from '../deps';
import { AppError } from '../errors';

const placeKey = (c: { district: string; street: string; name: string }) => `${c.district}\n${c.street}\n${c.name}`;

/** The server's id for a new community: the same place always gets the same id, so an import run twice adds nothing. */
function newId(row: TCommunityInput, taken: Set<string>): string {
  const base = `c-${createHash('sha256').update(placeKey(row)).digest('hex').slice(0, 12)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

interface Plan {
  saves: { community: TCommunity; created: boolean }[];
  invalid: ApiIssue[];
  forbidden: ApiIssue[];
}

/**
 * What the rows would save. A row names its community by id, or by district, street and name;
 * neither known, it creates one. Nothing is written here: the caller saves all or nothing.
 */
function plan(rows: TCommunityInput[], existing: TCommunity[], caller: Caller, pathOf: (i: number, field: string) => string): Plan {
  const byId = new Map(existing.map((c) => [c.id, c]));
  const byPlace = new Map(existing.map((c) => [placeKey(c), c]));
  const taken = new Set(byId.keys());
  const target = new Map<string, number>();
  const out: Plan = { saves: [], invalid: [], forbidden: [] };
  const bad = (list: ApiIssue[], i: number, field: string, message: string) =>
    list.push({ path: pathOf(i, field), code: 'custom', message });

  rows.forEach((row, i) => {
    const before = row.id ? byId.get(row.id) : byPlace.get(placeKey(row));
    const id = before?.id ?? row.id ?? newId(row, taken);
    taken.add(id);
    if (!before && id.length > NEW_COMMUNITY_ID_MAX)
      bad(out.invalid, i, 'id', `新社区的编号最多 ${NEW_COMMUNITY_ID_MAX} 个字符（小程序码只能带 32 个字符）`);
    const namesake = byPlace.get(placeKey(row));
    if (namesake && namesake.id !== id) bad(out.invalid, i, 'name', `${row.district}${row.street}已有同名社区（编号 ${namesake.id}）`);
    const earlier = target.get(id);
    if (earlier !== undefined) bad(out.invalid, i, 'id', `与第 ${earlier + 1} 行是同一个社区`);
    target.set(id, i);

    if ((before && !canEditCommunity(caller, before)) || !canEditCommunity(caller, row)) {
      bad(out.forbidden, i, 'district', `您只能登记和修改本县（区）/功能区的社区`);
    }
    if ((before?.pilot ?? false) !== row.pilot && !canDesignatePilots(caller)) bad(out.forbidden, i, 'pilot', '示范点由市级确定');

    const { name, district, street, kind, households, pilot } = row;
    out.saves.push({ community: { id, district, street, name, households, kind, pilot }, created: !before });
  });
  return out;
}

async function saveAll(rows: TCommunityInput[], caller: Caller, deps: Deps, pathOf: (i: number, field: string) => string) {
  const { saves, invalid, forbidden } = plan(rows, await deps.store.listCommunities(), caller, pathOf);
  if (forbidden.length > 0) throw new AppError('FORBIDDEN', '有社区不在您的登记范围内', forbidden);
  if (invalid.length > 0) throw new AppError('INVALID_INPUT', '提交的内容不符合要求', invalid);
  await deps.store.saveCommunities(saves.map((s) => s.community));
  return saves;
}

export async function saveCommunity(input: TSaveCommunityInput, caller: Caller, deps: Deps): Promise<TSaveCommunityOutput> {
  const [saved] = await saveAll([input], caller, deps, (_i, field) => field);
  return saved;
}

/** Up to IMPORT_ROWS_MAX rows: any bad row and nothing is saved; every bad row is named with its field. */
export async function importCommunities(input: TImportCommunitiesInput, caller: Caller, deps: Deps): Promise<TImportCommunitiesOutput> {
  const saves = await saveAll(input.rows, caller, deps, (i, field) => `rows.${i}.${field}`);
  const created = saves.filter((s) => s.created).length;
  return { created, updated: saves.length - created, communities: saves.map((s) => s.community) };
}
