// The Store on an SQLite file (better-sqlite3): the local runtime's persistence.
import Database from 'better-sqlite3';
import { backgroundCheckpoints } from './sqlite-checkpoint';
import { sqliteCommunities } from './sqlite-communities';
import { migrate } from './sqlite-schema';
import { sqliteAuditStore } from './sqlite-audit';
import { sqliteLockStore } from './sqlite-locks';
import { sqliteNotifyStore } from './sqlite-notify';
import { sqliteEvidenceStore } from './sqlite-evidence';
import { sqliteProjectStore } from './sqlite-projects';
import { sqliteStaff } from './sqlite-staff';
import { sqliteSurveyStore } from './sqlite-survey';
import type { AssessmentItemRecord, Store } from './types';

interface AssessmentItemRow {
  community_id: string;
  year: number;
  item_id: string;
  state: AssessmentItemRecord['state'];
  note: string | null;
  reason: string | null;
  set_by: string;
  set_by_role: AssessmentItemRecord['setByRole'];
  set_by_name: string | null;
  set_at: string;
}
const toAssessmentItem = (r: AssessmentItemRow): AssessmentItemRecord => ({
  communityId: r.community_id,
  year: r.year,
  itemId: r.item_id,
  state: r.state,
  note: r.note,
  reason: r.reason,
  setBy: r.set_by,
  setByRole: r.set_by_role,
  setByName: r.set_by_name,
  setAt: r.set_at,
});

export function openSqliteStore(file: string): Store {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // In WAL mode a commit has been written to the -wal file when it returns: it survives the process being
  // killed (kill -9; test/cloud/local/kill-http.test.ts). NORMAL skips the fsync per commit, so an OS crash or
  // power loss may roll back the last commits, never corrupt the file; checkpoints still fsync (sqlite-checkpoint.ts).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000'); // another process (a second runtime, a backup) may hold the write lock briefly
  migrate(db);
  const checkpoints = backgroundCheckpoints(db, file);
  const survey = sqliteSurveyStore(db, checkpoints.afterCommit);
  const staff = sqliteStaff(db);

  const selectAssessmentItems = db.prepare<[number], AssessmentItemRow>(
    'SELECT * FROM assessment_items WHERE year = ? ORDER BY community_id, item_id',
  );
  const selectCommunityAssessmentItems = db.prepare<[number, string], AssessmentItemRow>(
    'SELECT * FROM assessment_items WHERE year = ? AND community_id = ? ORDER BY item_id',
  );
  const upsertAssessmentItem = db.prepare(
    `INSERT INTO assessment_items (community_id, year, item_id, state, note, reason, set_by, set_by_role, set_by_name, set_at)
     VALUES (@communityId, @year, @itemId, @state, @note, @reason, @setBy, @setByRole, @setByName, @setAt)
     ON CONFLICT DO UPDATE SET state = excluded.state, note = excluded.note, reason = excluded.reason,
       set_by = excluded.set_by, set_by_role = excluded.set_by_role,
       set_by_name = excluded.set_by_name, set_at = excluded.set_at`,
  );
  const deleteAssessmentItem = db.prepare('DELETE FROM assessment_items WHERE year = ? AND community_id = ? AND item_id = ?');

  const saveItems = db.transaction((communityId: string, year: number, put: AssessmentItemRecord[], remove: string[]) => {
    for (const item of put) {
      if (item.communityId !== communityId || item.year !== year) throw new Error(`item ${item.itemId} is not of ${year}:${communityId}`);
      upsertAssessmentItem.run(item);
    }
    for (const itemId of remove) deleteAssessmentItem.run(year, communityId, itemId);
  });

  return {
    ...sqliteProjectStore(db),
    ...sqliteCommunities(db),
    ...staff.store,
    ...survey.store,
    ...sqliteAuditStore(db),
    ...sqliteLockStore(db),
    ...sqliteNotifyStore(db),
    ...sqliteEvidenceStore(db),
    async getAssessmentItems(year, communityId) {
      const rows = communityId === undefined ? selectAssessmentItems.all(year) : selectCommunityAssessmentItems.all(year, communityId);
      return rows.map(toAssessmentItem);
    },
    async saveAssessmentItems(communityId, year, put, remove) {
      saveItems.immediate(communityId, year, put, remove);
    },
    async close() {
      staff.flush();
      survey.flush();
      await checkpoints.close();
      if (db.open) db.close();
    },
  };
}
