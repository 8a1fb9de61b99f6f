// Contract of getCommunityPoster: the code residents scan to open their community's survey.
import { z } from 'zod';
import { CommunityId, GeneratedFile } from './common';

export const GetCommunityPosterInput = z.strictObject({ communityId: CommunityId });
export const GetCommunityPosterOutput = GeneratedFile.extend({
  communityId: CommunityId,
  /** The mini-program page the code opens, for sharing: /pages/survey/index?communityId=… */
  link: z.string(),
});

export type TGetCommunityPosterInput = z.infer<typeof GetCommunityPosterInput>;
export type TGetCommunityPosterOutput = z.infer<typeof GetCommunityPosterOutput>;
