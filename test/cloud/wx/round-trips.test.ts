// Database round trips of the WeChat cloud store per call, counted on the stand-in database (scripts/round-trips.ts).
import { NO_UPLOADS } from '../../../cloud/core/deps';
import { handle } from '../../../cloud/core/api';
import { PILOT_COMMUNITIES } from '../../../cloud/data/pilot-communities';
import { createCloudStore } from '../../../cloud/store/wxcloud';
import { measureRoundTrips } from '../../../scripts/round-trips';
import { createFakeWxDatabase } from '../../support/fake-wx-database';
import { notificationTemplates } from '../../../cloud/core/notifications';

test('a warm submitResponse takes at most 3 round trips, getIndicators at most 2, with 8 or 1,000 communities', async () => {
  const rows = await measureRoundTrips([8, 1000]);
  const trips = (call: string, communities: number) => rows.find((r) => r.call === call && r.communities === communities)!.trips;
  for (const size of [8, 1000]) {
    // 3: the caller's role (a community's own workers may not answer: STAFF_NOT_ELIGIBLE; it was 2 before
    // that rule), the response insert (the one-community-a-year decision point) and the tally's increment.
    expect(trips('submitResponse', size)).toBeLessThanOrEqual(3);
    // The answer that reaches a multiple of 5 costs nothing more: the tally's log carries the snapshot (wx-survey.ts).
    expect(trips('submitResponse (10th)', size)).toBe(trips('submitResponse', size));
    expect(trips('getIndicators', size)).toBeLessThanOrEqual(2);
    expect(trips('getIndicators (worker)', size)).toBeLessThanOrEqual(2);
    // Calls that check no role read none: the survey reads "already answered?" and whether the round is closed.
    expect(trips('getSurvey', size)).toBe(2);
  }
}, 30000);

test('the pilots are added once, when a new environment is found empty; later cold starts spend nothing on seeding', async () => {
  const ops: string[] = [];
  const db = createFakeWxDatabase({ beforeOp: ({ collection, api }) => void ops.push(`${collection} ${api}`) });
  const coldStart = () => ({
    store: createCloudStore(db, { seed: PILOT_COMMUNITIES }),
    files: { publish: async () => ({ fileId: null, url: '' }) },
    uploads: NO_UPLOADS,
    codes: { make: async () => ({ bytes: new Uint8Array(), extension: 'png' as const }) },
    config: { adminOpenids: new Set<string>(), respondentSecret: 'seed-test-key-0123456789' },
    now: () => new Date('2026-06-01T02:00:00Z'),
    contentCheck: async () => true,
    notifier: { templates: notificationTemplates({}), deliver: async () => {} },
  });
  const first = await handle('getSurvey', { communityId: 'putuo-lianan' }, 'resident-1', coldStart());
  expect(first).toMatchObject({ ok: true, data: { community: { name: '莲安社区' } } });
  expect(ops.filter((op) => op === 'communities collection.add')).toHaveLength(PILOT_COMMUNITIES.length);

  ops.length = 0;
  const second = await handle('getSurvey', { communityId: 'putuo-lianan' }, 'resident-2', coldStart());
  expect(second.ok).toBe(true);
  expect(ops.sort()).toEqual(['communities collection.get', 'responses collection.get', 'tallies collection.get']);
});
