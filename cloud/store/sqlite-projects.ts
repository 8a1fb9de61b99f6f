// The doorstep-project part of the SQLite store: JSON bodies under the columns it filters and keys on.
import type Database from 'better-sqlite3';
import type { ActivityRecord, FeedbackRecord, NeedRecord, ParticipantRecord, ProjectRecord, ProjectStore } from './project-records';
import { projectSlotId } from './project-records';

type Body = { body: string };
const parse = <T>(rows: Body[]): T[] => rows.map((r) => JSON.parse(r.body) as T);
const placeholders = (n: number) => Array(n).fill('?').join(', ');

export function sqliteProjectStore(db: Database.Database): ProjectStore {
  const insertProject = db.prepare(
    `INSERT INTO projects (id, community_id, year, category, slot, revision, body) VALUES (?, ?, ?, ?, ?, 0, ?)
     ON CONFLICT DO NOTHING`,
  );
  const selectProject = db.prepare<[string], Body>('SELECT body FROM projects WHERE id = ?');
  const updateProject = db.prepare('UPDATE projects SET revision = revision + 1, body = ? WHERE id = ? AND revision = ?');
  const insertActivity = db.prepare('INSERT INTO activities (id, project_id, date, recorded_at, body) VALUES (?, ?, ?, ?, ?)');
  const selectActivity = db.prepare<[string], Body>('SELECT body FROM activities WHERE id = ?');
  const changeActivity = db.prepare('UPDATE activities SET date = ?, body = ? WHERE id = ? AND project_id = ?');
  const deleteActivity = db.prepare('DELETE FROM activities WHERE id = ?');
  // Single statements, so a resend, a reply and a hide cannot undo one another.
  const upsertFeedback = db.prepare(
    `INSERT INTO feedback (id, project_id, body) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET body = json_set(excluded.body, '$.hidden', json(feedback.body -> '$.hidden'))`,
  );
  const updateFeedbackReply = db.prepare(`UPDATE feedback SET body = json_set(body, '$.reply', json(?)) WHERE id = ?`);
  const updateFeedbackHidden = db.prepare(
    `UPDATE feedback SET body = json_set(body, '$.hidden', json(?)) WHERE id = ? AND body -> '$.hidden' = 'null'`,
  );
  const clearFeedbackHidden = db.prepare(
    `UPDATE feedback SET body = json_set(body, '$.hidden', json('null')) WHERE id = ? AND body -> '$.hidden' != 'null'`,
  );
  const selectFeedback = db.prepare<[string], Body>('SELECT body FROM feedback WHERE id = ?');
  const insertParticipant = db.prepare(
    'INSERT INTO participants (project_id, role, respondent, joined_at, phone) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const deleteParticipant = db.prepare('DELETE FROM participants WHERE project_id = ? AND role = ? AND respondent = ?');
  const insertNeed = db.prepare('INSERT INTO needs (id, community_id, respondent, submitted_at, body) VALUES (?, ?, ?, ?, ?)');
  const selectNeed = db.prepare<[string], Body>('SELECT body FROM needs WHERE id = ?');
  const updateNeed = db.prepare('UPDATE needs SET body = ? WHERE id = ?');
  // A single statement decides, so concurrent submissions can never count past the limit.
  const countDaily = db.prepare(
    `INSERT INTO daily_counts (day, kind, respondent, count) VALUES (?, ?, ?, 1)
     ON CONFLICT (day, kind, respondent) DO UPDATE SET count = count + 1 WHERE count < ?`,
  );
  const selectDaily = db.prepare<[string, string, string], { count: number }>(
    'SELECT count FROM daily_counts WHERE day = ? AND kind = ? AND respondent = ?',
  );

  // Slot 1, then 2, …: the UNIQUE slot key settles the rule even between two connections to the file.
  const add = db.transaction((project: Omit<ProjectRecord, 'id' | 'revision'>, perCategory: number): ProjectRecord | 'limit' => {
    for (let slot = 1; slot <= perCategory; slot++) {
      const record: ProjectRecord = { ...project, id: projectSlotId(project, slot), revision: 0 };
      const { changes } = insertProject.run(record.id, project.communityId, project.year, project.category, slot, JSON.stringify(record));
      if (changes === 1) return record;
    }
    return 'limit';
  });
  const link = db.transaction((id: string, projectId: string, by: string, at: string) => {
    const row = selectNeed.get(id);
    if (!row) return;
    updateNeed.run(JSON.stringify({ ...JSON.parse(row.body), projectId, linkedBy: by, linkedAt: at }), id);
  });
  const byProjects = <T>(sql: (list: string) => string, ids: string[]): T[] =>
    ids.length === 0 ? [] : parse<T>(db.prepare<string[], Body>(sql(placeholders(ids.length))).all(...ids));

  return {
    async addProject(project, perCategory) {
      return add.immediate(project, perCategory);
    },
    async getProject(id) {
      const row = selectProject.get(id);
      return row ? (JSON.parse(row.body) as ProjectRecord) : null;
    },
    async listProjects({ year, communityIds, category }) {
      if (communityIds !== undefined && communityIds.length === 0) return [];
      const where: string[] = [];
      const args: (string | number)[] = [];
      const and = (condition: string, ...values: (string | number)[]) => {
        where.push(condition);
        args.push(...values);
      };
      if (year !== undefined) and('year = ?', year);
      if (category !== undefined) and('category = ?', category);
      if (communityIds !== undefined) and(`community_id IN (${placeholders(communityIds.length)})`, ...communityIds);
      const sql = `SELECT body FROM projects ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id`;
      return parse<ProjectRecord>(db.prepare<typeof args, Body>(sql).all(...args));
    },
    async saveProject(project) {
      const next = { ...project, revision: project.revision + 1 };
      return updateProject.run(JSON.stringify(next), project.id, project.revision).changes === 1;
    },

    async addActivity(a) {
      insertActivity.run(a.id, a.projectId, a.date, a.recordedAt, JSON.stringify(a));
    },
    async getActivity(id) {
      const row = selectActivity.get(id);
      return row ? (JSON.parse(row.body) as ActivityRecord) : null;
    },
    async updateActivity(a) {
      return changeActivity.run(a.date, JSON.stringify(a), a.id, a.projectId).changes === 1;
    },
    async removeActivity(id) {
      return deleteActivity.run(id).changes === 1;
    },
    async listActivities(projectIds) {
      return byProjects<ActivityRecord>(
        (l) => `SELECT body FROM activities WHERE project_id IN (${l}) ORDER BY date, recorded_at, id`,
        projectIds,
      );
    },

    async saveFeedback(f) {
      upsertFeedback.run(f.id, f.projectId, JSON.stringify({ ...f, reply: null, hidden: null }));
    },
    async setFeedbackReply(id, reply) {
      return updateFeedbackReply.run(JSON.stringify(reply), id).changes === 1;
    },
    async setFeedbackHidden(id, hidden) {
      return updateFeedbackHidden.run(JSON.stringify(hidden), id).changes === 1;
    },
    async clearFeedbackHidden(id) {
      return clearFeedbackHidden.run(id).changes === 1;
    },
    async getFeedback(id) {
      const row = selectFeedback.get(id);
      return row ? (JSON.parse(row.body) as FeedbackRecord) : null;
    },
    async listFeedback(projectIds) {
      return byProjects<FeedbackRecord>((l) => `SELECT body FROM feedback WHERE project_id IN (${l}) ORDER BY id`, projectIds);
    },

    async addParticipant(p) {
      return insertParticipant.run(p.projectId, p.role, p.respondent, p.joinedAt, p.phone ?? null).changes === 1 ? 'inserted' : 'duplicate';
    },
    async removeParticipant(projectId, role, respondent) {
      return deleteParticipant.run(projectId, role, respondent).changes === 1;
    },
    async listParticipants(projectIds) {
      if (projectIds.length === 0) return [];
      const sql = `SELECT project_id AS projectId, role, respondent, joined_at AS joinedAt, phone FROM participants
                   WHERE project_id IN (${placeholders(projectIds.length)}) ORDER BY project_id, role, respondent`;
      const rows = db.prepare<string[], ParticipantRecord & { phone: string | null }>(sql).all(...projectIds);
      return rows.map(({ phone, ...p }) => (phone === null ? p : { ...p, phone }));
    },

    async addNeed(n) {
      insertNeed.run(n.id, n.communityId, n.respondent, n.submittedAt, JSON.stringify(n));
    },
    async getNeed(id) {
      const row = selectNeed.get(id);
      return row ? (JSON.parse(row.body) as NeedRecord) : null;
    },
    async listNeeds({ communityId, respondent, limit, after }) {
      const where = ['community_id = ?'];
      const args: (string | number)[] = [communityId];
      if (respondent !== undefined) {
        where.push('respondent = ?');
        args.push(respondent);
      }
      if (after) {
        where.push('(submitted_at, id) < (?, ?)');
        args.push(after.submittedAt, after.id);
      }
      const sql = `SELECT body FROM needs WHERE ${where.join(' AND ')} ORDER BY submitted_at DESC, id DESC LIMIT ?`;
      return parse<NeedRecord>(db.prepare<typeof args, Body>(sql).all(...args, limit));
    },
    async linkNeed(id, projectId, by, at) {
      link.immediate(id, projectId, by, at);
    },

    async getDailyCount({ day, kind, respondent }) {
      return selectDaily.get(day, kind, respondent)?.count ?? 0;
    },
    async takeDailySlot({ day, kind, respondent }, limit) {
      if (limit < 1) return false;
      return countDaily.run(day, kind, respondent, limit).changes === 1;
    },
  };
}
