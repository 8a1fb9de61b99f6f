// What the stores keep of the audit log: entries in hash chains, appended only (no call edits or deletes one).
import type { TAuditAction, TRole } from '../contract';

/** JSON as the two stores keep it; no map in it is keyed by an item id (a dot would become a field path in the cloud). */
export type AuditValue = null | boolean | number | string | AuditValue[] | { [key: string]: AuditValue };

/** Who made a change. The openid stays in the store (the chain's hash covers it); answers show role and name only. */
export interface AuditActor {
  openid: string;
  role: TRole;
  /** A display name, where one is known. */
  name: string | null;
}

export type AuditAction = TAuditAction;

/**
 * One entry. `chain` is `${year}:${communityId}` for what belongs to a community's year, 'roles' for
 * role changes; `seq` counts from 1 within the chain and `hash` is sha256 over every other field,
 * `prevHash` (the previous entry's hash) included (core/audit.ts).
 */
export interface AuditRecord {
  chain: string;
  seq: number;
  at: string; // ISO 8601
  actor: AuditActor;
  action: AuditAction;
  communityId: string | null;
  year: number | null;
  projectId: string | null;
  /** An item id, a feedback id, a project id, or for a role change the subject's openid (never answered). */
  target: string | null;
  from: AuditValue;
  to: AuditValue;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export interface AuditStore {
  /** The entry of the chain with the highest seq, or null for an empty chain. */
  getAuditHead(chain: string): Promise<AuditRecord | null>;
  /** Adds the entry unless its chain already has that seq: false then, and nothing written. */
  addAuditEntry(entry: AuditRecord): Promise<boolean>;
  /** A chain's entries, by seq. */
  listAuditEntries(chain: string): Promise<AuditRecord[]>;
}
