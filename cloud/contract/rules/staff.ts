// Staff onboarding by invitation: the code's alphabet and length, how long it lasts, where it leads, display names.

/** 32 letters and digits that cannot be mistaken for one another (no 0/O, 1/I): 5 bits each. */
export const INVITATION_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
/** 10 characters of 5 bits: 50 bits of randomness, and short enough to read out over the phone. */
export const INVITATION_CODE_LENGTH = 10;
export const INVITATION_HOURS = { default: 72, max: 24 * 30 } as const;
export const DISPLAY_NAME_MAX = 20;

/** The mini-program pages invitations and posters lead to. */
export const INVITE_PAGE = '/pages/invite/index';
export const SURVEY_PAGE = '/pages/survey/index';

export const invitationLink = (code: string) => `${INVITE_PAGE}?code=${code}`;
