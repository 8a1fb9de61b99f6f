// How much one resident may write a day and how long a list answers: plain numbers, no zod, so the app may import them.

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
