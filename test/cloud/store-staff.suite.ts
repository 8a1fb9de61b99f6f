// The staff part of the Store behaviour (scoped roles, their listing and removal, invitations), run by store.suite.ts on every store.
import type { InvitationRecord, RoleAssignment, Store } from '../../cloud/store/types';

export function role(openid: string, change: Partial<RoleAssignment> = {}): RoleAssignment {
  return {
    openid,
    role: 'official',
    communityId: null,
    district: '定海区',
    street: null,
    displayName: '张三',
    assignedBy: 'o-admin',
    assignedAt: '2025-03-01T00:00:00.000Z',
    ...change,
  };
}

export function invitation(id: string, change: Partial<InvitationRecord> = {}): InvitationRecord {
  return {
    id,
    role: 'worker',
    communityId: 'dinghai-junan',
    district: null,
    street: null,
    createdBy: 'o-admin',
    createdAt: '2025-03-01T00:00:00.000Z',
    expiresAt: '2025-03-04T00:00:00.000Z',
    usedBy: null,
    usedAt: null,
    ...change,
  };
}

export function describeStaff(store: () => Store): void {
  describe('staff', () => {
    test('a role keeps its scope and display name; listRoles lists every assignment by openid; removeRole deletes one', async () => {
      const street = role('o-b', { district: '定海区', street: '昌国街道', displayName: '李四' });
      const worker = role('o-a', { role: 'worker', communityId: 'dinghai-junan', district: null, displayName: null });
      await store().setRole(street);
      await store().setRole(worker);
      expect(await store().getRole('o-b')).toEqual(street);
      expect(await store().listRoles()).toEqual([worker, street]);
      expect(await store().removeRole('o-b')).toBe(true);
      expect(await store().removeRole('o-b')).toBe(false);
      expect(await store().getRole('o-b')).toBeNull();
      expect(await store().listRoles()).toEqual([worker]);
    });

    test('an invitation is stored as given and claimed once; a second claim finds it used', async () => {
      await store().addInvitation(invitation('i-1'));
      expect(await store().getInvitation('i-1')).toEqual(invitation('i-1'));
      expect(await store().claimInvitation('i-1', 'o-new', '2025-03-02T00:00:00.000Z')).toBe('claimed');
      expect(await store().getInvitation('i-1')).toEqual(invitation('i-1', { usedBy: 'o-new', usedAt: '2025-03-02T00:00:00.000Z' }));
      expect(await store().claimInvitation('i-1', 'o-other', '2025-03-02T01:00:00.000Z')).toBe('used');
      expect((await store().getInvitation('i-1'))?.usedBy).toBe('o-new');
    });

    test('an expired invitation is refused as expired (at its expiry instant too), an unknown one as missing', async () => {
      await store().addInvitation(invitation('i-2'));
      expect(await store().claimInvitation('i-2', 'o-new', '2025-03-04T00:00:00.000Z')).toBe('expired');
      expect(await store().claimInvitation('i-2', 'o-new', '2025-05-01T00:00:00.000Z')).toBe('expired');
      expect((await store().getInvitation('i-2'))?.usedAt).toBeNull();
      expect(await store().claimInvitation('nope', 'o-new', '2025-03-02T00:00:00.000Z')).toBe('missing');
      expect(await store().getInvitation('nope')).toBeNull();
    });

    test('ten people claiming one invitation at once: exactly one claims it', async () => {
      await store().addInvitation(invitation('i-race'));
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store().claimInvitation('i-race', `o-${i}`, '2025-03-02T00:00:00.000Z')),
      );
      expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
      expect(results.filter((r) => r === 'used')).toHaveLength(9);
      const winner = `o-${results.indexOf('claimed')}`;
      expect((await store().getInvitation('i-race'))?.usedBy).toBe(winner);
    });
  });
}
