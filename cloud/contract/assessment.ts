// Contract of the assessment calls: getStandard, scoreAssessment, saveAssessment, getAssessment, exportScorecards.
import { z } from 'zod';
import { JudgedScore, makeScoreInput, parseStandard, Standard, State, stateItems, type TProjectEvaluation } from '../../rubric';
import { Staff } from './audit';
import { CommunityId, GeneratedFile, OpenId, Year } from './common';
import { Rate, ShownRound } from './indicators';
import { Reason } from './projects';
import { NOTE_MAX, STANDARD_IN_FORCE } from './rules';

/** The standard in force, validated: every call scores on it. */
export const STANDARD = parseStandard(STANDARD_IN_FORCE);

const judgedItems = new Set(stateItems(STANDARD).map((item) => item.id));
/** Items whose state comes from the survey rates unless set by hand (Ⅱ-10.2, Ⅱ-10.3). */
export const RATE_ITEM_IDS: ReadonlySet<string> = new Set(
  stateItems(STANDARD)
    .filter((item) => item.source)
    .map((item) => item.id),
);

/** A map keyed by ids of `ids`; any other key is an issue at its own path. */
function keyedBy<T extends z.ZodType>(ids: ReadonlySet<string>, message: (id: string) => string, value: T) {
  return z.record(z.string(), value).superRefine((given, ctx) => {
    for (const id of Object.keys(given)) {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', path: [id], message: message(id) });
    }
  });
}
/** A map keyed by the ids of the items an official judges A/B/C (Ⅱ-1 … Ⅱ-10). */
const byJudgedItem = <T extends z.ZodType>(value: T) => keyedBy(judgedItems, (id) => `没有可评定状态的测评内容 ${id}`, value);
const rateItemList = [...RATE_ITEM_IDS].join('、');
const byRateItem = <T extends z.ZodType>(value: T) =>
  keyedBy(RATE_ITEM_IDS, (id) => `${id} 不按问卷比率评定，无需人工评定理由（只有 ${rateItemList} 需要）`, value);

export const GetStandardInput = z.strictObject({});
export const GetStandardOutput = Standard;

export const ScoreAssessmentInput = makeScoreInput(STANDARD);
export const ScoreAssessmentOutput = JudgedScore;

/** The evidence an official notes for an item; '' or null clears it. */
export const Note = z.string().max(NOTE_MAX, `说明最多 ${NOTE_MAX} 字`);

/**
 * Saving merges into what is saved: an item left out stays as it is; a state clears with null (an
 * Ⅱ-10.2/10.3 item then follows the rates again, and its reason goes); a note clears with '' or null.
 * Setting Ⅱ-10.2/10.3 by hand to a state it does not already have needs its reason in `reasons`
 * (the core answers 400 at reasons.<id> without one); a reason sent alone replaces the saved one.
 */
export const SaveAssessmentInput = z.strictObject({
  communityId: CommunityId,
  year: Year,
  states: byJudgedItem(State.nullable()),
  notes: byJudgedItem(Note.nullable()).optional(),
  reasons: byRateItem(Reason).optional(),
});

export const GetAssessmentInput = z.strictObject({ communityId: CommunityId, year: Year });

export const SavedItem = z.object({
  id: z.string(),
  state: State.nullable(),
  note: z.string().nullable(),
  /** Why Ⅱ-10.2/10.3 was set by hand (null otherwise). Always answered; optional in the type for older fixtures. */
  reason: z.string().nullable().optional(),
  /** Who last changed the item's state, note or reason, and when (ISO 8601). */
  setBy: OpenId,
  setAt: z.string(),
  /** The same person as the app and the workbook show them: by role and display name. Always answered; optional in the type for older fixtures. */
  by: Staff.optional(),
});
export type TSavedItem = z.infer<typeof SavedItem>;

export const ProjectEvaluation = z.object({
  id: z.string().optional(),
  category: z.string(),
  aspects: z.record(z.string(), z.number()),
}) satisfies z.ZodType<TProjectEvaluation>;

/** A held lock: the final acceptance (终期验收), when and by whom. */
export const Lock = z.object({ stage: z.literal('final'), at: z.string(), by: Staff });
/** The last time an admin reopened the year, and why. */
export const Reopened = z.object({ at: z.string(), by: Staff, reason: z.string() });

export const Assessment = z.object({
  communityId: CommunityId,
  name: z.string(),
  district: z.string(),
  year: Year,
  /** Saved items only (a state, a note or both), in the standard's order. */
  items: z.array(SavedItem),
  /** The round's rates as getIndicators shows them (null while suppressed); Ⅱ-10.2/10.3 are scored from these. */
  rates: z.object({ awareness: Rate.nullable(), satisfaction: Rate.nullable() }),
  /** The round's valid answers, and whether its rates are withheld (ShownRound in indicators.ts). */
  responses: ShownRound.shape.responses,
  suppressed: ShownRound.shape.suppressed,
  projects: z.array(ProjectEvaluation),
  score: JudgedScore,
  /**
   * Set while the year is locked: items, rates (with their counts), projects and score are then the
   * figures stored at the final acceptance, not live ones. lock and reopened are always answered;
   * optional in the type for older fixtures.
   */
  lock: Lock.nullable().optional(),
  reopened: Reopened.nullable().optional(),
});
export type TAssessment = z.infer<typeof Assessment>;
export const SaveAssessmentOutput = Assessment;
export const GetAssessmentOutput = Assessment;

export const ListAssessmentsInput = z.strictObject({ year: Year });
export const ListAssessmentsOutput = z.object({ year: Year, assessments: z.array(Assessment) });

export const ExportScorecardsInput = z.strictObject({ year: Year });
/** The workbook: `fileId` its cloud fileID (null locally), `url` a temporary link in the cloud, /exports/<file> locally. */
export const ExportScorecardsOutput = GeneratedFile;

export type TScoreAssessmentInput = z.infer<typeof ScoreAssessmentInput>;
export type TSaveAssessmentInput = z.infer<typeof SaveAssessmentInput>;
export type TGetAssessmentInput = z.infer<typeof GetAssessmentInput>;
export type TListAssessmentsInput = z.infer<typeof ListAssessmentsInput>;
export type TExportScorecardsInput = z.infer<typeof ExportScorecardsInput>;
export type TExportScorecardsOutput = z.infer<typeof ExportScorecardsOutput>;
export type TListAssessmentsOutput = z.infer<typeof ListAssessmentsOutput>;
