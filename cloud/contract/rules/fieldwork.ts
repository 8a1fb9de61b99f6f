// Fieldwork (走访居民, paper questionnaires) and the quality of a round's answers: channels, how households and serials
// are compared, the flags (fast answers, bursts), the volunteers against the seed's 20, and a volunteer's phone number.

/** How an answer reached the round: the resident alone, a worker's phone at the door (入户代填), or a paper form. */
export const CHANNELS = [
  { id: 'self', name: '居民自填' },
  { id: 'assisted', name: '入户代填' },
  { id: 'paper', name: '纸质问卷' },
] as const;
export type TChannel = (typeof CHANNELS)[number]['id'];
export const CHANNEL_IDS = CHANNELS.map((c) => c.id) as [TChannel, ...TChannel[]];
export const channelName = (id: TChannel) => CHANNELS.find((c) => c.id === id)?.name ?? id;

/** An answer completed in less than this many milliseconds from the survey's opening (its startToken) is `fast`. */
export const FAST_ANSWER_MS = 8_000;
/** Bursts: more than BURST_MORE_THAN answers to one community within BURST_WINDOW_MS (quality.ts defines the windows). */
export const BURST_WINDOW_MS = 10 * 60_000;
export const BURST_MORE_THAN = 20;
/** A startToken older than this is no longer valid (the answer is then of unknown duration). */
export const START_TOKEN_MAX_AGE_MS = 24 * 60 * 60_000;

/**
 * 舟政发〔2017〕26号: "保证每个示范社区可调派志愿者人数不少于20人" — per community, the distinct residents who joined
 * any of its projects of the year as 志愿者.
 */
export const VOLUNTEER_TARGET = 20;

/** How long each part of a household's address, and a paper form's serial, may be as typed. */
export const HOUSEHOLD_PART_MAX = 20;
export const SERIAL_MAX = 40;

/**
 * A household part or a serial as compared: NFKC (full-width digits and letters become ASCII), every space
 * removed, letters in lower case. "３幢 " and "3幢", "ａ-12" and "A-12" are the same.
 */
export function normalizeEntry(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** A mainland mobile number: 11 digits from 1[3-9]; spaces, hyphens and a leading +86 are dropped first. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export function normalizePhone(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\s-]+/g, '')
    .replace(/^(\+?86)(?=1\d{10}$)/, '');
}
export const isMobile = (value: string) => MOBILE_PATTERN.test(normalizePhone(value));
