// The Store on an SQLite file (better-sqlite3): the local runtime's persistence.
import Database from 'better-sqlite3';
import type { TCommunity } from '../contract';
import { backgroundCheckpoints } from './sqlite-checkpoint';
import { keptRows } from './sqlite-kept';
import { migrate } from './sqlite-schema';
import { sqliteProjectStore } from './sqlite-projects';
import type { AssessmentItemRecord, ResponseRecord, RoleAssignment, Store, Tally } from './types';

interface CommunityRow {
  id: string;
  district: string;
  street: string;
  name: string;
  households: number | null;
}
interface RoleRow {
  openid: string;
  role: RoleAssignment['role'];
  community_id: string | null;
  assigned_by: string;
  assigned_at: string;
}
interface AssessmentItemRow {
  community_id: string;
  year: number;
  item_id: string;
  state: AssessmentItemRecord['state'];
  note: string | null;
  set_by: string;
  set_at: string;
}
const toAssessmentItem = (r: AssessmentItemRow): AssessmentItemRecord => ({
  communityId: r.community_id,
  year: r.year,
  itemId: r.item_id,
  state: r.state,
  note: r.note,
  setBy: r.set_by,
  setAt: r.set_at,
});
interface CountRow {
  community_id: string;
  question_id: string;
  option_id: string;
  count: number;
}

/**
 * Group commit: what arrives in one turn of the event loop is written in one transaction, committed at
 * the loop's check phase (setImmediate). Each caller hears its result only after that commit, so an
 * acknowledged write is as durable as before, but concurrent writers share one WAL commit (most of the
 * cost of a small write) instead of paying for one each. A lone write waits for nothing but the turn.
 */
function groupCommit<T, R>(commit: (items: T[]) => R[]): { write(item: T): Promise<R>; flush(): void } {
  let pending: { item: T; resolve(r: R): void; reject(e: unknown): void }[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    try {
      const results = commit(batch.map((p) => p.item));
      batch.forEach((p, i) => p.resolve(results[i]));
    } catch (error) {
      // Busy past busy_timeout, alone it would be busy again: the whole batch hears it.
      if (batch.length === 1 || String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) {
        return batch.forEach((p) => p.reject(error));
      }
      // The batch rolled back as a whole: one bad write must not fail the others, so each goes again alone.
      for (const p of batch) {
        try {
          p.resolve(commit([p.item])[0]);
        } catch (e) {
          p.reject(e);
        }
      }
    }
  };
  return {
    write: (item) =>
      new Promise<R>((resolve, reject) => {
        if (pending.push({ item, resolve, reject }) === 1) setImmediate(flush);
      }),
    flush,
  };
}

/** Rows ordered by community, then grouped into one Tally per community (zero counts left out). */
function toTallies(year: number, rows: CountRow[]): Tally[] {
  const byCommunity = new Map<string, Tally>();
  for (const row of rows) {
    if (row.count <= 0) continue;
    let tally = byCommunity.get(row.community_id);
    if (!tally) byCommunity.set(row.community_id, (tally = { communityId: row.community_id, year, counts: {} }));
    (tally.counts[row.question_id] ??= {})[row.option_id] = row.count;
  }
  return [...byCommunity.values()];
}

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

  const insertCommunity = db.prepare(
    `INSERT INTO communities (id, district, street, name, households)
     VALUES (@id, @district, @street, @name, @households) ON CONFLICT (id) DO NOTHING`,
  );
  const selectCommunities = db.prepare<[], CommunityRow>(
    'SELECT id, district, street, name, households FROM communities ORDER BY seq',
  );
  const selectCommunity = db.prepare<[string], CommunityRow>(
    'SELECT id, district, street, name, households FROM communities WHERE id = ?',
  );
  // Nearly every call names a community, and a read transaction costs more than reading the row.
  const keptCommunity = keptRows(db, 'communities', (id) => selectCommunity.get(id));
  const selectRole = db.prepare<[string], RoleRow>('SELECT * FROM roles WHERE openid = ?');
  const upsertRole = db.prepare(
    `INSERT INTO roles (openid, role, community_id, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (openid) DO UPDATE SET role = excluded.role, community_id = excluded.community_id,
       assigned_by = excluded.assigned_by, assigned_at = excluded.assigned_at`,
  );
  const selectResponded = db.prepare<[string, number, string], { one: number }>(
    'SELECT 1 AS one FROM responses WHERE community_id = ? AND year = ? AND respondent = ?',
  );
  const insertResponse = db.prepare(
    `INSERT INTO responses (community_id, year, respondent, answers, submitted_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (community_id, year, respondent) DO NOTHING`,
  );
  const incrementTally = db.prepare(
    `INSERT INTO tallies (community_id, year, question_id, option_id, count) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT DO UPDATE SET count = count + 1`,
  );
  const insertTally = db.prepare(
    'INSERT INTO tallies (community_id, year, question_id, option_id, count) VALUES (?, ?, ?, ?, ?)',
  );
  const deleteTallies = db.prepare('DELETE FROM tallies WHERE year = ?');
  const selectTallies = db.prepare<[number], CountRow>(
    `SELECT community_id, question_id, option_id, count FROM tallies WHERE year = ?
     ORDER BY community_id, question_id, option_id`,
  );
  const selectCommunityTallies = db.prepare<[number, string], CountRow>(
    `SELECT community_id, question_id, option_id, count FROM tallies WHERE year = ? AND community_id = ?
     ORDER BY question_id, option_id`,
  );
  const countByYear = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM responses WHERE year = ?');
  const recount = db.prepare<[number], CountRow>(
    `SELECT r.community_id, a.key AS question_id, a.value AS option_id, count(*) AS count
     FROM responses r, json_each(r.answers) a WHERE r.year = ?
     GROUP BY r.community_id, a.key, a.value ORDER BY 1, 2, 3`,
  );
  const selectAssessmentItems = db.prepare<[number], AssessmentItemRow>(
    'SELECT * FROM assessment_items WHERE year = ? ORDER BY community_id, item_id',
  );
  const selectCommunityAssessmentItems = db.prepare<[number, string], AssessmentItemRow>(
    'SELECT * FROM assessment_items WHERE year = ? AND community_id = ? ORDER BY item_id',
  );
  const upsertAssessmentItem = db.prepare(
    `INSERT INTO assessment_items (community_id, year, item_id, state, note, set_by, set_at)
     VALUES (@communityId, @year, @itemId, @state, @note, @setBy, @setAt)
     ON CONFLICT DO UPDATE SET state = excluded.state, note = excluded.note, set_by = excluded.set_by, set_at = excluded.set_at`,
  );
  const deleteAssessmentItem = db.prepare('DELETE FROM assessment_items WHERE year = ? AND community_id = ? AND item_id = ?');

  const seed = db.transaction((communities: TCommunity[]) => {
    for (const c of communities) {
      insertCommunity.run({ id: c.id, district: c.district, street: c.street, name: c.name, households: c.households });
    }
  });
  const addAll = db.transaction((batch: ResponseRecord[]) =>
    batch.map((r): 'inserted' | 'duplicate' => {
      const { changes } = insertResponse.run(r.communityId, r.year, r.respondent, JSON.stringify(r.answers), r.submittedAt);
      if (changes === 0) return 'duplicate';
      for (const [question, option] of Object.entries(r.answers)) incrementTally.run(r.communityId, r.year, question, option);
      return 'inserted';
    }),
  );
  const responses = groupCommit((batch: ResponseRecord[]) => {
    const results = addAll.immediate(batch);
    checkpoints.afterCommit();
    return results;
  });
  const replace = db.transaction((year: number, tallies: Tally[]) => {
    deleteTallies.run(year);
    for (const t of tallies) {
      if (t.year !== year) throw new Error(`replaceTallies(${year}) was given a tally of ${t.year}`);
      for (const [question, options] of Object.entries(t.counts)) {
        for (const [option, count] of Object.entries(options)) {
          if (count > 0) insertTally.run(t.communityId, year, question, option, count);
        }
      }
    }
  });
  const saveItems = db.transaction((communityId: string, year: number, put: AssessmentItemRecord[], remove: string[]) => {
    for (const item of put) {
      if (item.communityId !== communityId || item.year !== year) throw new Error(`item ${item.itemId} is not of ${year}:${communityId}`);
      upsertAssessmentItem.run(item);
    }
    for (const itemId of remove) deleteAssessmentItem.run(year, communityId, itemId);
  });

  return {
    ...sqliteProjectStore(db),
    async seedCommunities(communities) {
      seed.immediate(communities);
    },
    async listCommunities() {
      return selectCommunities.all();
    },
    async getCommunity(id) {
      const community = keptCommunity(id);
      return community ? { ...community } : null; // a copy: no caller can change the kept one
    },
    async getRole(openid) {
      const row = selectRole.get(openid);
      if (!row) return null;
      return {
        openid: row.openid,
        role: row.role,
        communityId: row.community_id,
        assignedBy: row.assigned_by,
        assignedAt: row.assigned_at,
      };
    },
    async setRole(a) {
      upsertRole.run(a.openid, a.role, a.communityId, a.assignedBy, a.assignedAt);
    },
    async hasResponded(communityId, year, respondent) {
      return selectResponded.get(communityId, year, respondent) !== undefined;
    },
    addResponse(response) {
      return responses.write(response);
    },
    async getTallies(year, communityId) {
      const rows = communityId === undefined ? selectTallies.all(year) : selectCommunityTallies.all(year, communityId);
      return toTallies(year, rows);
    },
    async countResponses(year) {
      // One read transaction, so the count and the tallies describe the same moment.
      return db.transaction(() => ({ responses: countByYear.get(year)!.n, tallies: toTallies(year, recount.all(year)) }))();
    },
    async replaceTallies(year, tallies) {
      replace.immediate(year, tallies);
    },
    async getAssessmentItems(year, communityId) {
      const rows = communityId === undefined ? selectAssessmentItems.all(year) : selectCommunityAssessmentItems.all(year, communityId);
      return rows.map(toAssessmentItem);
    },
    async saveAssessmentItems(communityId, year, put, remove) {
      saveItems.immediate(communityId, year, put, remove);
    },
    async close() {
      responses.flush();
      await checkpoints.close();
      if (db.open) db.close();
    },
  };
}
