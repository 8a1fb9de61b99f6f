// Contract of the identity calls: whoami, listCommunities, assignRole.
import { z } from 'zod';
import { AssignableRole, Community, CommunityId, OpenId, Role, ScopeOut } from './common';
import { DISPLAY_NAME_MAX, PLACE_NAME_MAX } from './rules';

export const WhoamiInput = z.strictObject({});
export const WhoamiOutput = z.object({
  /** The caller's own openid: what the first admin copies into ADMIN_OPENIDS. */
  openid: z.string(),
  roles: z.array(Role),
  /** A worker's community (id, and the community itself); null for everyone else. */
  communityId: CommunityId.nullable(),
  community: Community.nullable(),
  /** An official's scope; null for everyone else. */
  scope: ScopeOut.nullable(),
  /** The name staff chose when they joined; null for residents and for staff assigned without one. */
  displayName: z.string().nullable(),
  /** What staff lists show for the caller (never the openid); null for residents and config admins. */
  staffId: z.string().nullable(),
});

/** `mine`: only the communities the caller works with (a worker's own, an official's scope, all for admins). */
export const ListCommunitiesInput = z.strictObject({ mine: z.boolean().optional() });
export const ListCommunitiesOutput = z.object({ communities: z.array(Community) });

export const DisplayName = z.string('请填写姓名').trim().min(1, '请填写姓名').max(DISPLAY_NAME_MAX, `姓名最多 ${DISPLAY_NAME_MAX} 字`);
export const PlaceName = z.string().trim().min(1).max(PLACE_NAME_MAX);

/** Where a post sits: a worker's community, an official's district and street (none: city-wide), nothing for an evaluator. */
export const PostFields = {
  communityId: CommunityId.optional(),
  district: PlaceName.optional(),
  street: PlaceName.optional(),
};
type PostShape = { role: string; communityId?: string; district?: string; street?: string };
export function checkPost(v: PostShape, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (v.role === 'worker') {
    if (!v.communityId) issue('communityId', '社区工作者必须指定所属社区');
    if (v.district !== undefined) issue('district', '社区工作者的范围就是所属社区，不另设县（区）');
    if (v.street !== undefined) issue('street', '社区工作者的范围就是所属社区，不另设街道');
    return;
  }
  if (v.communityId !== undefined) issue('communityId', '只有社区工作者属于某个社区');
  if (v.role === 'official') {
    if (v.street !== undefined && v.district === undefined) issue('district', '指定街道时须同时指定所在县（区）/功能区');
  } else {
    if (v.district !== undefined) issue('district', '第三方评估人员面向全市，不设范围');
    if (v.street !== undefined) issue('street', '第三方评估人员面向全市，不设范围');
  }
}

export const AssignRoleInput = z
  .strictObject({ openid: OpenId, role: AssignableRole, ...PostFields, displayName: DisplayName.optional() })
  .superRefine(checkPost);
export const AssignRoleOutput = z.object({
  openid: OpenId,
  role: AssignableRole,
  communityId: CommunityId.nullable(),
  scope: ScopeOut.nullable(),
  displayName: z.string().nullable(),
});

export type TWhoamiOutput = z.infer<typeof WhoamiOutput>;
export type TListCommunitiesInput = z.infer<typeof ListCommunitiesInput>;
export type TListCommunitiesOutput = z.infer<typeof ListCommunitiesOutput>;
export type TAssignRoleInput = z.infer<typeof AssignRoleInput>;
export type TAssignRoleOutput = z.infer<typeof AssignRoleOutput>;
