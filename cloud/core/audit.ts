// The audit log: appends to hash chains, and checks that a chain is what the calls wrote.
//
// Chains: one per community-year (`${year}:${communityId}`: its items, evaluations, stages, locks and
// moderation) and one of role changes ('roles'). One global chain would make every audited change in
// the city contend for the same next seq; a chain per community-year contends only within one
// community's year, and is the unit an auditor checks (getAuditLog reads it whole).
// An append is a compare-and-set on (chain, seq): of two appenders that read the same head, one adds
// seq + 1 and the other finds it taken, reads the new head and chains onto it. A change is made first
// and logged after it, so a crash in between leaves a change unlogged, never a logged change unmade.
import { createHash } from 'node:crypto';
import type { AuditAction, AuditActor, AuditRecord, AuditValue } from '../store/types';
import type { Deps } from './deps';

export const GENESIS = '0'.repeat(64);
export const ROLES_CHAIN = 'roles';
export const chainOf = (communityId: string, year: number) => `${year}:${communityId}`;

/** JSON with keys sorted at every level: the same text for the same entry, whatever order a store gives the keys back in. */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** sha256 over every field but the hash itself. */
export function hashOf(entry: Omit<AuditRecord, 'hash'> & { hash?: string }): string {
  const { hash: _hash, ...content } = entry;
  return createHash('sha256').update(canonical(content)).digest('hex');
}

/** One change to log; the chain follows from communityId and year (both null: a role change). */
export interface AuditDraft {
  action: AuditAction;
  communityId: string | null;
  year: number | null;
  projectId?: string | null;
  target?: string | null;
  from?: AuditValue;
  to?: AuditValue;
  reason?: string | null;
}

const MAX_TRIES = 50;

/** Appends the drafts, in order, each to its chain. */
export async function recordAudit(deps: Deps, actor: AuditActor, drafts: AuditDraft[]): Promise<void> {
  const at = deps.now().toISOString();
  const heads = new Map<string, AuditRecord | null>();
  for (const d of drafts) {
    const chain = d.communityId !== null && d.year !== null ? chainOf(d.communityId, d.year) : ROLES_CHAIN;
    for (let tries = 1; ; tries++) {
      const head = heads.has(chain) ? heads.get(chain)! : await deps.store.getAuditHead(chain);
      const content = {
        chain,
        seq: (head?.seq ?? 0) + 1,
        at,
        actor,
        action: d.action,
        communityId: d.communityId,
        year: d.year,
        projectId: d.projectId ?? null,
        target: d.target ?? null,
        from: d.from ?? null,
        to: d.to ?? null,
        reason: d.reason ?? null,
        prevHash: head?.hash ?? GENESIS,
      };
      const entry: AuditRecord = { ...content, hash: hashOf(content) };
      if (await deps.store.addAuditEntry(entry)) {
        heads.set(chain, entry);
        break;
      }
      heads.delete(chain); // someone appended first: read the head again
      if (tries >= MAX_TRIES) throw new Error(`audit chain ${chain} stayed busy`);
    }
  }
}

export interface Break {
  seq: number;
  problem: string;
}

/** The first place where the chain is not what the calls wrote, or null when every entry checks out. */
export function verifyChain(entries: AuditRecord[]): Break | null {
  let prev = GENESIS;
  for (const [i, e] of entries.entries()) {
    if (e.seq !== i + 1) return { seq: i + 1, problem: `第 ${i + 1} 条记录缺失` };
    if (e.prevHash !== prev) return { seq: e.seq, problem: '与上一条记录的哈希不相接（前面的记录被改动或删除）' };
    if (hashOf(e) !== e.hash) return { seq: e.seq, problem: '内容与哈希不符（记录被改动）' };
    prev = e.hash;
  }
  return null;
}

/**
 * Entries cut from the end of a chain leave no gap; the snapshots (stages) record the head they saw,
 * so a chain cut short behind one, or rewritten up to it, shows here.
 */
export function checkAnchors(entries: AuditRecord[], anchors: ({ seq: number; hash: string } | null)[]): Break | null {
  for (const anchor of anchors) {
    if (!anchor) continue;
    const at = entries[anchor.seq - 1];
    if (!at) return { seq: anchor.seq, problem: `第 ${anchor.seq} 条记录缺失（阶段评估或终期验收时已有）` };
    if (at.hash !== anchor.hash) return { seq: anchor.seq, problem: '与阶段评估或终期验收时记下的哈希不符' };
  }
  return null;
}
