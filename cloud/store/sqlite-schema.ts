// The SQLite store's tables, as schema steps run in order and counted by PRAGMA user_version.
import type Database from 'better-sqlite3';
import { PILOT_COMMUNITIES } from '../data/pilot-communities';

const quoted = (ids: string[]) => ids.map((id) => `'${id.replace(/'/g, "''")}'`).join(', ');
import { SHOWN_FROM, SNAPSHOT_STEP } from '../contract/rules/privacy';

/** Schema steps; PRAGMA user_version counts how many have run. Append, never edit. */
const MIGRATIONS: string[] = [
  `CREATE TABLE communities (
     seq INTEGER PRIMARY KEY, -- seed order
     id TEXT NOT NULL UNIQUE,
     district TEXT NOT NULL,
     street TEXT NOT NULL,
     name TEXT NOT NULL,
     households INTEGER
   );
   CREATE TABLE roles (
     openid TEXT PRIMARY KEY,
     role TEXT NOT NULL,
     community_id TEXT,
     assigned_by TEXT NOT NULL,
     assigned_at TEXT NOT NULL
   );
   CREATE TABLE responses (
     id INTEGER PRIMARY KEY,
     community_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     respondent TEXT NOT NULL,
     answers TEXT NOT NULL, -- JSON object: question id -> option id
     submitted_at TEXT NOT NULL,
     UNIQUE (community_id, year, respondent)
   );
   CREATE INDEX responses_year ON responses (year);
   CREATE TABLE tallies (
     community_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     question_id TEXT NOT NULL,
     option_id TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (community_id, year, question_id, option_id)
   ) WITHOUT ROWID;`,
  `CREATE TABLE assessment_items (
     community_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     item_id TEXT NOT NULL,
     state TEXT CHECK (state IN ('A', 'B', 'C')),
     note TEXT,
     set_by TEXT NOT NULL,
     set_at TEXT NOT NULL,
     PRIMARY KEY (year, community_id, item_id)
   ) WITHOUT ROWID;`,
  // Doorstep projects: the slot column makes the two-per-category rule a unique key.
  `CREATE TABLE projects (
     id TEXT PRIMARY KEY,
     community_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     category TEXT NOT NULL,
     slot INTEGER NOT NULL,
     revision INTEGER NOT NULL,
     body TEXT NOT NULL, -- JSON: the rest of the ProjectRecord
     UNIQUE (year, community_id, category, slot)
   );
   CREATE TABLE activities (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL,
     date TEXT NOT NULL,
     recorded_at TEXT NOT NULL,
     body TEXT NOT NULL
   );
   CREATE INDEX activities_project ON activities (project_id);
   CREATE TABLE feedback (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL,
     body TEXT NOT NULL
   );
   CREATE INDEX feedback_project ON feedback (project_id);
   CREATE TABLE participants (
     project_id TEXT NOT NULL,
     role TEXT NOT NULL,
     respondent TEXT NOT NULL,
     joined_at TEXT NOT NULL,
     PRIMARY KEY (project_id, role, respondent)
   ) WITHOUT ROWID;
   CREATE TABLE needs (
     id TEXT PRIMARY KEY,
     community_id TEXT NOT NULL,
     submitted_at TEXT NOT NULL,
     body TEXT NOT NULL
   );
   CREATE INDEX needs_community ON needs (community_id);`,
  // Needs read a page at a time, newest first (of a community, or of one resident in it), and the
  // residents' daily counts (one row per resident, kind and Shanghai day).
  `ALTER TABLE needs ADD COLUMN respondent TEXT;
   UPDATE needs SET respondent = body ->> '$.respondent';
   DROP INDEX needs_community;
   CREATE INDEX needs_newest ON needs (community_id, submitted_at, id);
   CREATE INDEX needs_newest_of ON needs (community_id, respondent, submitted_at, id);
   CREATE TABLE daily_counts (
     day TEXT NOT NULL, -- YYYY-MM-DD, Asia/Shanghai
     kind TEXT NOT NULL,
     respondent TEXT NOT NULL,
     count INTEGER NOT NULL,
     PRIMARY KEY (day, kind, respondent)
   ) WITHOUT ROWID;`,

  // ── Registry branch (one step; it may be renumbered when merged after other branches' steps) ──
  // The community registry (kind, pilot: the eight seeded so far are the pilots of 附件1), officials'
  // scopes and display names on the roles, and staff invitations under the SHA-256 of their code.
  `ALTER TABLE communities ADD COLUMN kind TEXT NOT NULL DEFAULT 'urban';
   ALTER TABLE communities ADD COLUMN pilot INTEGER NOT NULL DEFAULT 0;
   UPDATE communities SET pilot = 1 WHERE id IN (${quoted(PILOT_COMMUNITIES.map((c) => c.id))});
   ALTER TABLE roles ADD COLUMN district TEXT;
   ALTER TABLE roles ADD COLUMN street TEXT;
   ALTER TABLE roles ADD COLUMN display_name TEXT;
   CREATE TABLE invitations (
     id TEXT PRIMARY KEY, -- SHA-256 of the code
     role TEXT NOT NULL,
     community_id TEXT,
     district TEXT,
     street TEXT,
     created_by TEXT NOT NULL,
     created_at TEXT NOT NULL,
     expires_at TEXT NOT NULL,
     used_by TEXT,
     used_at TEXT
   );`,
  // ── Rounds (branch `rounds`): numbers a city can fund on. Steps of this block may be renumbered at merge. ──
  // Each round's snapshot (privacy.ts): its counts right after its latest multiple of SNAPSHOT_STEP answers,
  // from SHOWN_FROM on, taken in that answer's transaction. Rounds answered already get theirs from their
  // answers in the order stored.
  `CREATE TABLE tally_snapshots (
     year INTEGER NOT NULL,
     community_id TEXT NOT NULL,
     question_id TEXT NOT NULL,
     option_id TEXT NOT NULL,
     responses INTEGER NOT NULL, -- the answer it was taken right after
     count INTEGER NOT NULL,
     PRIMARY KEY (year, community_id, question_id, option_id)
   ) WITHOUT ROWID;
   INSERT INTO tally_snapshots (year, community_id, question_id, option_id, responses, count)
     WITH ranked AS (
       SELECT year, community_id, answers,
              row_number() OVER (PARTITION BY year, community_id ORDER BY id) AS k,
              count(*) OVER (PARTITION BY year, community_id) AS total
       FROM responses)
     SELECT year, community_id, a.key, a.value, total - total % ${SNAPSHOT_STEP}, count(*)
     FROM ranked, json_each(ranked.answers) a
     WHERE total - total % ${SNAPSHOT_STEP} >= ${SHOWN_FROM} AND k <= total - total % ${SNAPSHOT_STEP}
     GROUP BY year, community_id, a.key, a.value;`,
  // One person answers one community's survey a year: responses are keyed (year, respondent). Someone who
  // answered two communities in one year before the rule keeps both answers, still counted: all but the first
  // carry their own id in `extra`, so they take no key.
  `CREATE TABLE responses_one_a_year (
     id INTEGER PRIMARY KEY,
     community_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     respondent TEXT NOT NULL,
     answers TEXT NOT NULL, -- JSON object: question id -> option id
     submitted_at TEXT NOT NULL,
     extra INTEGER NOT NULL DEFAULT 0, -- 0, or its id for a further community answered before the rule
     UNIQUE (year, respondent, extra)
   );
   INSERT INTO responses_one_a_year (id, community_id, year, respondent, answers, submitted_at, extra)
     SELECT id, community_id, year, respondent, answers, submitted_at,
            CASE WHEN id = min(id) OVER (PARTITION BY year, respondent) THEN 0 ELSE id END
     FROM responses;
   DROP TABLE responses;
   ALTER TABLE responses_one_a_year RENAME TO responses;
   CREATE INDEX responses_year ON responses (year);`,
  // ── Branch `locks` (numbers a city can fund on): the steps below may be renumbered at merge. ──
  // The audit log: hash-chained entries, one chain per community-year and one of role changes.
  `CREATE TABLE audit_log (
     chain TEXT NOT NULL,
     seq INTEGER NOT NULL,
     body TEXT NOT NULL, -- JSON: the whole AuditRecord, hash included
     PRIMARY KEY (chain, seq)
   ) WITHOUT ROWID;`,
  // Why Ⅱ-10.2/10.3 were set by hand instead of from the rates.
  `ALTER TABLE assessment_items ADD COLUMN reason TEXT;`,
  // Stages and locks: a closed survey round refuses answers; a lock holds the final figures; snapshots are kept.
  `CREATE TABLE closed_rounds (
     community_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     PRIMARY KEY (year, community_id)
   ) WITHOUT ROWID;
   CREATE TABLE assessment_locks (
     community_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     locked INTEGER NOT NULL, -- 1 while held
     body TEXT NOT NULL, -- JSON: final and reopened of the LockRecord
     PRIMARY KEY (year, community_id)
   ) WITHOUT ROWID;
   CREATE TABLE assessment_snapshots (
     id TEXT PRIMARY KEY,
     community_id TEXT NOT NULL,
     year INTEGER NOT NULL,
     at TEXT NOT NULL,
     body TEXT NOT NULL -- JSON: the whole SnapshotRecord
   );
   CREATE INDEX assessment_snapshots_round ON assessment_snapshots (year, community_id, at);`,
  // Who set an assessment item, as answers show them (role and display name); set_by keeps the openid.
  `ALTER TABLE assessment_items ADD COLUMN set_by_role TEXT;
   ALTER TABLE assessment_items ADD COLUMN set_by_name TEXT;`,
  // ── Branch `notify` (消息 and 我的数据): may be renumbered when merged after other branches' steps. ──
  // Residents' outbox (by respondent hash), whom WeChat may notify (only those who accepted), and the
  // indexes that find one resident's needs, feedback and roles in every community (我的数据).
  `CREATE TABLE messages (
     id TEXT PRIMARY KEY,
     recipient TEXT NOT NULL, -- respondent hash
     at TEXT NOT NULL,
     read INTEGER NOT NULL DEFAULT 0,
     body TEXT NOT NULL -- JSON: the MessageRecord (its read flag is the column's)
   );
   CREATE INDEX messages_newest ON messages (recipient, at, id);
   CREATE INDEX messages_unread ON messages (recipient) WHERE read = 0;
   CREATE TABLE contacts (
     respondent TEXT PRIMARY KEY,
     body TEXT NOT NULL -- JSON: the ContactRecord
   ) WITHOUT ROWID;
   CREATE INDEX needs_of ON needs (respondent, submitted_at);
   CREATE INDEX feedback_of ON feedback (json_extract(body, '$.respondent'));
   CREATE INDEX participants_of ON participants (respondent, joined_at);`,
  // ── Branch `evidence` (网络报送, uploads): may be renumbered at merge. ──
  // Who uploaded each file, and each item's evidence of a community-year.
  `CREATE TABLE uploads (
     file_id TEXT PRIMARY KEY,
     body TEXT NOT NULL -- JSON: the whole UploadRecord
   );
   CREATE TABLE evidence (
     year INTEGER NOT NULL,
     community_id TEXT NOT NULL,
     item_id TEXT NOT NULL,
     submission_id TEXT NOT NULL,
     body TEXT NOT NULL, -- JSON: the whole EvidenceRecord
     PRIMARY KEY (year, community_id, item_id)
   ) WITHOUT ROWID;`,
  // ── Branch `fieldwork` (may be renumbered at merge): how each answer arrived and how long it took, read per round
  // by getQualityReport; the assisted and paper answers of a round counted from their partial index; a volunteer's
  // phone number, left with their consent. Columns only: earlier rows stay 'self' answers of unknown duration.
  `ALTER TABLE responses ADD COLUMN channel TEXT NOT NULL DEFAULT 'self' CHECK (channel IN ('self', 'assisted', 'paper'));
   ALTER TABLE responses ADD COLUMN entered_by TEXT; -- JSON { openid, who: { role, name } } of an assisted or paper entry
   ALTER TABLE responses ADD COLUMN serial TEXT; -- a paper form's serial, normalized
   ALTER TABLE responses ADD COLUMN duration_ms INTEGER; -- from the survey's opening (startToken); NULL when unknown
   CREATE INDEX responses_round ON responses (year, community_id, id);
   CREATE INDEX responses_fieldwork ON responses (year, community_id, channel) WHERE channel <> 'self';
   ALTER TABLE participants ADD COLUMN phone TEXT;`,
];

/** How many schema steps there are: a file at this user_version is up to date. */
export const SCHEMA_STEPS = MIGRATIONS.length;

/** Runs the steps a file has not run yet, up to `steps` (all of them; fewer only to build old files in tests). */
export function migrate(db: Database.Database, steps = SCHEMA_STEPS): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let step = version; step < steps; step++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[step]);
      db.pragma(`user_version = ${step + 1}`);
    }).immediate();
  }
}
