// The SQLite part of residents' messages (outbox, contacts) and of 我的数据: their own records, and withdrawing them.
import type Database from 'better-sqlite3';
import { snapshotAt } from '../contract/rules/privacy';
import { addAnswers } from './tally-counts';
import type { ContactRecord, FeedbackRecord, MessageRecord, NeedRecord, NotifyStore, ParticipantRecord, ResponseRecord } from './types';

type Body = { body: string };
const parse = <T>(rows: Body[]): T[] => rows.map((r) => JSON.parse(r.body) as T);

export function sqliteNotifyStore(db: Database.Database): NotifyStore {
  const insertMessage = db.prepare('INSERT INTO messages (id, recipient, at, read, body) VALUES (?, ?, ?, ?, ?)');
  const unread = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM messages WHERE recipient = ? AND read = 0');
  const markRead = db.prepare('UPDATE messages SET read = 1 WHERE id = ? AND recipient = ? AND read = 0');
  const upsertContact = db.prepare('INSERT INTO contacts (respondent, body) VALUES (?, ?) ON CONFLICT DO UPDATE SET body = excluded.body');
  const deleteContact = db.prepare('DELETE FROM contacts WHERE respondent = ?');
  const needsOf = db.prepare<[string, number], Body>(
    'SELECT body FROM needs WHERE respondent = ? ORDER BY submitted_at DESC, id DESC LIMIT ?',
  );
  const feedbackOf = db.prepare<[string, number], Body>(
    `SELECT body FROM feedback WHERE json_extract(body, '$.respondent') = ?
     ORDER BY json_extract(body, '$.submittedAt') DESC, id DESC LIMIT ?`,
  );
  const participationsOf = db.prepare<[string, number], ParticipantRecord>(
    `SELECT project_id AS projectId, role, respondent, joined_at AS joinedAt FROM participants WHERE respondent = ?
     ORDER BY joined_at DESC, project_id, role LIMIT ?`,
  );
  const deleteNeed = db.prepare('DELETE FROM needs WHERE id = ?');
  const deleteFeedback = db.prepare('DELETE FROM feedback WHERE id = ?');
  const selectResponse = db.prepare<[number, string], { community_id: string; answers: string; submitted_at: string }>(
    'SELECT community_id, answers, submitted_at FROM responses WHERE year = ? AND respondent = ? AND extra = 0',
  );

  // Withdrawal: the answer, its tally counts and the round's snapshot in one write transaction.
  const selectClosed = db.prepare<[string, number], { one: number }>(
    'SELECT 1 AS one FROM closed_rounds WHERE community_id = ? AND year = ?',
  );
  const selectOwn = db.prepare<[string, number, string], { id: number; answers: string }>(
    'SELECT id, answers FROM responses WHERE community_id = ? AND year = ? AND respondent = ?',
  );
  const deleteResponse = db.prepare('DELETE FROM responses WHERE id = ?');
  const decrement = db.prepare(
    'UPDATE tallies SET count = count - 1 WHERE community_id = ? AND year = ? AND question_id = ? AND option_id = ?',
  );
  const dropEmpty = db.prepare('DELETE FROM tallies WHERE community_id = ? AND year = ? AND count <= 0');
  const answersInOrder = db.prepare<[string, number], { answers: string }>(
    'SELECT answers FROM responses WHERE community_id = ? AND year = ? ORDER BY id',
  );
  const deleteSnapshot = db.prepare('DELETE FROM tally_snapshots WHERE year = ? AND community_id = ?');
  const insertSnapshotRow = db.prepare(
    'INSERT INTO tally_snapshots (year, community_id, question_id, option_id, responses, count) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const withdraw = db.transaction((communityId: string, year: number, respondent: string) => {
    if (selectClosed.get(communityId, year)) return 'closed' as const;
    const own = selectOwn.all(communityId, year, respondent);
    if (own.length === 0) return 'none' as const;
    for (const row of own) {
      deleteResponse.run(row.id);
      for (const [q, o] of Object.entries(JSON.parse(row.answers) as Record<string, string>)) decrement.run(communityId, year, q, o);
    }
    dropEmpty.run(communityId, year);
    // The snapshot the remaining answers give, in the order stored: what a recount would leave.
    const remaining = answersInOrder.all(communityId, year).map((r) => JSON.parse(r.answers) as Record<string, string>);
    deleteSnapshot.run(year, communityId);
    const due = snapshotAt(remaining.length);
    if (due !== null) {
      for (const [q, options] of Object.entries(addAnswers({}, remaining.slice(0, due)))) {
        for (const [o, count] of Object.entries(options)) insertSnapshotRow.run(year, communityId, q, o, due, count);
      }
    }
    return 'withdrawn' as const;
  });

  return {
    async addMessages(messages) {
      const add = db.transaction((list: MessageRecord[]) => {
        for (const m of list) insertMessage.run(m.id, m.recipient, m.at, m.read ? 1 : 0, JSON.stringify(m));
      });
      add.immediate(messages);
    },
    async listMessages({ recipient, limit, after }) {
      const args: (string | number)[] = [recipient];
      let sql = 'SELECT body, read FROM messages WHERE recipient = ?';
      if (after) {
        sql += ' AND (at, id) < (?, ?)';
        args.push(after.at, after.id);
      }
      sql += ' ORDER BY at DESC, id DESC LIMIT ?';
      const rows = db.prepare<(string | number)[], Body & { read: number }>(sql).all(...args, limit);
      return rows.map((r) => ({ ...(JSON.parse(r.body) as MessageRecord), read: r.read === 1 }));
    },
    async countUnread(recipient) {
      return unread.get(recipient)!.n;
    },
    async markMessagesRead(recipient, ids) {
      const mark = db.transaction((list: string[]) => list.reduce((n, id) => n + markRead.run(id, recipient).changes, 0));
      return mark.immediate([...new Set(ids)]);
    },

    async saveContact(contact) {
      if (contact.kinds.length === 0) deleteContact.run(contact.respondent);
      else upsertContact.run(contact.respondent, JSON.stringify(contact));
    },
    async getContacts(respondents) {
      if (respondents.length === 0) return [];
      const list = [...new Set(respondents)];
      const sql = `SELECT body FROM contacts WHERE respondent IN (${list.map(() => '?').join(', ')})`;
      return parse<ContactRecord>(db.prepare<string[], Body>(sql).all(...list));
    },

    async listNeedsOf(respondent, limit) {
      return parse<NeedRecord>(needsOf.all(respondent, limit));
    },
    async listFeedbackOf(respondent, limit) {
      return parse<FeedbackRecord>(feedbackOf.all(respondent, limit));
    },
    async listParticipationsOf(respondent, limit) {
      return participationsOf.all(respondent, limit);
    },
    async deleteNeed(id) {
      return deleteNeed.run(id).changes === 1;
    },
    async deleteFeedback(id) {
      return deleteFeedback.run(id).changes === 1;
    },

    async getResponse(year, respondent): Promise<ResponseRecord | null> {
      const row = selectResponse.get(year, respondent);
      if (!row) return null;
      return { communityId: row.community_id, year, respondent, answers: JSON.parse(row.answers), submittedAt: row.submitted_at };
    },
    async withdrawResponse(communityId, year, respondent) {
      return withdraw.immediate(communityId, year, respondent);
    },
  };
}
