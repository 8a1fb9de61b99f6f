// Who reads the console's roll-ups (canReadRollup, rollupScope in rules/permissions.ts): levels at and below the caller's scope, within it.
import { canReadRollup, rollupScope, type Actor, type Scope } from '../../../cloud/contract/rules';

const resident: Actor = { roles: ['resident'], communityId: null, scope: null };
const worker: Actor = { roles: ['resident', 'worker'], communityId: 'a', scope: null };
const evaluator: Actor = { roles: ['resident', 'evaluator'], communityId: null, scope: null };
const admin: Actor = { roles: ['resident', 'admin'], communityId: null, scope: null };
const city: Actor = { roles: ['resident', 'official'], communityId: null, scope: { district: null, street: null } };
const dinghai: Actor = { roles: ['resident', 'official'], communityId: null, scope: { district: '定海区', street: null } };
const changguo: Actor = { roles: ['resident', 'official'], communityId: null, scope: { district: '定海区', street: '昌国街道' } };

const DINGHAI: Scope = { district: '定海区', street: null };
const PUTUO: Scope = { district: '普陀区', street: null };
const CHANGGUO: Scope = { district: '定海区', street: '昌国街道' };
const CHENGDONG: Scope = { district: '定海区', street: '城东街道' };

test('the area an admin or official rolls up is the city or their scope; nobody else has one', () => {
  expect([admin, city, dinghai, changguo].map(rollupScope)).toEqual([
    { district: null, street: null },
    { district: null, street: null },
    DINGHAI,
    CHANGGUO,
  ]);
  expect([resident, worker, evaluator].map(rollupScope)).toEqual([null, null, null]);
});

test('levels: the city for city-wide callers only; a district official district and street; a street official street', () => {
  const levels = (a: Actor) => (['city', 'district', 'street'] as const).map((level) => canReadRollup(a, level));
  expect(levels(admin)).toEqual([true, true, true]);
  expect(levels(city)).toEqual([true, true, true]);
  expect(levels(dinghai)).toEqual([false, true, true]);
  expect(levels(changguo)).toEqual([false, false, true]);
  for (const a of [resident, worker, evaluator]) expect(levels(a)).toEqual([false, false, false]);
});

test('a named place must lie within the scope, at the scope’s level or below', () => {
  expect(canReadRollup(city, 'street', PUTUO)).toBe(true);
  expect(canReadRollup(dinghai, 'district', DINGHAI)).toBe(true);
  expect(canReadRollup(dinghai, 'street', CHENGDONG)).toBe(true);
  expect(canReadRollup(dinghai, 'district', PUTUO)).toBe(false);
  expect(canReadRollup(changguo, 'street', CHANGGUO)).toBe(true);
  expect(canReadRollup(changguo, 'street', CHENGDONG)).toBe(false);
  // A street official naming their own district would read the district's other streets.
  expect(canReadRollup(changguo, 'street', DINGHAI)).toBe(false);
});
