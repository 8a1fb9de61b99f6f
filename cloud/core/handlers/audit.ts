// getAuditLog: a community's year as the audit log has it, each chain checked against its hashes.
import { shanghaiYear, type TAuditEntry, type TGetAuditLogInput, type TGetAuditLogOutput } from '../../contract';
import type { AuditRecord, AuditValue } from '../../store/types';
import { staffView } from '../actors';
import { staffIdOf } from '../staff';
import { chainOf, checkAnchors, ROLES_CHAIN, verifyChain } from '../audit';
import type { Caller } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';

/** Roles whose holders work on every community: their changes concern each one. */
const CITY_WIDE = new Set(['official', 'evaluator']);

function touches(value: AuditValue, communityId: string): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return value.communityId === communityId || CITY_WIDE.has(String(value.role));
}

/**
 * Role changes are not per community. The log of a community's year shows those made in that year
 * (Asia/Shanghai) that concern it: a worker assigned to it or moved away from it, and changes to the
 * city-wide roles (officials, evaluators), who score and evaluate every community. Workers of other
 * communities are left out. Admins are named in configuration (ADMIN_OPENIDS), not by a call, so
 * they appear only as the ones making changes. The whole roles chain is verified all the same.
 */
const concerns = (e: AuditRecord, communityId: string, year: number) =>
  shanghaiYear(new Date(e.at)) === year && (touches(e.from, communityId) || touches(e.to, communityId));

function view(e: AuditRecord, chain: TAuditEntry['chain'], deps: Deps): TAuditEntry {
  const target = chain === 'roles' && e.target !== null ? staffIdOf(e.target, deps) : e.target;
  const { seq, at, action, projectId, from, to, reason, hash } = e;
  return { chain, seq, at, by: staffView(e.actor), action, projectId, target, from, to, reason, hash };
}

export async function getAuditLog(input: TGetAuditLogInput, _caller: Caller, deps: Deps): Promise<TGetAuditLogOutput> {
  const { communityId, year } = input;
  await requireCommunity(communityId, deps);
  const [own, roles, snapshots] = await Promise.all([
    deps.store.listAuditEntries(chainOf(communityId, year)),
    deps.store.listAuditEntries(ROLES_CHAIN),
    deps.store.listSnapshots(communityId, year),
  ]);
  const ownBreak =
    verifyChain(own) ??
    checkAnchors(
      own,
      snapshots.map((s) => s.auditHead),
    );
  const rolesBreak = ownBreak ? null : verifyChain(roles);
  const brokenAt = ownBreak ? { chain: 'community' as const, ...ownBreak } : rolesBreak ? { chain: 'roles' as const, ...rolesBreak } : null;
  const entries = [
    ...own.map((e) => view(e, 'community', deps)),
    ...roles.filter((e) => concerns(e, communityId, year)).map((e) => view(e, 'roles', deps)),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.chain.localeCompare(b.chain) || a.seq - b.seq);
  return { communityId, year, verified: brokenAt === null, brokenAt, entries };
}
