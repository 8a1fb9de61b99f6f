// getCommunityPoster: the code residents scan to open their community's survey, as a file.
import { canMakePoster, SURVEY_PAGE, type TGetCommunityPosterInput, type TGetCommunityPosterOutput } from '../../contract';
import { requireThat, type Caller } from '../auth';
import { requireCommunity } from '../communities';
import type { Deps } from '../deps';
import { AppError } from '../errors';

/** A 小程序码's scene holds 32 characters: `c=<id>` (what the survey page reads), or the bare id. */
export function sceneOf(communityId: string): string {
  if (communityId.length <= 30) return `c=${communityId}`;
  if (communityId.length <= 32) return communityId;
  // Only ids given before the registry limited new ones to 30 characters can be this long.
  const message = '这个社区的编号超过 32 个字符，放不进小程序码';
  throw new AppError('INVALID_INPUT', message, [{ path: 'communityId', code: 'custom', message }]);
}

export async function getCommunityPoster(input: TGetCommunityPosterInput, caller: Caller, deps: Deps): Promise<TGetCommunityPosterOutput> {
  const community = await requireCommunity(input.communityId, deps);
  requireThat(canMakePoster(caller, community), '只有本社区的社区工作者和工作范围内的民政部门可以生成问卷海报');
  const { id } = community;
  const scene = sceneOf(id);
  const { bytes, extension } = await deps.codes.make({ page: SURVEY_PAGE, scene, query: { communityId: id } });
  // One file per community, replaced each time: the code of a community never changes.
  const fileName = `poster-${id}.${extension}`;
  const file = await deps.files.publish(fileName, bytes);
  return { communityId: id, fileName, ...file, link: `${SURVEY_PAGE}?communityId=${encodeURIComponent(id)}` };
}
