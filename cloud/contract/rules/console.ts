// The officials' console (getRollup, getTrend, getCityProgress, getGradeOutlook): its levels and bounds, zod-free for the app.

/** The levels a roll-up groups by, from the top: city → 县（区）/功能区 → 乡镇（街道）(a street's communities come with it). */
export const ROLLUP_LEVELS = ['city', 'district', 'street'] as const;
export type TRollupLevel = (typeof ROLLUP_LEVELS)[number];
/** The level of a row of getRollup: a group of one of ROLLUP_LEVELS, or one community. */
export const ROLLUP_ROW_LEVELS = [...ROLLUP_LEVELS, 'community'] as const;
export type TRollupRowLevel = (typeof ROLLUP_ROW_LEVELS)[number];

/** getTrend reads at most this many years in one call (fromYear … toYear inclusive). */
export const TREND_YEARS_MAX = 10;

/** getGradeOutlook calls a verdict settled once one outcome has at least this probability. */
export const OUTLOOK_CONFIDENCE = 0.95;
/** It looks this many further answers ahead at most for the point where the verdict settles (beyond: null). */
export const OUTLOOK_SEARCH_MAX = 100000;
