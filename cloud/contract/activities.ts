// Contract of correcting a doorstep project's activities: updateActivity and removeActivity (recordActivity is in projects.ts).
import { z } from 'zod';
import { ActivityDescription, ActivityPhotos, Day, ProjectDetail, ProjectId, Reason, ServedCount } from './projects';

export const ActivityId = z.string().min(1).max(128);

/** The activity as corrected (every field, as recordActivity takes them) and why; kept in the audit log with the old one. */
export const UpdateActivityInput = z.strictObject({
  projectId: ProjectId,
  activityId: ActivityId,
  date: Day,
  description: ActivityDescription,
  servedCount: ServedCount,
  photos: ActivityPhotos,
  reason: Reason,
});
/** Removing an activity needs a reason; the audit log keeps what it was. */
export const RemoveActivityInput = z.strictObject({ projectId: ProjectId, activityId: ActivityId, reason: Reason });
export const UpdateActivityOutput = ProjectDetail;
export const RemoveActivityOutput = ProjectDetail;

export type TUpdateActivityInput = z.infer<typeof UpdateActivityInput>;
export type TRemoveActivityInput = z.infer<typeof RemoveActivityInput>;
