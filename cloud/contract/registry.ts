// Contract of the community registry: saveCommunity (create or edit one) and importCommunities (up to 500, all or nothing).
import { z } from 'zod';
import { Community, CommunityId } from './common';
import { COMMUNITY_KIND_IDS, IMPORT_ROWS_MAX, PLACE_NAME_MAX } from './rules/registry';

const place = (what: string) =>
  z.string(`请填写${what}`).trim().min(1, `请填写${what}`).max(PLACE_NAME_MAX, `${what}最多 ${PLACE_NAME_MAX} 字`);
const badHouseholds = '户数应为正整数，不知道时留空';

/** One community as an editor sends it; without `id` the server finds it by district, street and name, or makes one. */
export const CommunityInput = z.strictObject({
  id: CommunityId.optional(),
  name: place('社区名称'),
  district: place('县（区）/功能区'),
  street: place('乡镇（街道）'),
  kind: z.enum(COMMUNITY_KIND_IDS, { error: '类型应为 urban（城市社区）或 rural（渔农村社区）' }),
  households: z.number(badHouseholds).int(badHouseholds).positive(badHouseholds).max(1_000_000, badHouseholds).nullable(),
  pilot: z.boolean('请说明是否为示范点（true / false）'),
});
export type TCommunityInput = z.output<typeof CommunityInput>;

export const SaveCommunityInput = CommunityInput;
export const SaveCommunityOutput = z.object({ community: Community, created: z.boolean() });

/**
 * Every row is parsed, so one answer lists every bad row's fields (`rows.3.households`), not the
 * first only; rows that name one community twice are bad too. The handler saves all or none.
 */
const Rows = z
  .array(z.unknown(), '请提供 rows 列表')
  .min(1, '没有要导入的行')
  .max(IMPORT_ROWS_MAX, `一次最多导入 ${IMPORT_ROWS_MAX} 行`)
  .transform((rows, ctx) => {
    const parsed: TCommunityInput[] = [];
    const seen = new Map<string, number>();
    rows.forEach((row, i) => {
      const result = CommunityInput.safeParse(row);
      if (!result.success) {
        for (const issue of result.error.issues)
          ctx.issues.push({ ...issue, path: [i, ...issue.path], input: row } as (typeof ctx.issues)[number]);
        return;
      }
      parsed.push(result.data);
      const { id, district, street, name } = result.data;
      const keys: [string, string][] = [[`place:${district}\n${street}\n${name}`, 'name']];
      if (id) keys.unshift([`id:${id}`, 'id']);
      for (const [key, field] of keys) {
        const first = seen.get(key);
        if (first !== undefined) ctx.addIssue({ code: 'custom', path: [i, field], message: `与第 ${first + 1} 行是同一个社区` });
        else seen.set(key, i);
      }
    });
    return parsed;
  }) as unknown as z.ZodType<TCommunityInput[], z.input<typeof CommunityInput>[]>;

export const ImportCommunitiesInput = z.strictObject({ rows: Rows });
export const ImportCommunitiesOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** The saved communities, in the order of the rows. */
  communities: z.array(Community),
});

export type TSaveCommunityInput = z.infer<typeof SaveCommunityInput>;
export type TSaveCommunityOutput = z.infer<typeof SaveCommunityOutput>;
export type TImportCommunitiesInput = z.output<typeof ImportCommunitiesInput>;
export type TImportCommunitiesOutput = z.infer<typeof ImportCommunitiesOutput>;
