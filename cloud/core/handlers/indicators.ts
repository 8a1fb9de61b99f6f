// getIndicators (rates per community from the stored tallies, never a scan of responses) and recountIndicators.
import type { TGetIndicatorsInput, TGetIndicatorsOutput, TRecountIndicatorsInput, TRecountIndicatorsOutput } from '../../contract';
import type { StoredTally } from '../../store/types';
import { requireReadsIndicators, type Caller } from '../auth';
import { canReadIndicators, shanghaiYear } from '../../contract';
import type { Deps } from '../deps';
import { requireCommunity } from '../communities';
import { channelCounts, communityRates, shownOptions } from '../community-rates';

export async function getIndicators(input: TGetIndicatorsInput, caller: Caller, deps: Deps): Promise<TGetIndicatorsOutput> {
  const year = input.year ?? shanghaiYear(deps.now());
  requireReadsIndicators(caller);
  const communities = input.communityId
    ? [await requireCommunity(input.communityId, deps)]
    : (await deps.store.listCommunities()).filter((c) => canReadIndicators(caller, c));
  if (input.communityId) requireReadsIndicators(caller, communities[0]);
  const scope = communities.length === 1 ? communities[0].id : undefined;
  const tallies = new Map((await deps.store.getTallies(year, scope)).map((t) => [t.communityId, t]));
  return {
    year,
    communities: communities.map((c) => {
      const tally = tallies.get(c.id);
      const rates = communityRates(tally, c);
      return {
        communityId: c.id,
        name: c.name,
        ...rates,
        channels: rates.suppressed ? null : channelCounts(tally),
        options: rates.suppressed ? null : shownOptions(tally),
      };
    }),
  };
}

function flatten(tallies: StoredTally[]): Map<string, number> {
  const cells = new Map<string, number>();
  for (const t of tallies)
    for (const [question, options] of Object.entries(t.counts))
      for (const [option, count] of Object.entries(options))
        if (count !== 0) cells.set(`${t.communityId}\u0000${question}\u0000${option}`, count);
  return cells;
}

/** Each round's snapshot as comparable text: answers it was taken at, then its nonzero counts in order. */
function snapshots(tallies: StoredTally[]): Map<string, string> {
  const cells = (t: StoredTally) => [...flatten([{ ...t, counts: t.snapshot!.counts }])].sort();
  return new Map(tallies.filter((t) => t.snapshot).map((t) => [t.communityId, JSON.stringify([t.snapshot!.responses, cells(t)])]));
}
/** Each round's assisted and paper counts as comparable text (the cloud store counts them in the tally). */
const channels = (tallies: StoredTally[]) =>
  new Map(tallies.filter((t) => t.channels).map((t) => [t.communityId, `${t.channels!.assisted}/${t.channels!.paper}`]));
const sameMaps = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

export async function recountIndicators(input: TRecountIndicatorsInput, caller: Caller, deps: Deps): Promise<TRecountIndicatorsOutput> {
  const year = input.year ?? shanghaiYear(deps.now());
  await deps.store.claimLegacyResponses(year);
  const storedTallies = await deps.store.getTallies(year);
  const stored = flatten(storedTallies);
  const { responses, tallies } = await deps.store.countResponses(year);
  const counted = flatten(tallies);
  const corrections: TRecountIndicatorsOutput['corrections'] = [];
  for (const key of new Set([...stored.keys(), ...counted.keys()])) {
    const was = stored.get(key) ?? 0;
    const now = counted.get(key) ?? 0;
    if (was === now) continue;
    const [communityId, question, option] = key.split('\u0000');
    corrections.push({ communityId, question, option, was, now });
  }
  // A snapshot is repaired too (or given to a cloud round counted before snapshots), though it is no correction of a count.
  if (
    corrections.length > 0 ||
    !sameMaps(snapshots(storedTallies), snapshots(tallies)) ||
    !sameMaps(channels(storedTallies), channels(tallies))
  ) {
    await deps.store.replaceTallies(year, tallies);
  }
  return { year, responses, corrections };
}
