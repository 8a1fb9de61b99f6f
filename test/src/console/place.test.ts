// Where the console opens and the way back up: never above the caller's own area.
import { childPlace, crumbsOf, startPlace } from '../../../src/console/place';

const CITY = { district: null, street: null };
const PUTUO = { district: '普陀区', street: null };
const SHENJIAMEN = { district: '普陀区', street: '沈家门街道' };

test('a city-wide caller opens where the query says, or at the city', () => {
  expect(startPlace(CITY, {})).toEqual(CITY);
  expect(startPlace(CITY, { district: '普陀区' })).toEqual(PUTUO);
  expect(startPlace(CITY, { district: '普陀区', street: '沈家门街道' })).toEqual(SHENJIAMEN);
  // A street without its district names nothing.
  expect(startPlace(CITY, { street: '沈家门街道' })).toEqual(CITY);
});

test('a district official opens at their district, and at a street of it when asked, never elsewhere', () => {
  expect(startPlace(PUTUO, {})).toEqual(PUTUO);
  expect(startPlace(PUTUO, { district: '定海区' })).toEqual(PUTUO);
  expect(startPlace(PUTUO, { district: '普陀区', street: '沈家门街道' })).toEqual(SHENJIAMEN);
  expect(startPlace(SHENJIAMEN, { district: '普陀区' })).toEqual(SHENJIAMEN);
});

test('a row opens the level below; the crumbs start at the top of the caller’s area', () => {
  expect(childPlace(CITY, { district: '普陀区', street: null })).toEqual(PUTUO);
  expect(childPlace(PUTUO, { district: '普陀区', street: '沈家门街道' })).toEqual(SHENJIAMEN);
  expect(childPlace(SHENJIAMEN, { district: '普陀区', street: '沈家门街道' })).toBeNull();
  expect(crumbsOf(SHENJIAMEN, CITY, '全市').map((c) => c.label)).toEqual(['全市', '普陀区', '沈家门街道']);
  expect(crumbsOf(SHENJIAMEN, PUTUO, '全市').map((c) => c.label)).toEqual(['普陀区', '沈家门街道']);
  expect(crumbsOf(SHENJIAMEN, SHENJIAMEN, '全市').map((c) => c.label)).toEqual(['沈家门街道']);
});
