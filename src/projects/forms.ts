// The workers' project pages without React: projects per category against the two-per-category rule,
// the stage's neighbours, and the checks of the publish and activity forms (the contract's own limits).
import type { TCategory, TProjectSummary, TStage } from '../../cloud/contract';
import { CATEGORY_NAMES, STAGE_NAMES } from '../text/projects';
import { WORKER_TEXT } from '../text/worker';

/** The standard's limit (测评标准 二类: 每类最多 2 个); test/src/worker pins it to the rubric's data. */
export const MAX_PER_CATEGORY = 2;
export const CATEGORIES = Object.keys(CATEGORY_NAMES) as TCategory[];
export const STAGE_ORDER = Object.keys(STAGE_NAMES) as TStage[];

export const TITLE_MAX = 60;
export const LONG_TEXT_MAX = 2000;

export const categoryName = (c: string) => CATEGORY_NAMES[c as TCategory] ?? c;
export const stageName = (s: string) => STAGE_NAMES[s as TStage] ?? s;

export interface CategoryGroup<P> {
  category: TCategory;
  name: string;
  projects: P[];
  full: boolean;
}

/** Every category in the standard's order with its projects, empty ones included (the rule is visible for all nine). */
export function groupByCategory<P extends Pick<TProjectSummary, 'category'>>(projects: readonly P[]): CategoryGroup<P>[] {
  return CATEGORIES.map((category) => {
    const mine = projects.filter((p) => p.category === category);
    return { category, name: CATEGORY_NAMES[category], projects: mine, full: mine.length >= MAX_PER_CATEGORY };
  });
}

/** The stages one step either way from `stage` (null at the ends). */
export function neighbours(stage: TStage): { next: TStage | null; prev: TStage | null } {
  const i = STAGE_ORDER.indexOf(stage);
  return { next: STAGE_ORDER[i + 1] ?? null, prev: i > 0 ? STAGE_ORDER[i - 1] : null };
}

export interface PublishDraft {
  category: TCategory | null;
  title: string;
  summary: string;
}
export type PublishErrors = Partial<Record<keyof PublishDraft, string>>;

/** Problems of the publish form; a full category is refused here too, before the server's CATEGORY_LIMIT. */
export function checkPublish(draft: PublishDraft, fullCategories: ReadonlySet<string>): PublishErrors {
  const errors: PublishErrors = {};
  if (!draft.category) errors.category = WORKER_TEXT.needCategory;
  else if (fullCategories.has(draft.category)) {
    errors.category = WORKER_TEXT.categoryIsFull(CATEGORY_NAMES[draft.category], MAX_PER_CATEGORY);
  }
  const title = draft.title.trim();
  if (!title) errors.title = WORKER_TEXT.needTitle;
  else if (title.length > TITLE_MAX) errors.title = WORKER_TEXT.titleTooLong;
  if (draft.summary.trim().length > LONG_TEXT_MAX) errors.summary = WORKER_TEXT.summaryTooLong;
  return errors;
}

export interface ActivityDraft {
  date: string;
  description: string;
  servedCount: string;
}
export type ActivityErrors = Partial<Record<keyof ActivityDraft, string>>;

/** A real calendar day written YYYY-MM-DD. */
export function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The activity to send, or the problem of each field. servedCount: a whole number ≥ 0, as typed. */
export function checkActivity(draft: ActivityDraft):
  | { ok: true; activity: { date: string; description: string; servedCount: number } }
  | { ok: false; errors: ActivityErrors } {
  const errors: ActivityErrors = {};
  const date = draft.date.trim();
  if (!isDay(date)) errors.date = WORKER_TEXT.badDate;
  const description = draft.description.trim();
  if (!description) errors.description = WORKER_TEXT.needDescription;
  else if (description.length > LONG_TEXT_MAX) errors.description = WORKER_TEXT.descriptionTooLong;
  const served = draft.servedCount.trim();
  if (!served) errors.servedCount = WORKER_TEXT.needServed;
  else if (!/^\d{1,7}$/.test(served)) errors.servedCount = WORKER_TEXT.servedNotWhole;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, activity: { date, description, servedCount: Number(served) } };
}

/** Today in Asia/Shanghai as YYYY-MM-DD (the programme counts by the Chinese calendar day). */
export function todayInShanghai(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
