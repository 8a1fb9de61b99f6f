// Which community ids and years the contract accepts, zod-free so the app's main package can read them.
// Stopgap added from the app's branch: common.ts's CommunityId and Year should be built from these, and rules/index.ts export them.
export const COMMUNITY_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
/** The programme's first year (舟政发〔2017〕26号) and the last the contract takes. */
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2100;
