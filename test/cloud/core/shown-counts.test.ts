// shownCounts and communityRates: what an open and a finalized round show (rules/privacy.ts), from a stored tally.
import { finalShown, snapshotAt } from '../../../cloud/contract';
import { communityRates, shownCounts } from '../../../cloud/core/community-rates';
import { PILOT_COMMUNITIES } from '../../../cloud/data/pilot-communities';
import type { StoredTally } from '../../../cloud/store/types';

const community = PILOT_COMMUNITIES[0];
const tally = (aware: number, unaware: number, snapshot: StoredTally['snapshot']): StoredTally => ({
  communityId: community.id,
  year: 2024,
  counts: { awareness: { aware, unaware }, satisfaction: { satisfied: aware + unaware } },
  responses: aware + unaware,
  snapshot,
});

test('snapshotAt: none below 10, then the latest multiple of 5; finalShown: every answer from 10', () => {
  expect([0, 9, 10, 14, 15, 19, 20, 101].map(snapshotAt)).toEqual([null, null, 10, 10, 15, 15, 20, 100]);
  expect([9, 10, 14].map(finalShown)).toEqual([null, 10, 14]);
});

test('an open round shows its snapshot; a finalized one every answer; neither below 10', () => {
  const at10 = { responses: 10, counts: { awareness: { aware: 9, unaware: 1 }, satisfaction: { satisfied: 10 } } };
  const fourteen = tally(9, 5, at10);
  expect(shownCounts(fourteen, { final: false })).toEqual({ responses: 14, counts: at10.counts });
  expect(shownCounts(fourteen, { final: true })).toEqual({ responses: 14, counts: fourteen.counts });
  expect(shownCounts(tally(8, 1, null), { final: true })).toEqual({ responses: 9, counts: null });
  expect(shownCounts(undefined, { final: true })).toEqual({ responses: 0, counts: null });

  expect(communityRates(fourteen, community)).toMatchObject({ responses: 14, suppressed: false, awareness: { count: 9, n: 10 } });
  expect(communityRates(fourteen, community, true)).toMatchObject({ responses: 14, suppressed: false, awareness: { count: 9, n: 14 } });
  expect(communityRates(tally(8, 1, null), community)).toEqual({ responses: 9, suppressed: true, awareness: null, satisfaction: null });
});
