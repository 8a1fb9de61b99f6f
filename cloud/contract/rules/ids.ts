// Which community ids and years the contract accepts (common.ts builds CommunityId and Year from these).
export const COMMUNITY_ID_PATTERN = /^[a-z0-9-]{1,64}$/;
/** The programme's first year (舟政发〔2017〕26号) and the last the contract takes. */
export const FIRST_YEAR = 2017;
export const LAST_YEAR = 2100;
