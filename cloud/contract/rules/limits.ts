// How long texts and lists may be, how large numbers, and how much one resident may write a day: the contract and the app read them here.
export const TITLE_MAX = 60;
/** Summaries, plans, reflections, activity descriptions. */
export const LONG_TEXT_MAX = 2000;
/** Reasons (a step back, hiding feedback) and replies. */
export const REASON_MAX = 500;
/** What residents write (comments, needs): also well under msgSecCheck's 2,500. */
export const RESIDENT_TEXT_MAX = 500;
/** An official's note on an item of the standard. */
export const NOTE_MAX = 2000;
export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** Each of the six aspects is scored 0–100 with at most two decimals. */
export const ASPECT_MAX = 100;
/** Residents served by one activity. */
export const SERVED_COUNT_MAX = 100000;

/**
 * Submissions per identity (the respondent hash) per Asia/Shanghai calendar day.
 * need: every need stored by submitNeed.
 * feedback: every accepted submitFeedback, a resend that replaces the earlier rating included
 * (each one is a content check and a write). 30 lets a resident rate all 18 projects a
 * community may run in a year (2 per category × 9) and still correct a dozen of them.
 * Calls refused for their input or their text are not counted.
 */
export const DAILY_LIMITS = { need: 20, feedback: 30 } as const;
export type DailyKind = keyof typeof DAILY_LIMITS;

/** Pages of listNeeds and listMyNeeds: `limit` defaults to `default`, at most `max`. */
export const NEEDS_PAGE = { default: 50, max: 100 } as const;

/** getProject carries only the newest this many feedback; `feedbackTotal` says how many there are. */
export const PROJECT_FEEDBACK_SHOWN = 50;
