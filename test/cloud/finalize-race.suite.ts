// A final acceptance racing 30 answers through the core, run by store.suite.ts on every store: each answer is
// either stored and counted in the final figures, or refused with ROUND_CLOSED and not stored.
import { handle } from '../../cloud/core/api';
import { testDeps } from '../support/deps';
import { respondentKey } from '../../cloud/core/respondent';
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { Store } from '../../cloud/store/types';
import { allStates } from '../rubric/builders';

const ADMIN = 'o-admin';
const OFFICIAL = 'o-official';
const C = PILOT_COMMUNITIES[2].id;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export function describeFinalizeRace(store: () => Store): void {
  test('30 answers racing one finalize: every one counted in the final figures or refused with ROUND_CLOSED', async () => {
    const deps = testDeps(store(), {
      config: { adminOpenids: new Set([ADMIN]), respondentSecret: 'race-test-key-0123456789' },
      now: () => new Date('2024-06-01T02:00:00.000Z'),
    });
    const call = (name: string, input: unknown, openid: string) => handle(name, input, openid, deps);
    await call('assignRole', { openid: OFFICIAL, role: 'official' }, ADMIN);
    // Complete, so it can be finalized: with fewer than 50 answers the rate items are set by hand, with reasons.
    const reasons = { 'II-10.2': '样本不足，按入户核查', 'II-10.3': '样本不足，按入户核查' };
    expect(await call('saveAssessment', { communityId: C, year: 2024, states: allStates('A'), reasons }, OFFICIAL)).toMatchObject({
      ok: true,
    });
    const answers = { awareness: 'aware', satisfaction: 'satisfied' };
    for (let i = 0; i < 5; i++) expect((await call('submitResponse', { communityId: C, answers }, `early-${i}`)).ok).toBe(true);

    const answer = async (i: number) => {
      for (let t = 0; t < i; t++) await tick();
      return call('submitResponse', { communityId: C, answers }, `racer-${i}`);
    };
    const [results, finalized] = await Promise.all([
      Promise.all(Array.from({ length: 30 }, (_, i) => answer(i))),
      (async () => {
        for (let t = 0; t < 8; t++) await tick();
        return call('finalizeAssessment', { communityId: C, year: 2024, stage: 'final' }, OFFICIAL);
      })(),
    ]);
    expect(finalized.ok).toBe(true);
    const accepted = results.filter((r) => r.ok).length;
    const refused = results.filter((r) => !r.ok && r.error.code === 'ROUND_CLOSED').length;
    expect(accepted + refused).toBe(30);
    // The stagger makes both happen: answers before the close and after it.
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);

    const final = (await call('getAssessment', { communityId: C, year: 2024 }, OFFICIAL)) as any;
    expect(final.data.lock).toMatchObject({ stage: 'final', by: { role: 'official', name: null } });
    expect(final.data.rates.awareness).toMatchObject({ count: 5 + accepted, n: 5 + accepted });
    expect((await deps.store.countResponses(2024)).responses).toBe(5 + accepted);
    const stored = async (openid: string) => deps.store.hasResponded(C, 2024, respondentKey(deps.config.respondentSecret, openid));
    for (const [i, r] of results.entries()) expect(await stored(`racer-${i}`)).toBe(r.ok);
  }, 30_000);
}
