// The survey part of the SQLite store: responses, their community × year tallies, and each round's snapshot.
import type Database from 'better-sqlite3';
import { snapshotAt } from '../contract/rules/privacy';
import { groupCommit } from './sqlite-group-commit';
import { tallyOfAnswers, withSnapshot } from './tally-counts';
import type { ChannelTally, ResponseRecord, Store, StoredTally, Tally, TallySnapshot } from './types';

type SurveyStore = Pick<
  Store,
  | 'hasResponded'
  | 'answeredIn'
  | 'addResponse'
  | 'claimLegacyResponses'
  | 'getTallies'
  | 'countResponses'
  | 'replaceTallies'
  | 'listResponses'
>;

interface ChannelRow {
  community_id: string;
  channel: 'assisted' | 'paper';
  n: number;
}
interface ResponseRow {
  community_id: string;
  year: number;
  respondent: string;
  answers: string;
  submitted_at: string;
  channel: ResponseRecord['channel'];
  entered_by: string | null;
  serial: string | null;
  duration_ms: number | null;
}
const toResponse = (r: ResponseRow): ResponseRecord => ({
  communityId: r.community_id,
  year: r.year,
  respondent: r.respondent,
  answers: JSON.parse(r.answers),
  submittedAt: r.submitted_at,
  channel: r.channel ?? 'self',
  enteredBy: r.entered_by === null ? null : JSON.parse(r.entered_by),
  serial: r.serial,
  durationMs: r.duration_ms,
});

/** The assisted and paper counts per community (only those with any). */
function channelsOf(rows: ChannelRow[]): Map<string, ChannelTally> {
  const by = new Map<string, ChannelTally>();
  for (const row of rows) {
    let c = by.get(row.community_id);
    if (!c) by.set(row.community_id, (c = { assisted: 0, paper: 0 }));
    c[row.channel] = row.n;
  }
  return by;
}

interface CountRow {
  community_id: string;
  question_id: string;
  option_id: string;
  count: number;
}
interface SnapshotRow extends CountRow {
  responses: number;
}

/** Rows grouped into counts per community (zero counts left out). */
function countsOf(rows: CountRow[]): Map<string, Tally['counts']> {
  const byCommunity = new Map<string, Tally['counts']>();
  for (const row of rows) {
    if (row.count <= 0) continue;
    let counts = byCommunity.get(row.community_id);
    if (!counts) byCommunity.set(row.community_id, (counts = {}));
    (counts[row.question_id] ??= {})[row.option_id] = row.count;
  }
  return byCommunity;
}

function toTallies(year: number, rows: CountRow[], snapshotRows: SnapshotRow[]): StoredTally[] {
  const snapshots = countsOf(snapshotRows);
  const takenAt = new Map(snapshotRows.map((r) => [r.community_id, r.responses]));
  return [...countsOf(rows)].map(([communityId, counts]) => {
    const at = takenAt.get(communityId);
    const known: TallySnapshot | null = at === undefined ? null : { responses: at, counts: snapshots.get(communityId) ?? {} };
    return withSnapshot({ communityId, year, counts }, known);
  });
}

/** `afterCommit` runs after each commit of answers; `flush` commits the answers still waiting for their turn. */
export function sqliteSurveyStore(db: Database.Database, afterCommit: () => void = () => {}): { store: SurveyStore; flush(): void } {
  const selectResponded = db.prepare<[number, string, string], { one: number }>(
    'SELECT 1 AS one FROM responses WHERE year = ? AND respondent = ? AND community_id = ?',
  );
  const selectAnsweredIn = db.prepare<[number, string], { community_id: string }>(
    'SELECT community_id FROM responses WHERE year = ? AND respondent = ? AND extra = 0',
  );
  // The (year, respondent) key decides, also between two connections to the file.
  const insertResponse = db.prepare(
    `INSERT INTO responses (community_id, year, respondent, answers, submitted_at, channel, entered_by, serial, duration_ms)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (year, respondent, extra) DO NOTHING`,
  );
  // Counted from the partial index on the non-self answers: no tally to keep in step (a deleted answer leaves no count).
  const selectChannels = db.prepare<[number], ChannelRow>(
    `SELECT community_id, channel, count(*) AS n FROM responses WHERE year = ? AND channel <> 'self' GROUP BY community_id, channel`,
  );
  const selectCommunityChannels = db.prepare<[number, string], ChannelRow>(
    `SELECT community_id, channel, count(*) AS n FROM responses WHERE year = ? AND community_id = ? AND channel <> 'self'
     GROUP BY community_id, channel`,
  );
  const selectRoundResponses = db.prepare<[number, string], ResponseRow>(
    `SELECT community_id, year, respondent, answers, submitted_at, channel, entered_by, serial, duration_ms
     FROM responses WHERE year = ? AND community_id = ? ORDER BY id`,
  );
  const incrementTally = db.prepare(
    `INSERT INTO tallies (community_id, year, question_id, option_id, count) VALUES (?, ?, ?, ?, 1)
     ON CONFLICT DO UPDATE SET count = count + 1`,
  );
  const roundResponses = db.prepare<[string, number], { n: number | null }>(
    `SELECT max(total) AS n FROM (SELECT sum(count) AS total FROM tallies WHERE community_id = ? AND year = ? GROUP BY question_id)`,
  );
  const deleteSnapshot = db.prepare('DELETE FROM tally_snapshots WHERE year = ? AND community_id = ?');
  const takeSnapshot = db.prepare(
    `INSERT INTO tally_snapshots (year, community_id, question_id, option_id, responses, count)
     SELECT year, community_id, question_id, option_id, ?, count FROM tallies WHERE year = ? AND community_id = ? AND count > 0`,
  );
  const insertTally = db.prepare('INSERT INTO tallies (community_id, year, question_id, option_id, count) VALUES (?, ?, ?, ?, ?)');
  const insertSnapshotRow = db.prepare(
    'INSERT INTO tally_snapshots (year, community_id, question_id, option_id, responses, count) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const deleteTallies = db.prepare('DELETE FROM tallies WHERE year = ?');
  const deleteSnapshots = db.prepare('DELETE FROM tally_snapshots WHERE year = ?');
  const selectTallies = db.prepare<[number], CountRow>(
    `SELECT community_id, question_id, option_id, count FROM tallies WHERE year = ? ORDER BY community_id, question_id, option_id`,
  );
  const selectCommunityTallies = db.prepare<[number, string], CountRow>(
    `SELECT community_id, question_id, option_id, count FROM tallies WHERE year = ? AND community_id = ? ORDER BY question_id, option_id`,
  );
  const selectSnapshots = db.prepare<[number], SnapshotRow>('SELECT * FROM tally_snapshots WHERE year = ?');
  const selectCommunitySnapshot = db.prepare<[number, string], SnapshotRow>(
    'SELECT * FROM tally_snapshots WHERE year = ? AND community_id = ?',
  );
  const countByYear = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM responses WHERE year = ?');
  const answersInOrder = db.prepare<[number], { community_id: string; answers: string }>(
    'SELECT community_id, answers FROM responses WHERE year = ? ORDER BY id',
  );

  const selectClosed = db.prepare<[string, number], { one: number }>(
    'SELECT 1 AS one FROM closed_rounds WHERE community_id = ? AND year = ?',
  );
  const addOne = (r: ResponseRecord): 'inserted' | 'duplicate' | 'closed' | { elsewhere: string } => {
    // In the same write transaction as the insert: closeRound's row is either there (refused) or not yet (counted).
    if (selectClosed.get(r.communityId, r.year)) {
      const answered = selectAnsweredIn.get(r.year, r.respondent)?.community_id;
      return answered === r.communityId ? 'duplicate' : 'closed';
    }
    const { changes } = insertResponse.run(
      r.communityId,
      r.year,
      r.respondent,
      JSON.stringify(r.answers),
      r.submittedAt,
      r.channel ?? 'self',
      r.enteredBy ? JSON.stringify(r.enteredBy) : null,
      r.serial ?? null,
      r.durationMs ?? null,
    );
    if (changes === 0) {
      const answered = selectAnsweredIn.get(r.year, r.respondent)!.community_id;
      return answered === r.communityId ? 'duplicate' : { elsewhere: answered };
    }
    for (const [question, option] of Object.entries(r.answers)) incrementTally.run(r.communityId, r.year, question, option);
    // The snapshot is taken in the answer's own transaction: the counts right after exactly this answer.
    const n = roundResponses.get(r.communityId, r.year)?.n ?? 0;
    if (snapshotAt(n) === n) {
      deleteSnapshot.run(r.year, r.communityId);
      takeSnapshot.run(n, r.year, r.communityId);
    }
    return 'inserted';
  };
  // Answers arriving together are committed together, each in turn as if alone (sqlite-group-commit.ts).
  const addAll = db.transaction((batch: ResponseRecord[]) => batch.map(addOne));
  const responses = groupCommit((batch: ResponseRecord[]) => {
    const results = addAll.immediate(batch);
    afterCommit();
    return results;
  });
  const selectClosedOfYear = db.prepare<[number], { community_id: string }>('SELECT community_id FROM closed_rounds WHERE year = ?');
  const read = db.transaction((year: number, communityId?: string) => {
    const tallies =
      communityId === undefined
        ? toTallies(year, selectTallies.all(year), selectSnapshots.all(year))
        : toTallies(year, selectCommunityTallies.all(year, communityId), selectCommunitySnapshot.all(year, communityId));
    const closed = new Set(selectClosedOfYear.all(year).map((r) => r.community_id));
    const channels = channelsOf(communityId === undefined ? selectChannels.all(year) : selectCommunityChannels.all(year, communityId));
    return tallies.map((t) => {
      const c = channels.get(t.communityId);
      const withChannels = c ? { ...t, channels: c } : t;
      return closed.has(t.communityId) ? { ...withChannels, closed: true } : withChannels;
    });
  });
  const recount = db.transaction((year: number) => {
    const answers = new Map<string, Record<string, string>[]>();
    for (const row of answersInOrder.iterate(year)) {
      const list = answers.get(row.community_id);
      if (list) list.push(JSON.parse(row.answers));
      else answers.set(row.community_id, [JSON.parse(row.answers)]);
    }
    const channels = channelsOf(selectChannels.all(year));
    const tallies = [...answers]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([c, list]) => {
        const t = tallyOfAnswers(c, year, list);
        const counted = channels.get(c);
        return counted ? { ...t, channels: counted } : t;
      });
    return { responses: countByYear.get(year)!.n, tallies };
  });
  const replace = db.transaction((year: number, tallies: StoredTally[]) => {
    deleteTallies.run(year);
    deleteSnapshots.run(year);
    for (const t of tallies) {
      if (t.year !== year) throw new Error(`replaceTallies(${year}) was given a tally of ${t.year}`);
      for (const [question, options] of Object.entries(t.counts)) {
        for (const [option, count] of Object.entries(options)) if (count > 0) insertTally.run(t.communityId, year, question, option, count);
      }
      const s = t.snapshot;
      for (const [question, options] of Object.entries(s?.counts ?? {})) {
        for (const [option, count] of Object.entries(options)) {
          if (count > 0) insertSnapshotRow.run(year, t.communityId, question, option, s!.responses, count);
        }
      }
    }
  });

  const store: SurveyStore = {
    async hasResponded(communityId, year, respondent) {
      return selectResponded.get(year, respondent, communityId) !== undefined;
    },
    async answeredIn(year, respondent) {
      return selectAnsweredIn.get(year, respondent)?.community_id ?? null;
    },
    addResponse(response) {
      return responses.write(response);
    },
    async claimLegacyResponses() {
      return 0;
    },
    async getTallies(year, communityId) {
      // One read transaction, so each tally and its snapshot describe the same moment.
      return read(year, communityId);
    },
    async countResponses(year) {
      return recount(year);
    },
    async replaceTallies(year, tallies) {
      replace.immediate(year, tallies); // channels are counted from the responses themselves: nothing to replace
    },
    async listResponses(year, communityIds) {
      return communityIds.flatMap((c) => selectRoundResponses.all(year, c).map(toResponse));
    },
  };
  return { store, flush: responses.flush };
}
