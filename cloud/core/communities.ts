// The communities the calls name: a community that does not exist is a 404, not an empty answer.
import type { TCommunity } from '../contract';
import type { Deps } from './deps';
import { notFound } from './errors';

export async function requireCommunity(communityId: string, deps: Deps): Promise<TCommunity> {
  const community = await deps.store.getCommunity(communityId);
  if (!community) throw notFound('没有这个社区');
  return community;
}
