// How a staff post reads in Chinese: a role's name, an official's scope, a worker's community.
import type { TRole } from '../../cloud/contract/rules';
import { ROLE_NAMES } from '../../cloud/contract/rules/roles';
import { STAFFING_TEXT } from '../text/staffing';

export interface ScopeLike {
  district: string | null;
  street: string | null;
}

export const roleName = (role: TRole) => ROLE_NAMES[role];

/** 全市, 普陀区, 普陀区 · 沈家门街道. */
export function scopeName(scope: ScopeLike | null): string {
  if (!scope || scope.district === null) return STAFFING_TEXT.city;
  return scope.street === null ? scope.district : `${scope.district} · ${scope.street}`;
}

/** What a post covers, in words: a worker's community (by name when known), an official's scope, nothing for an evaluator. */
export function postPlace(role: TRole, communityId: string | null, scope: ScopeLike | null, names: Record<string, string> = {}): string {
  if (role === 'worker') return communityId ? (names[communityId] ?? communityId) : '';
  if (role === 'official') return scopeName(scope);
  return role === 'evaluator' ? STAFFING_TEXT.city : '';
}

/** An ISO time as 2026-12-01 13:05 in the phone's time. */
export function shortTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
