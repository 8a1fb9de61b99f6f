// The stages-and-locks part of the Store behaviour, run by store.suite.ts on every store: the round's gate, locks, snapshots.
import { PILOT_COMMUNITIES } from '../../cloud/data/pilot-communities';
import type { LockRecord, ResponseRecord, SnapshotRecord, Store } from '../../cloud/store/types';

const [A, B] = PILOT_COMMUNITIES.map((c) => c.id);
const AT = '2024-12-01T02:00:00.000Z';
const official = { openid: 'o-official', role: 'official' as const, name: null };

export const answer = (communityId: string, respondent: string, year = 2024): ResponseRecord => ({
  communityId,
  year,
  respondent,
  answers: { awareness: 'aware', satisfaction: 'satisfied' },
  submittedAt: `${year}-06-01T08:00:00.000Z`,
});
const n = async (store: Store, communityId: string, year = 2024) =>
  (await store.getTallies(year, communityId))[0]?.counts.awareness?.aware ?? 0;

const figures: SnapshotRecord['figures'] = {
  items: [{ id: 'II-1.1', state: 'A', note: null, reason: null, setBy: { role: 'official', name: null }, setAt: AT }],
  rates: { awareness: null, satisfaction: null },
  responses: 0,
  suppressed: true,
  projects: [],
  score: {
    firstClass: 1,
    secondClass: 0,
    total: 1,
    eligible: false,
    grade: null,
    qualified: null,
    complete: false,
    indicators: [],
    items: [],
    verdict: 'incomplete',
    verdictText: '未完成评定',
  },
};
const snapshot = (id: string, change: Partial<SnapshotRecord> = {}): SnapshotRecord => ({
  id,
  communityId: A,
  year: 2024,
  stage: 'interim',
  at: AT,
  by: official,
  figures,
  auditHead: null,
  ...change,
});
const lock = (snapshotId: string, change: Partial<LockRecord> = {}): LockRecord => ({
  communityId: A,
  year: 2024,
  locked: true,
  final: { snapshotId, at: AT, by: official, figures },
  reopened: null,
  ...change,
});

export function describeLocks(store: () => Store): void {
  describe('the survey round’s gate', () => {
    test('a closed round refuses answers and keeps nothing of them; an earlier respondent is still a duplicate', async () => {
      await store().addResponse(answer(A, 'r1'));
      await store().closeRound(A, 2024);
      await store().closeRound(A, 2024); // again: no error
      expect(await store().addResponse(answer(A, 'r2'))).toBe('closed');
      expect(await store().addResponse(answer(A, 'r1'))).toBe('duplicate');
      expect(await store().hasResponded(A, 2024, 'r2')).toBe(false);
      expect(await n(store(), A)).toBe(1);
      expect((await store().countResponses(2024)).responses).toBe(1);
      // Another community, another year: open.
      expect(await store().addResponse(answer(B, 'r2'))).toBe('inserted');
      expect(await store().addResponse(answer(A, 'r2', 2025))).toBe('inserted');
    });

    test('opened again, answers count on top of what was there', async () => {
      await store().addResponse(answer(A, 'r1'));
      await store().closeRound(A, 2024);
      await store().openRound(A, 2024);
      expect(await store().addResponse(answer(A, 'r2'))).toBe('inserted');
      expect(await n(store(), A)).toBe(2);
    });

    test('a round nobody answered can be closed: it has no tally, and once opened its first answer counts 1', async () => {
      await store().closeRound(B, 2024);
      expect(await store().addResponse(answer(B, 'r1'))).toBe('closed');
      expect(await store().getTallies(2024)).toEqual([]);
      await store().openRound(B, 2024);
      await store().openRound(A, 2030); // opening a round never closed: no error
      expect(await store().addResponse(answer(B, 'r1'))).toBe('inserted');
      expect(await store().getTallies(2024, B)).toMatchObject([
        { communityId: B, year: 2024, counts: { awareness: { aware: 1 }, satisfaction: { satisfied: 1 } }, responses: 1 },
      ]);
      expect((await store().getTallies(2024, B))[0].closed).toBeFalsy();
    });

    test('replacing the year’s tallies (a recount) leaves a closed round closed', async () => {
      await store().addResponse(answer(A, 'r1'));
      await store().closeRound(A, 2024);
      await store().replaceTallies(2024, [
        { communityId: A, year: 2024, counts: { awareness: { aware: 5 } }, responses: 5, snapshot: null },
      ]);
      expect(await store().addResponse(answer(A, 'r2'))).toBe('closed');
      await store().replaceTallies(2024, []);
      expect(await store().addResponse(answer(A, 'r2'))).toBe('closed');
      expect(await store().getTallies(2024)).toEqual([]);
    });

    test('30 answers racing a close: each is counted, or refused and not stored', async () => {
      const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
      const late = async (i: number) => {
        for (let t = 0; t < i; t++) await tick();
        return store().addResponse(answer(A, `race-${i}`));
      };
      const [results] = await Promise.all([
        Promise.all(Array.from({ length: 30 }, (_, i) => late(i))),
        (async () => {
          for (let t = 0; t < 12; t++) await tick();
          await store().closeRound(A, 2024);
        })(),
      ]);
      const inserted = results.filter((r) => r === 'inserted').length;
      expect(results.filter((r) => r === 'closed').length).toBe(30 - inserted);
      expect(await n(store(), A)).toBe(inserted);
      expect((await store().countResponses(2024)).responses).toBe(inserted);
      for (const [i, r] of results.entries()) expect(await store().hasResponded(A, 2024, `race-${i}`)).toBe(r === 'inserted');
      // Nothing moves once it is closed.
      expect(await store().addResponse(answer(A, 'after'))).toBe('closed');
      expect(await n(store(), A)).toBe(inserted);
    });
  });

  describe('locks and snapshots', () => {
    test('a year has no lock at first; a lock is held once, also when five lock at once', async () => {
      expect(await store().getLocks(2024)).toEqual([]);
      const results = await Promise.all([1, 2, 3, 4, 5].map((i) => store().lockAssessment(lock(`s${i}`))));
      expect(results.filter(Boolean)).toHaveLength(1);
      const [held] = await store().getLocks(2024, A);
      expect(held).toEqual(lock(held.final.snapshotId));
      expect(await store().getLocks(2024)).toEqual([held]);
      expect(await store().getLocks(2024, B)).toEqual([]);
      expect(await store().getLocks(2025)).toEqual([]);
    });

    test('unlocking keeps the final acceptance and records the reopening; a lifted lock can be held anew', async () => {
      const reopened = {
        at: '2025-01-02T00:00:00.000Z',
        by: { openid: 'o-admin', role: 'admin' as const, name: null },
        reason: '复核发现错漏',
      };
      expect(await store().unlockAssessment(A, 2024, reopened)).toBe(false); // nothing held
      await store().lockAssessment(lock('s1'));
      expect(await store().unlockAssessment(A, 2024, reopened)).toBe(true);
      expect(await store().unlockAssessment(A, 2024, reopened)).toBe(false);
      expect(await store().getLocks(2024, A)).toEqual([lock('s1', { locked: false, reopened })]);
      expect(await store().lockAssessment(lock('s2', { reopened }))).toBe(true);
      expect(await store().getLocks(2024, A)).toEqual([lock('s2', { reopened })]);
    });

    test('snapshots are kept per community-year, oldest first', async () => {
      await store().addSnapshot(
        snapshot('s2', { at: '2024-12-02T00:00:00.000Z', stage: 'final', auditHead: { seq: 3, hash: 'ab'.repeat(32) } }),
      );
      await store().addSnapshot(snapshot('s1'));
      await store().addSnapshot(snapshot('s3', { communityId: B }));
      await store().addSnapshot(snapshot('s4', { year: 2025 }));
      expect((await store().listSnapshots(A, 2024)).map((s) => s.id)).toEqual(['s1', 's2']);
      expect((await store().listSnapshots(A, 2024))[1]).toEqual(
        snapshot('s2', { at: '2024-12-02T00:00:00.000Z', stage: 'final', auditHead: { seq: 3, hash: 'ab'.repeat(32) } }),
      );
      expect(await store().listSnapshots(B, 2025)).toEqual([]);
    });
  });
}
