// What an activity of a doorstep project must hold to: a day of the project's year not after today (Asia/Shanghai),
// and photos (images) uploaded by the community's staff.
import { shanghaiDay } from '../contract';
import type { ProjectRecord } from '../store/types';
import type { Caller } from './auth';
import type { Deps } from './deps';
import { AppError } from './errors';
import { requireOwnUploads } from './uploads';

const badDate = (message: string) => new AppError('INVALID_INPUT', message, [{ path: 'date', code: 'custom', message }]);

/** 400 on `date` for a day after today or outside the project's year. */
export function requireActivityDay(date: string, project: ProjectRecord, deps: Deps): void {
  const today = shanghaiDay(deps.now());
  if (date > today) throw badDate(`活动日期不能晚于今天（${today}）`);
  if (!date.startsWith(`${project.year}-`)) throw badDate(`这是${project.year}年的项目，活动日期应在${project.year}年内`);
}

/** The photos, each an image uploaded by the community's staff (or the caller); 400 on `photos.<i>` otherwise. */
export async function requireActivityPhotos(photos: readonly string[], project: ProjectRecord, caller: Caller, deps: Deps): Promise<void> {
  await requireOwnUploads(photos, project.communityId, caller, deps, 'photos', true);
}
