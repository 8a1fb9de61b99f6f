// Where the console stands in city → 县（区）/功能区 → 乡镇（街道）, what getRollup is asked there, and the way back up.
import type { Scope, ScopeLevel } from '../../cloud/contract/rules';

/** A place: the city (both null), a district, or a district's street. */
export type Place = Scope;
export const CITY_PLACE: Place = { district: null, street: null };

export const levelOf = (p: Place): ScopeLevel => (p.street !== null ? 'street' : p.district !== null ? 'district' : 'city');

/** The place a row of the table opens: a district's row its district, a street's row its street. */
export function childPlace(p: Place, row: { district: string | null; street: string | null }): Place | null {
  if (levelOf(p) === 'city' && row.district !== null) return { district: row.district, street: null };
  if (levelOf(p) === 'district' && row.street !== null) return { district: p.district, street: row.street };
  return null;
}

/**
 * The place a page opens at: the one its query names if the caller's area holds it, else the caller's own area
 * (a district official starts at the district: the city's roll-up is not theirs to read).
 */
export function startPlace(scope: Scope, query: { district?: string; street?: string }): Place {
  const asked: Place = { district: query.district || null, street: query.district && query.street ? query.street : null };
  const inside = scope.district === null || (asked.district === scope.district && (scope.street === null || asked.street === scope.street));
  return asked.district !== null && inside ? asked : scope;
}

export interface Crumb {
  label: string;
  place: Place;
}

/** The way from the top of the caller's area down to `p`: the city (for those who read it), the district, the street. */
export function crumbsOf(p: Place, scope: Scope, cityLabel: string): Crumb[] {
  const all: Crumb[] = [{ label: cityLabel, place: CITY_PLACE }];
  if (p.district !== null) all.push({ label: p.district, place: { district: p.district, street: null } });
  if (p.district !== null && p.street !== null) all.push({ label: p.street, place: p });
  const top = levelOf(scope) === 'city' ? 0 : levelOf(scope) === 'district' ? 1 : 2;
  return all.slice(top);
}

export const placeKey = (p: Place): string => `${p.district ?? ''}/${p.street ?? ''}`;
