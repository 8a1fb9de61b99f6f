// The doorstep-project part of the WeChat cloud store: deterministic _ids carry the uniqueness rules.
import type {
  ActivityRecord,
  DailyKey,
  FeedbackRecord,
  NeedRecord,
  ParticipantRecord,
  ProjectRecord,
  ProjectStore,
} from './project-records';
import { projectSlotId } from './project-records';
import type { WxCollection, WxCollections, WxDatabase, WxDocument } from './wx-database';

export const PROJECT_COLLECTIONS = {
  projects: 'projects', // _id = `${year}:${communityId}:${category}:${slot}`, slot 1 or 2: the two-per-category rule
  activities: 'activities', // _id = activity id
  feedback: 'feedback', // _id = feedback id (one per resident per project, see core/handlers/feedback.ts)
  participants: 'participants', // _id = `${projectId}:${role}:${respondent}`: once per role
  needs: 'needs', // _id = need id
  dailyCounts: 'dailyCounts', // _id = `${day}:${kind}:${respondent}`: one resident's submissions of a kind on a Shanghai day
} as const;
const C = PROJECT_COLLECTIONS;

const participantId = (projectId: string, role: string, respondent: string) => `${projectId}:${role}:${respondent}`;
const dailyId = ({ day, kind, respondent }: DailyKey) => `${day}:${kind}:${respondent}`;
/** A cloud function's get() returns at most 1,000 records. */
const MAX_GET = 1000;

/** The record under its _id as `id`. */
function fromDoc<T>(doc: WxDocument): T {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest } as T;
}
function toDoc<T extends { id: string }>(record: T): Record<string, unknown> {
  const { id, ...rest } = record;
  return { _id: id, ...rest };
}
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `collections` is the store's one wxCollections(db), so each collection is created at most once. */
export function cloudProjectStore(db: WxDatabase, collections: WxCollections): ProjectStore {
  const _ = db.command;
  const { on, readAll, findById, addOnce } = collections;
  const ofProjects = async <T>(name: string, projectIds: string[]) =>
    projectIds.length === 0 ? [] : (await readAll(name, { projectId: _.in(projectIds) })).map((d) => fromDoc<T>(d));

  return {
    async addProject(project, perCategory) {
      // Two workers publishing at once: each tries slot 1, then 2; add() of a taken _id fails, so
      // at most one document per slot can exist and a third publish finds every slot taken.
      for (let slot = 1; slot <= perCategory; slot++) {
        const record: ProjectRecord = { ...project, id: projectSlotId(project, slot), revision: 0 };
        if (await addOnce(C.projects, toDoc(record))) return record;
      }
      return 'limit';
    },
    async getProject(id) {
      const doc = await findById(C.projects, id);
      return doc ? fromDoc<ProjectRecord>(doc) : null;
    },
    async listProjects({ year, communityIds, category }) {
      if (communityIds?.length === 0) return [];
      const where: Record<string, unknown> = {};
      if (year !== undefined) where.year = year;
      if (category !== undefined) where.category = category;
      if (communityIds !== undefined) where.communityId = _.in(communityIds);
      return (await readAll(C.projects, where)).map((d) => fromDoc<ProjectRecord>(d)).sort(byId);
    },
    async saveProject(project) {
      // The revision in the condition makes this a compare-and-set: of two saves from the same read, one wins.
      const { id: _id, revision, history, evaluation, ...fields } = project;
      const { stats } = await on(C.projects, (c) =>
        c.where({ _id: project.id, revision }).update({
          data: { ...fields, history: _.set(history), evaluation: _.set(evaluation), revision: revision + 1 },
        }),
      );
      return stats.updated === 1;
    },

    async addActivity(a) {
      if (!(await addOnce(C.activities, toDoc(a)))) throw new Error(`activity ${a.id} exists`);
    },
    async getActivity(id) {
      const doc = await findById(C.activities, id);
      return doc ? fromDoc<ActivityRecord>(doc) : null;
    },
    async updateActivity(a) {
      const { id: _id, projectId, photos, who, ...fields } = a;
      const data = { ...fields, photos: _.set(photos ?? []), ...(who ? { who: _.set(who) } : {}) };
      const { stats } = await on(C.activities, (c) => c.where({ _id, projectId }).update({ data }));
      return stats.updated === 1;
    },
    async removeActivity(id) {
      const { stats } = await on(C.activities, (c) => c.doc(id).remove());
      return stats.removed === 1;
    },
    async listActivities(projectIds) {
      const list = await ofProjects<ActivityRecord>(C.activities, projectIds);
      return list.sort((a, b) => a.date.localeCompare(b.date) || a.recordedAt.localeCompare(b.recordedAt) || byId(a, b));
    },

    // Field updates only, so a resend, a reply and a hide cannot undo one another.
    async saveFeedback(f) {
      const { id, ...data } = f;
      if (await addOnce(C.feedback, { _id: id, ...data, reply: null, hidden: null })) return;
      const { rating, comment, submittedAt } = f;
      await on(C.feedback, (c) => c.doc(id).update({ data: { rating, comment, submittedAt, reply: null } }));
    },
    async setFeedbackReply(id, reply) {
      const { stats } = await on(C.feedback, (c) => c.doc(id).update({ data: { reply: _.set(reply) } }));
      return stats.updated === 1;
    },
    async setFeedbackHidden(id, hidden) {
      const { stats } = await on(C.feedback, (c) => c.where({ _id: id, hidden: null }).update({ data: { hidden: _.set(hidden) } }));
      return stats.updated === 1;
    },
    async clearFeedbackHidden(id) {
      const { stats } = await on(C.feedback, (c) => c.where({ _id: id, hidden: _.neq(null) }).update({ data: { hidden: null } }));
      return stats.updated === 1;
    },
    async getFeedback(id) {
      const doc = await findById(C.feedback, id);
      return doc ? fromDoc<FeedbackRecord>(doc) : null;
    },
    async listFeedback(projectIds) {
      return (await ofProjects<FeedbackRecord>(C.feedback, projectIds)).sort(byId);
    },

    async addParticipant(p) {
      const inserted = await addOnce(C.participants, { _id: participantId(p.projectId, p.role, p.respondent), ...p });
      return inserted ? 'inserted' : 'duplicate';
    },
    async removeParticipant(projectId, role, respondent) {
      const { stats } = await on(C.participants, (c) => c.doc(participantId(projectId, role, respondent)).remove());
      return stats.removed === 1;
    },
    async listParticipants(projectIds) {
      if (projectIds.length === 0) return [];
      const docs = await readAll(C.participants, { projectId: _.in(projectIds) });
      return docs.map(
        ({ projectId, role, respondent, joinedAt, phone }) =>
          (typeof phone === 'string'
            ? { projectId, role, respondent, joinedAt, phone }
            : { projectId, role, respondent, joinedAt }) as ParticipantRecord,
      );
    },

    async addNeed(n) {
      if (!(await addOnce(C.needs, toDoc(n)))) throw new Error(`need ${n.id} exists`);
    },
    async getNeed(id) {
      const doc = await findById(C.needs, id);
      return doc ? fromDoc<NeedRecord>(doc) : null;
    },
    async listNeeds({ communityId, respondent, limit, after }) {
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GET) throw new Error(`listNeeds: limit ${limit} is not 1–${MAX_GET}`);
      const where = respondent === undefined ? { communityId } : { communityId, respondent };
      const newest = async (condition: Record<string, unknown>) => {
        const query = (c: WxCollection) => c.where(condition).orderBy('submittedAt', 'desc').orderBy('_id', 'desc').limit(limit).get();
        return (await on(C.needs, query)).data;
      };
      if (!after) return (await newest(where)).map((d) => fromDoc<NeedRecord>(d));
      // Keyset paging without $or: the cursor's own instant (smaller ids), then strictly older instants.
      const [sameInstant, older] = await Promise.all([
        newest({ ...where, submittedAt: after.submittedAt, _id: _.lt(after.id) }),
        newest({ ...where, submittedAt: _.lt(after.submittedAt) }),
      ]);
      return [...sameInstant, ...older].slice(0, limit).map((d) => fromDoc<NeedRecord>(d));
    },
    async linkNeed(id, projectId, by, at) {
      await on(C.needs, (c) => c.doc(id).update({ data: { projectId, linkedBy: by, linkedAt: at } }));
    },

    async getDailyCount(key) {
      const doc = await findById(C.dailyCounts, dailyId(key));
      return typeof doc?.count === 'number' ? doc.count : 0;
    },
    async takeDailySlot(key, limit) {
      if (limit < 1) return false;
      const _id = dailyId(key);
      // The count is in the condition, and one document's update is atomic: of concurrent calls at
      // limit − 1 exactly one matches. The document is created with add, so at most once.
      const increment = async () =>
        (await on(C.dailyCounts, (c) => c.where({ _id, count: _.lt(limit) }).update({ data: { count: _.inc(1) } }))).stats.updated === 1;
      if (await increment()) return true;
      if (await addOnce(C.dailyCounts, { _id, ...key, count: 1 })) return true;
      // It exists: full, or created by a concurrent call since our first try.
      return increment();
    },
  };
}
