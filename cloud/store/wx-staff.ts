// Roles and staff invitations on the WeChat cloud database. A claim is one conditional update of one
// document (unused and unexpired in its condition), so of simultaneous claims exactly one matches.
import type { InvitationRecord, RoleAssignment, StaffStore, Store } from './types';
import type { WxCollections, WxDatabase, WxDocument } from './wx-database';

export const STAFF_COLLECTIONS = {
  roles: 'roles', // _id = openid
  invitations: 'invitations', // _id = SHA-256 of the code (the code itself is never stored)
} as const;
const C = STAFF_COLLECTIONS;

function toRole(doc: WxDocument): RoleAssignment {
  const { role, communityId, district, street, displayName, assignedBy, assignedAt } = doc as unknown as RoleAssignment;
  // Assignments stored before scopes and names have neither: city-wide, unnamed.
  return {
    openid: doc._id,
    role,
    communityId: communityId ?? null,
    district: district ?? null,
    street: street ?? null,
    displayName: displayName ?? null,
    assignedBy,
    assignedAt,
  };
}
function toInvitation(doc: WxDocument): InvitationRecord {
  const { _id, ...rest } = doc;
  return { id: _id, ...(rest as Omit<InvitationRecord, 'id'>) };
}

type StaffPart = StaffStore & Pick<Store, 'getRole' | 'setRole'>;

export function cloudStaffStore(db: WxDatabase, { on, readAll, findById, addOnce }: WxCollections): StaffPart {
  const _ = db.command;
  return {
    async getRole(openid) {
      const doc = await findById(C.roles, openid);
      return doc ? toRole(doc) : null;
    },
    async setRole(a) {
      const { openid, role, communityId, district, street, displayName, assignedBy, assignedAt } = a;
      const data = { role, communityId, district, street, displayName, assignedBy, assignedAt };
      await on(C.roles, (c) => c.doc(openid).set({ data }));
    },
    async listRoles() {
      return (await readAll(C.roles, {})).map(toRole); // readAll pages in _id (openid) order
    },
    async removeRole(openid) {
      const { stats } = await on(C.roles, (c) => c.doc(openid).remove());
      return stats.removed === 1;
    },

    async addInvitation(invitation) {
      const { id, ...data } = invitation;
      if (!(await addOnce(C.invitations, { _id: id, ...data }))) throw new Error(`invitation ${id} exists`);
    },
    async getInvitation(id) {
      const doc = await findById(C.invitations, id);
      return doc ? toInvitation(doc) : null;
    },
    async claimInvitation(id, by, at) {
      const { stats } = await on(C.invitations, (c) =>
        c.where({ _id: id, usedAt: null, expiresAt: _.gt(at) }).update({ data: { usedBy: by, usedAt: at } }),
      );
      if (stats.updated === 1) return 'claimed';
      const doc = await findById(C.invitations, id);
      return !doc ? 'missing' : doc.usedAt !== null && doc.usedAt !== undefined ? 'used' : 'expired';
    },
  };
}
