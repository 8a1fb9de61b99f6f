// Contract of the identity calls: whoami, listCommunities, assignRole.
import { z } from 'zod';
import { AssignableRole, Community, CommunityId, OpenId, Role } from './common';

export const WhoamiInput = z.strictObject({});
export const WhoamiOutput = z.object({
  openid: z.string(),
  roles: z.array(Role),
  communityId: CommunityId.nullable(),
});

export const ListCommunitiesInput = z.strictObject({});
export const ListCommunitiesOutput = z.object({ communities: z.array(Community) });

export const AssignRoleInput = z
  .strictObject({ openid: OpenId, role: AssignableRole, communityId: CommunityId.optional() })
  .superRefine((v, ctx) => {
    if (v.role === 'worker' && !v.communityId) {
      ctx.addIssue({ code: 'custom', path: ['communityId'], message: '社区工作者必须指定所属社区' });
    }
  });
export const AssignRoleOutput = z.object({
  openid: OpenId,
  role: AssignableRole,
  communityId: CommunityId.nullable(),
});

export type TWhoamiOutput = z.infer<typeof WhoamiOutput>;
export type TListCommunitiesOutput = z.infer<typeof ListCommunitiesOutput>;
export type TAssignRoleInput = z.infer<typeof AssignRoleInput>;
export type TAssignRoleOutput = z.infer<typeof AssignRoleOutput>;
