// How long what residents give is kept, as the privacy policy (隐私政策 page) states it and docs/PRODUCT.md
// ("Privacy") records it. Years are calendar years (Asia/Shanghai), counted after the year the data belong to.

/** Survey answers: the round's year and 3 years after it, for the year's evaluation, its final acceptance and re-checks. */
export const ANSWERS_KEPT_YEARS_AFTER = 3;
/** Needs, ratings and comments, project roles: the project's (or need's) year and 3 years after it, as the projects' records (台账). */
export const PARTICIPATION_KEPT_YEARS_AFTER = 3;
/** The last calendar year data of `year` are kept in: 2026's answers are kept through 2029. */
export const keptThrough = (year: number, yearsAfter: number): number => year + yearsAfter;

/** Whom residents contact about their data when the build names no one (TARO_APP_PRIVACY_CONTACT names the office). */
export const PRIVACY_CONTACT_DEFAULT = '舟山市民政局（基层政权建设和社区治理处）';
