// getIndicators' `options`: every option's shown count (the snapshot at the latest multiple of 5 while open,
// every answer once finalized, null below 10 answers), through the local runtime's HTTP face.
import { useRuntime } from '../../support/local-runtime';
import { BEIYUAN, clock, JUNAN, OFFICIAL, startWithRoles } from '../../support/assessment';
import { completeAssessment, finalize } from '../../support/locks';

const rt = useRuntime(() => startWithRoles(clock().now));

/**
 * 12 residents of Beiyuan, in this order:
 *   awareness    aware ×6, heard ×3, unaware ×1, then heard, unaware   (answers 11 and 12)
 *   satisfaction satisfied ×4, fairly ×2, basically ×1, fairly_dissatisfied ×1, dissatisfied ×1, unsure ×1,
 *                then satisfied, dissatisfied                          (answers 11 and 12)
 */
const AWARENESS = [...Array(6).fill('aware'), ...Array(3).fill('heard'), 'unaware', 'heard', 'unaware'];
const SATISFACTION = [
  ...Array(4).fill('satisfied'),
  'fairly_satisfied',
  'fairly_satisfied',
  'basically_satisfied',
  'fairly_dissatisfied',
  'dissatisfied',
  'unsure',
  'satisfied',
  'dissatisfied',
];

async function answer(count: number, from = 0) {
  for (let i = from; i < count; i++) {
    const answers = { awareness: AWARENESS[i], satisfaction: SATISFACTION[i] };
    const res = await rt.call('submitResponse', { communityId: BEIYUAN, answers }, `resident-${i}`);
    expect(res.status).toBe(200);
  }
}

const beiyuan = async () => {
  const res = await rt.call('getIndicators', { communityId: BEIYUAN }, OFFICIAL);
  expect(res.status).toBe(200);
  return res.body.data.communities[0];
};

test('below 10 answers the options are withheld (null), like the rates', async () => {
  await answer(9);
  expect(await beiyuan()).toMatchObject({ responses: 9, suppressed: true, options: null });
});

test('12 answers while open: the snapshot at 10 answers, every option present', async () => {
  await answer(12);
  const shown = await beiyuan();
  expect(shown.responses).toBe(12);
  // The first 10: awareness 6 aware + 3 heard + 1 unaware = 10; satisfaction 4 + 2 + 1 + 1 + 1 + 1 = 10.
  expect(shown.options).toEqual({
    awareness: { aware: 6, heard: 3, unaware: 1 },
    satisfaction: {
      satisfied: 4,
      fairly_satisfied: 2,
      basically_satisfied: 1,
      fairly_dissatisfied: 1,
      dissatisfied: 1,
      unsure: 1,
    },
  });
  // The rates are read from the same counts: awareness (6 + 3)/10, satisfaction (4 + 2 + 1)/10.
  expect([shown.awareness.count, shown.awareness.n, shown.satisfaction.count, shown.satisfaction.n]).toEqual([9, 10, 7, 10]);
  // A community nobody answered in: suppressed, no options.
  const junan = (await rt.call('getIndicators', { communityId: JUNAN }, OFFICIAL)).body.data.communities[0];
  expect(junan).toMatchObject({ responses: 0, suppressed: true, options: null });
});

test('once finalized: all 12 answers', async () => {
  // Every answer counts now: the 11th and 12th add heard + 1, unaware + 1, satisfied + 1, dissatisfied + 1 to the snapshot's.
  await answer(12);
  await completeAssessment(rt, BEIYUAN);
  await finalize(rt, BEIYUAN);
  const shown = await beiyuan();
  // awareness 6 aware, 3 + 1 = 4 heard, 1 + 1 = 2 unaware (12); satisfaction 4 + 1 = 5, 2, 1, 1, 1 + 1 = 2, 1 (12).
  expect(shown.options).toEqual({
    awareness: { aware: 6, heard: 4, unaware: 2 },
    satisfaction: {
      satisfied: 5,
      fairly_satisfied: 2,
      basically_satisfied: 1,
      fairly_dissatisfied: 1,
      dissatisfied: 2,
      unsure: 1,
    },
  });
  // awareness (6 + 4)/12, satisfaction (5 + 2 + 1)/12.
  expect([shown.awareness.count, shown.awareness.n, shown.satisfaction.count, shown.satisfaction.n]).toEqual([10, 12, 8, 12]);
});

test('an option nobody chose is present with 0 (10 answers, all aware and satisfied)', async () => {
  for (let i = 0; i < 10; i++)
    await rt.call('submitResponse', { communityId: BEIYUAN, answers: { awareness: 'aware', satisfaction: 'satisfied' } }, `only-${i}`);
  expect((await beiyuan()).options).toEqual({
    awareness: { aware: 10, heard: 0, unaware: 0 },
    satisfaction: { satisfied: 10, fairly_satisfied: 0, basically_satisfied: 0, fairly_dissatisfied: 0, dissatisfied: 0, unsure: 0 },
  });
});
