// finalizeAssessment (阶段评估 or 终期验收), reopenAssessment (admins) and getAssessmentSnapshots.
import { randomUUID } from 'node:crypto';
import type {
  TAssessment,
  TCommunity,
  TFinalizeAssessmentInput,
  TFinalizeAssessmentOutput,
  TGetAssessmentSnapshotsInput,
  TGetAssessmentSnapshotsOutput,
  TReopenAssessmentInput,
  TSnapshot,
} from '../../contract';
import type { AssessmentFigures, LockRecord, SnapshotRecord } from '../../store/types';
import { actorOf, staffView } from '../actors';
import { loadAssessments } from '../assessment';
import { chainOf, recordAudit } from '../audit';
import { requireReadsIndicators, type Caller } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { AppError } from '../errors';
import { lockedError, lockOf, requireUnlocked } from '../locks';

const figuresOf = ({ items, rates, responses, suppressed, projects, score }: TAssessment): AssessmentFigures => ({
  items,
  rates,
  responses,
  suppressed,
  projects,
  score,
});
const live = async (community: TCommunity, year: number, deps: Deps) => (await loadAssessments([community], year, deps))[0];

/** A final acceptance needs every item assessed (Ⅱ-10.2/10.3 short of the sample may be set by hand, with a reason). */
function requireComplete(a: TAssessment): void {
  const open = a.score.items.filter((i) => i.state === null).map((i) => i.id.replace(/^II-/, 'Ⅱ-'));
  if (open.length === 0) return;
  const listed = open.slice(0, 5).join('、') + (open.length > 5 ? ' 等' : '');
  throw new AppError('INCOMPLETE', `还有 ${open.length} 项未评定（${listed}），全部评定后才能终期验收`);
}

function snapshotView(s: SnapshotRecord, lock: LockRecord | null): TSnapshot {
  const inForce = s.stage === 'final' && lock?.locked === true && lock.final.snapshotId === s.id;
  return { id: s.id, stage: s.stage, at: s.at, by: staffView(s.by), inForce, ...s.figures };
}

/**
 * Records a stage. interim: a dated snapshot of the live figures; nothing locks. final: closes the
 * survey round first, then reads the figures, so they hold every answer the round counted and no
 * answer can be stored after them (the store's closeRound); then locks the year on those figures.
 * A refusal after the round closed (the assessment changed to incomplete meanwhile, or another
 * official finalized first) leaves it closed: finalizing again settles it. A crash there does the same.
 */
export async function finalizeAssessment(input: TFinalizeAssessmentInput, caller: Caller, deps: Deps): Promise<TFinalizeAssessmentOutput> {
  const { communityId, year, stage } = input;
  const community = await requireCommunity(communityId, deps);
  const before = await requireUnlocked(communityId, year, deps);
  const by = actorOf(caller);
  const at = deps.now().toISOString();
  if (stage === 'final') {
    requireComplete(await live(community, year, deps)); // nothing changed yet when this refuses
    await deps.store.closeRound(communityId, year);
  }
  const assessment = await live(community, year, deps);
  if (stage === 'final') requireComplete(assessment);
  const head = await deps.store.getAuditHead(chainOf(communityId, year));
  const snapshot: SnapshotRecord = {
    id: randomUUID(),
    communityId,
    year,
    stage,
    at,
    by,
    figures: figuresOf(assessment),
    auditHead: head ? { seq: head.seq, hash: head.hash } : null,
  };
  let lock: LockRecord | null = null;
  if (stage === 'final') {
    lock = {
      communityId,
      year,
      locked: true,
      final: { snapshotId: snapshot.id, at, by, figures: snapshot.figures },
      reopened: before?.reopened ?? null,
    };
    if (!(await deps.store.lockAssessment(lock))) throw lockedError(year);
  }
  await deps.store.addSnapshot(snapshot);
  const { score, rates } = assessment;
  const counts = (r: (typeof rates)['awareness']) => (r ? { count: r.count, n: r.n } : null);
  const to = {
    snapshotId: snapshot.id,
    firstClass: score.firstClass,
    secondClass: score.secondClass,
    total: score.total,
    verdict: score.verdict,
  };
  await recordAudit(deps, by, [
    {
      action: stage === 'final' ? 'finalize' : 'interim',
      communityId,
      year,
      from: null,
      to: { ...to, awareness: counts(rates.awareness), satisfaction: counts(rates.satisfaction) },
    },
  ]);
  return { snapshot: snapshotView(snapshot, lock), assessment: stage === 'final' ? await live(community, year, deps) : assessment };
}

/** Admins only (the registry's rule): lifts the lock, keeps the reason, lets answers into the round again. */
export async function reopenAssessment(input: TReopenAssessmentInput, caller: Caller, deps: Deps): Promise<TAssessment> {
  const { communityId, year, reason } = input;
  const community = await requireCommunity(communityId, deps);
  const lock = await lockOf(communityId, year, deps);
  const notLocked = () => new AppError('NOT_LOCKED', `该社区 ${year} 年度尚未终期验收，无需重新开放`);
  if (!lock?.locked) throw notLocked();
  const by = actorOf(caller);
  if (!(await deps.store.unlockAssessment(communityId, year, { at: deps.now().toISOString(), by, reason }))) throw notLocked();
  // Unlocked first, opened second: a crash between leaves the round closed (the safe side); reopen by finalizing and reopening again.
  await deps.store.openRound(communityId, year);
  await recordAudit(deps, by, [
    { action: 'reopen', communityId, year, from: { locked: true, snapshotId: lock.final.snapshotId }, to: { locked: false }, reason },
  ]);
  return live(community, year, deps);
}

/** Every snapshot of the year, oldest first: for whoever may read the assessment. */
export async function getAssessmentSnapshots(
  input: TGetAssessmentSnapshotsInput,
  caller: Caller,
  deps: Deps,
): Promise<TGetAssessmentSnapshotsOutput> {
  const { communityId, year } = input;
  requireReadsIndicators(caller, await requireCommunity(communityId, deps));
  const [snapshots, lock] = await Promise.all([deps.store.listSnapshots(communityId, year), lockOf(communityId, year, deps)]);
  return { communityId, year, snapshots: snapshots.map((s) => snapshotView(s, lock)) };
}
