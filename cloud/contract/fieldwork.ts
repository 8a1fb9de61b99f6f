// Contract of fieldwork and data quality: submitAssistedResponse (入户代填), submitPaperResponse (纸质问卷录入) and
// getQualityReport (channels, per-worker entries, fast answers, bursts, rates without flagged answers, volunteers).
import { z } from 'zod';
import { CommunityId, StaffRef, Year } from './common';
import { ChannelCounts, Rate } from './indicators';
import {
  BURST_MORE_THAN,
  BURST_WINDOW_MS,
  FAST_ANSWER_MS,
  HOUSEHOLD_PART_MAX,
  normalizeEntry,
  SERIAL_MAX,
  VOLUNTEER_TARGET,
} from './rules/fieldwork';
import { Answers, StartToken } from './survey';

/** A typed entry, compared as normalizeEntry makes it (NFKC, no spaces, lower case). */
function entry(name: string, max: number, required: boolean) {
  const tooLong = `${name}最多 ${max} 个字`;
  const normalized = z
    .string(`请填写${name}`)
    .max(max * 2, tooLong)
    .transform(normalizeEntry);
  return normalized.pipe(required ? z.string().min(1, `请填写${name}`).max(max, tooLong) : z.string().max(max, tooLong));
}

/** As the community numbers its homes; a unit may be empty (渔农村 houses have none). */
export const Household = z.strictObject({
  building: entry('楼幢（或村组）', HOUSEHOLD_PART_MAX, true),
  unit: entry('单元', HOUSEHOLD_PART_MAX, false),
  room: entry('室号（或门牌号）', HOUSEHOLD_PART_MAX, true),
});
export type THousehold = z.infer<typeof Household>;

const consentMessage = '请先向居民宣读说明，并在居民口头同意后勾选';
export const SubmitAssistedResponseInput = z.strictObject({
  communityId: CommunityId,
  household: Household,
  answers: Answers,
  /** The resident's oral consent, recorded by the worker after reading the consent text aloud. */
  consent: z.literal(true, consentMessage),
  /** From getSurvey on the worker's phone: the answer's duration. */
  startToken: StartToken.optional(),
});
/** Before the questions: has this household already answered through 入户代填 in the current round? */
export const CheckHouseholdInput = z.strictObject({ communityId: CommunityId, household: Household });
export const CheckHouseholdOutput = z.object({ answered: z.boolean() });
export const SubmitPaperResponseInput = z.strictObject({
  communityId: CommunityId,
  /** The form's serial number as printed or written on it. */
  serial: entry('问卷编号', SERIAL_MAX, true),
  answers: Answers,
});
const Accepted = z.object({
  round: z.object({ communityId: CommunityId, year: Year }),
  accepted: z.literal(true),
  channel: z.enum(['assisted', 'paper']),
});
export const SubmitAssistedResponseOutput = Accepted;
export const SubmitPaperResponseOutput = Accepted;

export const GetQualityReportInput = z.strictObject({ year: Year, communityId: CommunityId.optional() });

/** Rates over a set of answers; null while it holds fewer than SHOWN_FROM answers (rules/privacy.ts). */
const RatesOver = z.object({
  n: z.number().int().min(0),
  awareness: Rate.nullable(),
  satisfaction: Rate.nullable(),
});
export const Burst = z.object({
  /** The first and last answer of the burst (ISO 8601). */
  start: z.string(),
  end: z.string(),
  /** Answers in it. */
  count: z.number().int().positive(),
  /** The most answers within any BURST_WINDOW_MS inside it (> BURST_MORE_THAN). */
  peak: z.number().int().positive(),
});
export const WorkerEntries = z.object({
  who: StaffRef,
  /** "社区工作者 王芳": role and display name, never an openid. */
  label: z.string(),
  assisted: z.number().int().min(0),
  paper: z.number().int().min(0),
});
export const VolunteerContact = z.object({
  phone: z.string(),
  /** Titles of the projects of the year the resident joined as 志愿者. */
  projects: z.array(z.string()),
  joinedAt: z.string(),
});
export const CommunityQuality = z.object({
  communityId: CommunityId,
  name: z.string(),
  /** Every stored answer of the round, exact. */
  responses: z.number().int().min(0),
  /** The round is closed by its final acceptance: the rates are over every answer; otherwise over `rates.shownAt`. */
  final: z.boolean(),
  channels: ChannelCounts,
  /** Assisted and paper entries per worker who entered them, most first. */
  workers: z.array(WorkerEntries),
  /** Answers completed in under FAST_ANSWER_MS from the survey's opening (self and assisted answers with a valid startToken). */
  fast: z.number().int().min(0),
  /** Self and assisted answers without a valid startToken (paper forms have no duration and are in neither). */
  unknownDuration: z.number().int().min(0),
  /** Answers in a burst (self and assisted answers only). */
  inBursts: z.number().int().min(0),
  bursts: z.array(Burst),
  /** Answers flagged fast or in a burst, each once. Flags never delete answers. */
  flagged: z.number().int().min(0),
  rates: z.object({
    /** The answers the rates are read over: the latest multiple of 5 while open (as getIndicators), every one once final; null below 10. */
    shownAt: z.number().int().min(0).nullable(),
    withFlagged: RatesOver,
    /** The same answers without the flagged ones; `excluded` how many were left out. */
    withoutFlagged: RatesOver.extend({ excluded: z.number().int().min(0) }),
  }),
  volunteers: z.object({
    /** Distinct residents who joined any of the community's projects of the year as 志愿者. */
    count: z.number().int().min(0),
    target: z.number().int(),
    meets: z.boolean(),
    /** Those who left a phone number with their consent; only for the community's own workers (null for everyone else). */
    contacts: z.array(VolunteerContact).nullable(),
  }),
});
export const GetQualityReportOutput = z.object({
  year: Year,
  /** The rules the flags were computed with. */
  rules: z.object({
    fastMs: z.literal(FAST_ANSWER_MS),
    burstWindowMs: z.literal(BURST_WINDOW_MS),
    burstMoreThan: z.literal(BURST_MORE_THAN),
    volunteerTarget: z.literal(VOLUNTEER_TARGET),
  }),
  communities: z.array(CommunityQuality),
});

export type TSubmitAssistedResponseInput = z.infer<typeof SubmitAssistedResponseInput>;
export type TCheckHouseholdInput = z.infer<typeof CheckHouseholdInput>;
export type TCheckHouseholdOutput = z.infer<typeof CheckHouseholdOutput>;
export type TSubmitPaperResponseInput = z.infer<typeof SubmitPaperResponseInput>;
export type TSubmitFieldworkOutput = z.infer<typeof Accepted>;
export type TGetQualityReportInput = z.infer<typeof GetQualityReportInput>;
export type TGetQualityReportOutput = z.infer<typeof GetQualityReportOutput>;
export type TCommunityQuality = z.infer<typeof CommunityQuality>;
export type TBurst = z.infer<typeof Burst>;
