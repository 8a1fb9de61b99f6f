// The staff's project forms checked before they are sent: by the contract's own schemas (publish, activity, text),
// and by the rules it cannot see from one call (a category already full, an empty field the server would name otherwise).
import { PublishProjectInput, Reason, RecordActivityInput, UpdateProjectInput } from '../../cloud/contract/projects';
import { categoryName, MAX_PROJECTS_PER_CATEGORY, type TCategory } from '../../cloud/contract/rules';
import { check, typedNumber, type Checked, type FieldErrors } from '../common/formCheck';
import { WORKER_TEXT } from '../text/worker';

export interface PublishDraft {
  category: TCategory | null;
  title: string;
  summary: string;
}

/** What publishProject would get, or each field's problem; a full category is refused here, before the server's CATEGORY_LIMIT. */
export function checkPublish(communityId: string, year: number, draft: PublishDraft, fullCategories: ReadonlySet<string>) {
  const checked = check(PublishProjectInput, { communityId, year, category: draft.category, title: draft.title, summary: draft.summary });
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
  if (!draft.category) errors.category = WORKER_TEXT.needCategory;
  else if (fullCategories.has(draft.category))
    errors.category = WORKER_TEXT.categoryIsFull(categoryName(draft.category), MAX_PROJECTS_PER_CATEGORY);
  return Object.keys(errors).length === 0 && checked.ok ? checked : ({ ok: false, errors } as const);
}

export interface ActivityDraft {
  date: string;
  description: string;
  servedCount: string;
  /** fileIds of its photos (uploaded as they are chosen). */
  photos?: string[];
}

/** What recordActivity would get, or each field's problem. servedCount is typed as text: it must be a number first. */
export function checkActivity(projectId: string, draft: ActivityDraft) {
  const served = draft.servedCount.trim();
  const checked = check(RecordActivityInput, {
    projectId,
    date: draft.date.trim(),
    description: draft.description,
    servedCount: served ? typedNumber(served) : 0,
    photos: draft.photos ?? [],
  });
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors };
  if (!served) errors.servedCount = WORKER_TEXT.needServed;
  else if (Number.isNaN(typedNumber(served))) errors.servedCount = WORKER_TEXT.servedNotWhole;
  return Object.keys(errors).length === 0 && checked.ok ? checked : ({ ok: false, errors } as const);
}

export type TextField = 'title' | 'summary' | 'plan' | 'reflection';
export type TextDraft = Record<TextField, string>;
export const TEXT_FIELDS: readonly TextField[] = ['title', 'summary', 'plan', 'reflection'];

/** What updateProject would get for the fields that differ from `saved` (trimmed, as the server stores them), or their problems. */
/** The changed texts to send with the revision the page loaded (a save over a newer one is the server's EDIT_CONFLICT). */
export function checkText(
  project: { id: string; revision: number },
  draft: TextDraft,
  saved: TextDraft,
): Checked<{ projectId: string; revision: number } & Partial<TextDraft>> {
  const changes: Partial<TextDraft> = {};
  for (const f of TEXT_FIELDS) if (draft[f].trim() !== saved[f]) changes[f] = draft[f];
  return check(UpdateProjectInput, { projectId: project.id, revision: project.revision, ...changes });
}

/** A reason or a reply, as the contract takes it (not empty, not too long); `empty` is what an empty one is told. */
export function checkWords(words: string, empty: string): Checked<string> {
  if (!words.trim()) return { ok: false, errors: { '': empty } };
  return check(Reason, words);
}
