// Contract of the assessment calls: getStandard, scoreAssessment, saveAssessment, getAssessment, exportScorecards.
import { z } from 'zod';
import { JudgedScore, makeScoreInput, parseStandard, Standard, State, stateItems, type TProjectEvaluation } from '../../rubric';
import { CommunityId, GeneratedFile, OpenId, Year } from './common';
import { Rate, ShownRound } from './indicators';
import { NOTE_MAX, STANDARD_IN_FORCE } from './rules';

/** The standard in force, validated: every call scores on it. */
export const STANDARD = parseStandard(STANDARD_IN_FORCE);

const judgedItems = new Set(stateItems(STANDARD).map((item) => item.id));
/** A map keyed by the ids of the items an official judges A/B/C (Ⅱ-1 … Ⅱ-10). */
function byJudgedItem<T extends z.ZodType>(value: T) {
  return z.record(z.string(), value).superRefine((given, ctx) => {
    for (const id of Object.keys(given)) {
      if (!judgedItems.has(id)) ctx.addIssue({ code: 'custom', path: [id], message: `没有可评定状态的测评内容 ${id}` });
    }
  });
}

export const GetStandardInput = z.strictObject({});
export const GetStandardOutput = Standard;

export const ScoreAssessmentInput = makeScoreInput(STANDARD);
export const ScoreAssessmentOutput = JudgedScore;

/** The evidence an official notes for an item; '' or null clears it. */
export const Note = z.string().max(NOTE_MAX, `说明最多 ${NOTE_MAX} 字`);

/**
 * Saving merges into what is saved: an item left out stays as it is; a state clears with null (an
 * Ⅱ-10.2/10.3 item then follows the rates again); a note clears with '' or null.
 */
export const SaveAssessmentInput = z.strictObject({
  communityId: CommunityId,
  year: Year,
  states: byJudgedItem(State.nullable()),
  notes: byJudgedItem(Note.nullable()).optional(),
});

export const GetAssessmentInput = z.strictObject({ communityId: CommunityId, year: Year });

export const SavedItem = z.object({
  id: z.string(),
  state: State.nullable(),
  note: z.string().nullable(),
  /** Who last changed the item's state or note, and when (ISO 8601). */
  setBy: OpenId,
  setAt: z.string(),
});
export type TSavedItem = z.infer<typeof SavedItem>;

export const ProjectEvaluation = z.object({
  id: z.string().optional(),
  category: z.string(),
  aspects: z.record(z.string(), z.number()),
}) satisfies z.ZodType<TProjectEvaluation>;

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
