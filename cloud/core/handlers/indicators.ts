// getIndicators (rates per community from the stored tallies, never a scan of responses) and recountIndicators.
import type { CallOutput, TGetIndicatorsInput, TRecountIndicatorsInput } from '../../contract';
import type { Tally } from '../../store/types';
import { readableCommunities, requireAdmin, type Caller } from '../auth';
import { shanghaiYear } from '../calendar';
import type { Deps } from '../deps';
import { forbidden, notFound } from '../errors';
import { communityRates } from '../community-rates';

export async function getIndicators(
  input: TGetIndicatorsInput,
  caller: Caller,
  deps: Deps,
): Promise<CallOutput<'getIndicators'>> {
  const year = input.year ?? shanghaiYear(deps.now());
  const readable = readableCommunities(caller);
  if (input.communityId && readable !== 'all' && !readable.includes(input.communityId)) {
    throw forbidden('社区工作者只能查看本社区的指标');
  }
  let communities = await deps.store.listCommunities();
  if (input.communityId) {
    communities = communities.filter((c) => c.id === input.communityId);
    if (communities.length === 0) throw notFound('没有这个社区');
  } else if (readable !== 'all') {
    communities = communities.filter((c) => readable.includes(c.id));
  }
  const scope = input.communityId ?? (readable !== 'all' && readable.length === 1 ? readable[0] : undefined);
  const tallies = new Map((await deps.store.getTallies(year, scope)).map((t) => [t.communityId, t]));
  return {
    year,
    communities: communities.map((c) => ({ communityId: c.id, name: c.name, ...communityRates(tallies.get(c.id), c) })),
  };
}

function flatten(tallies: Tally[]): Map<string, number> {
  const cells = new Map<string, number>();
  for (const t of tallies)
    for (const [question, options] of Object.entries(t.counts))
      for (const [option, count] of Object.entries(options))
        if (count !== 0) cells.set(`${t.communityId}\u0000${question}\u0000${option}`, count);
  return cells;
}

export async function recountIndicators(
  input: TRecountIndicatorsInput,
  caller: Caller,
  deps: Deps,
): Promise<CallOutput<'recountIndicators'>> {
  requireAdmin(caller);
  const year = input.year ?? shanghaiYear(deps.now());
  const stored = flatten(await deps.store.getTallies(year));
  const { responses, tallies } = await deps.store.countResponses(year);
  const counted = flatten(tallies);
  const corrections: CallOutput<'recountIndicators'>['corrections'] = [];
  for (const key of new Set([...stored.keys(), ...counted.keys()])) {
    const was = stored.get(key) ?? 0;
    const now = counted.get(key) ?? 0;
    if (was === now) continue;
    const [communityId, question, option] = key.split('\u0000');
    corrections.push({ communityId, question, option, was, now });
  }
  if (corrections.length > 0) await deps.store.replaceTallies(year, tallies);
  return { year, responses, corrections };
}
