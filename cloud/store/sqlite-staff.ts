// Roles and staff invitations on SQLite; a claim is one conditional UPDATE, so of simultaneous claims one wins.
import type Database from 'better-sqlite3';
import { groupRead } from './sqlite-group-read';
import type { InvitationRecord, RoleAssignment, Store } from './types';

interface RoleRow {
  openid: string;
  role: RoleAssignment['role'];
  community_id: string | null;
  district: string | null;
  street: string | null;
  display_name: string | null;
  assigned_by: string;
  assigned_at: string;
}
const toRole = (r: RoleRow): RoleAssignment => ({
  openid: r.openid,
  role: r.role,
  communityId: r.community_id,
  district: r.district,
  street: r.street,
  displayName: r.display_name,
  assignedBy: r.assigned_by,
  assignedAt: r.assigned_at,
});

interface InvitationRow {
  id: string;
  role: InvitationRecord['role'];
  community_id: string | null;
  district: string | null;
  street: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_by: string | null;
  used_at: string | null;
}
const toInvitation = (r: InvitationRow): InvitationRecord => ({
  id: r.id,
  role: r.role,
  communityId: r.community_id,
  district: r.district,
  street: r.street,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedBy: r.used_by,
  usedAt: r.used_at,
});

type StaffPart = Pick<Store, 'getRole' | 'setRole' | 'listRoles' | 'removeRole' | 'addInvitation' | 'getInvitation' | 'claimInvitation'>;

/** `flush` runs the role reads still waiting for their turn (sqlite-group-read.ts). */
export function sqliteStaff(db: Database.Database): { store: StaffPart; flush(): void } {
  const selectRole = db.prepare<[string], RoleRow>('SELECT * FROM roles WHERE openid = ?');
  const selectRoles = db.prepare<[], RoleRow>('SELECT * FROM roles ORDER BY openid');
  const upsertRole = db.prepare(
    `INSERT INTO roles (openid, role, community_id, district, street, display_name, assigned_by, assigned_at)
     VALUES (@openid, @role, @communityId, @district, @street, @displayName, @assignedBy, @assignedAt)
     ON CONFLICT (openid) DO UPDATE SET role = excluded.role, community_id = excluded.community_id,
       district = excluded.district, street = excluded.street, display_name = excluded.display_name,
       assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`,
  );
  const deleteRole = db.prepare('DELETE FROM roles WHERE openid = ?');
  const insertInvitation = db.prepare(
    `INSERT INTO invitations (id, role, community_id, district, street, created_by, created_at, expires_at, used_by, used_at)
     VALUES (@id, @role, @communityId, @district, @street, @createdBy, @createdAt, @expiresAt, @usedBy, @usedAt)`,
  );
  const selectInvitation = db.prepare<[string], InvitationRow>('SELECT * FROM invitations WHERE id = ?');
  const claim = db.prepare('UPDATE invitations SET used_by = ?, used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?');

  // Nearly every call reads its caller's role: the reads of one turn share a read transaction.
  const roles = groupRead(db, (openid: string) => selectRole.get(openid));

  const store: StaffPart = {
    async getRole(openid) {
      const row = await roles.read(openid);
      return row ? toRole(row) : null;
    },
    async setRole(a) {
      const { openid, role, communityId, district, street, displayName, assignedBy, assignedAt } = a;
      upsertRole.run({ openid, role, communityId, district, street, displayName, assignedBy, assignedAt });
    },
    async listRoles() {
      return selectRoles.all().map(toRole);
    },
    async removeRole(openid) {
      return deleteRole.run(openid).changes === 1;
    },
    async addInvitation(invitation) {
      insertInvitation.run(invitation);
    },
    async getInvitation(id) {
      const row = selectInvitation.get(id);
      return row ? toInvitation(row) : null;
    },
    async claimInvitation(id, by, at) {
      if (claim.run(by, at, id, at).changes === 1) return 'claimed';
      const row = selectInvitation.get(id);
      return !row ? 'missing' : row.used_at !== null ? 'used' : 'expired';
    },
  };
  return { store, flush: roles.flush };
}
