// Contract of the assessment's stages and lock: finalizeAssessment, reopenAssessment, getAssessmentSnapshots.
import { z } from 'zod';
import { JudgedScore } from '../../rubric';
import { Assessment, ProjectEvaluation, SavedItem } from './assessment';
import { Staff } from './audit';
import { CommunityId, Year } from './common';
import { Rate } from './indicators';
import { Reason } from './projects';

export const STAGES_OF_ASSESSMENT = ['interim', 'final'] as const;
/** interim: a 阶段评估, a dated snapshot, locks nothing; final: the 终期验收, locks the community-year. */
export const AssessmentStage = z.enum(STAGES_OF_ASSESSMENT, { error: '阶段只能是 interim（阶段评估）或 final（终期验收）' });

/** The figures as they stood when the stage was recorded: states, notes, reasons, rates with counts, evaluations, score. */
export const Snapshot = z.object({
  id: z.string(),
  stage: AssessmentStage,
  at: z.string(),
  by: Staff,
  /** The final acceptance the year is locked on now. */
  inForce: z.boolean(),
  items: z.array(SavedItem),
  rates: z.object({ awareness: Rate.nullable(), satisfaction: Rate.nullable() }),
  projects: z.array(ProjectEvaluation),
  score: JudgedScore,
});
export type TSnapshot = z.infer<typeof Snapshot>;

export const FinalizeAssessmentInput = z.strictObject({ communityId: CommunityId, year: Year, stage: AssessmentStage });
/** The snapshot recorded, and the assessment as getAssessment now answers it (locked after a final). */
export const FinalizeAssessmentOutput = z.object({ snapshot: Snapshot, assessment: Assessment });

export const ReopenAssessmentInput = z.strictObject({ communityId: CommunityId, year: Year, reason: Reason });
export const ReopenAssessmentOutput = Assessment;

export const GetAssessmentSnapshotsInput = z.strictObject({ communityId: CommunityId, year: Year });
/** Every interim and final snapshot of the year, oldest first; finals of reopened years stay. */
export const GetAssessmentSnapshotsOutput = z.object({ communityId: CommunityId, year: Year, snapshots: z.array(Snapshot) });

export type TFinalizeAssessmentInput = z.infer<typeof FinalizeAssessmentInput>;
export type TFinalizeAssessmentOutput = z.infer<typeof FinalizeAssessmentOutput>;
export type TReopenAssessmentInput = z.infer<typeof ReopenAssessmentInput>;
export type TGetAssessmentSnapshotsInput = z.infer<typeof GetAssessmentSnapshotsInput>;
export type TGetAssessmentSnapshotsOutput = z.infer<typeof GetAssessmentSnapshotsOutput>;
