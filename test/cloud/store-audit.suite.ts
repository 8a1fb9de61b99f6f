// The audit-log part of the Store behaviour, run by store.suite.ts on every store: appends as compare-and-set, chains in order.
import { testDeps } from '../support/deps';
import { GENESIS, hashOf, recordAudit, verifyChain } from '../../cloud/core/audit';
import type { AuditRecord, Store } from '../../cloud/store/types';

const actor = { openid: 'o-official', role: 'official' as const, name: null };

export function entry(chain: string, seq: number, change: Partial<AuditRecord> = {}): AuditRecord {
  const content = {
    chain,
    seq,
    at: '2024-06-01T08:00:00.000Z',
    actor,
    action: 'item' as const,
    communityId: 'dinghai-beiyuan',
    year: 2024,
    projectId: null,
    target: 'II-1.1',
    from: null,
    to: { state: 'A', note: null, reason: null },
    reason: null,
    prevHash: GENESIS,
    ...change,
  };
  return { ...content, hash: hashOf(content) };
}

const depsOf = (store: Store) => testDeps(store, { config: { adminOpenids: new Set(), respondentSecret: 'audit-suite-key-0123456789' } });

export function describeAudit(store: () => Store): void {
  describe('audit log', () => {
    test('an empty chain has no head; entries come back whole, by seq, each chain apart', async () => {
      expect(await store().getAuditHead('2024:dinghai-beiyuan')).toBeNull();
      const first = entry('2024:dinghai-beiyuan', 1);
      const second = entry('2024:dinghai-beiyuan', 2, {
        prevHash: first.hash,
        target: 'II-1.2',
        from: { state: 'A', note: '旧', reason: null },
      });
      expect(await store().addAuditEntry(second)).toBe(true);
      expect(await store().addAuditEntry(first)).toBe(true);
      expect(await store().addAuditEntry(entry('roles', 1, { communityId: null, year: null, action: 'role' }))).toBe(true);
      expect(await store().listAuditEntries('2024:dinghai-beiyuan')).toEqual([first, second]);
      expect(await store().getAuditHead('2024:dinghai-beiyuan')).toEqual(second);
      expect((await store().listAuditEntries('roles')).map((e) => e.action)).toEqual(['role']);
      expect(verifyChain(await store().listAuditEntries('2024:dinghai-beiyuan'))).toBeNull();
    });

    test('a seq already taken in the chain is refused and the stored entry stays', async () => {
      const first = entry('2024:dinghai-beiyuan', 1);
      expect(await store().addAuditEntry(first)).toBe(true);
      expect(await store().addAuditEntry(entry('2024:dinghai-beiyuan', 1, { target: 'II-9.9' }))).toBe(false);
      expect(await store().listAuditEntries('2024:dinghai-beiyuan')).toEqual([first]);
    });

    test('30 appends at the same moment make one unbroken chain, seq 1 to 30', async () => {
      const deps = depsOf(store());
      await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          recordAudit(deps, actor, [{ action: 'item', communityId: 'dinghai-junan', year: 2024, target: `II-${i}.1`, to: { state: 'B' } }]),
        ),
      );
      const chain = await store().listAuditEntries('2024:dinghai-junan');
      expect(chain.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(new Set(chain.map((e) => e.target)).size).toBe(30);
      expect(verifyChain(chain)).toBeNull();
    }, 30_000);
  });
}
