// The community registry's words: the kinds of community the 2017 opinion names, and how much one import may carry.

/** 城市社区 lead, 渔农村社区 follow (the opinion's 总体目标); the eight pilots of 附件1 are city communities. */
export const COMMUNITY_KINDS = [
  { id: 'urban', name: '城市社区' },
  { id: 'rural', name: '渔农村社区' },
] as const;
export type TCommunityKind = (typeof COMMUNITY_KINDS)[number]['id'];
export const COMMUNITY_KIND_IDS = COMMUNITY_KINDS.map((k) => k.id) as [TCommunityKind, ...TCommunityKind[]];
export const communityKindName = (id: string) => COMMUNITY_KINDS.find((k) => k.id === id)?.name ?? id;

/** Rows one importCommunities may carry: all of them are saved, or none. */
export const IMPORT_ROWS_MAX = 500;
/** Names of communities, districts (县（区）/功能区) and streets (乡镇（街道）). */
export const PLACE_NAME_MAX = 40;
/**
 * A new community's id is at most this long, so `c=<id>` fits the 32 characters of a
 * 小程序码's scene (getCommunityPoster). Ids the server chooses are shorter still.
 */
export const NEW_COMMUNITY_ID_MAX = 30;
