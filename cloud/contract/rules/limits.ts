// How long texts and how large numbers may be: the contract's schemas and the app's forms read them here.
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
