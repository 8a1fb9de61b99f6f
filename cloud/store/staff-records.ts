// What the stores keep of staff onboarding: the role assignments' listing and removal, and invitations.
import type { TAssignableRole } from '../contract';
import type { RoleAssignment } from './types';

/** An invitation to a staff post. The code itself is never stored: `id` is its SHA-256 (hex). */
export interface InvitationRecord {
  id: string;
  role: TAssignableRole;
  communityId: string | null;
  district: string | null;
  street: string | null;
  createdBy: string;
  createdAt: string; // ISO 8601
  expiresAt: string; // ISO 8601
  usedBy: string | null;
  usedAt: string | null;
}

export type ClaimResult = 'claimed' | 'used' | 'expired' | 'missing';

export interface StaffStore {
  /** Every role assignment, ordered by openid. */
  listRoles(): Promise<RoleAssignment[]>;
  /** Deletes the openid's assignment; false when it had none. */
  removeRole(openid: string): Promise<boolean>;

  addInvitation(invitation: InvitationRecord): Promise<void>;
  getInvitation(id: string): Promise<InvitationRecord | null>;
  /**
   * Marks the invitation used by `by` at `at` if it is unused and expires after `at`: 'claimed'.
   * Otherwise nothing changes and the answer says why ('used' wins over 'expired'). Of concurrent
   * claims of one invitation exactly one is 'claimed'.
   */
  claimInvitation(id: string, by: string, at: string): Promise<ClaimResult>;
}
