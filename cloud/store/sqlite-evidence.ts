// Uploads and evidence per item on SQLite: JSON bodies under the keys they are found by.
import type Database from 'better-sqlite3';
import type { EvidenceRecord, EvidenceStore, UploadRecord } from './evidence-records';

type Body = { body: string };

export function sqliteEvidenceStore(db: Database.Database): EvidenceStore {
  const insertUpload = db.prepare('INSERT INTO uploads (file_id, body) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const evidenceOf = db.prepare<[number, string], Body>('SELECT body FROM evidence WHERE year = ? AND community_id = ? ORDER BY item_id');
  const oneEvidence = db.prepare<[number, string, string], Body>(
    'SELECT body FROM evidence WHERE year = ? AND community_id = ? AND item_id = ?',
  );
  const upsertEvidence = db.prepare(
    `INSERT INTO evidence (year, community_id, item_id, submission_id, body) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET submission_id = excluded.submission_id, body = excluded.body`,
  );
  // One statement decides: the review lands only on the submission it was made on.
  const review = db.prepare(
    `UPDATE evidence SET body = json_set(body, '$.review', json(?), '$.status', ?)
     WHERE year = ? AND community_id = ? AND item_id = ? AND submission_id = ?`,
  );

  return {
    async addUpload(u) {
      return insertUpload.run(u.fileId, JSON.stringify(u)).changes === 1;
    },
    async getUploads(fileIds) {
      if (fileIds.length === 0) return [];
      const sql = `SELECT body FROM uploads WHERE file_id IN (${fileIds.map(() => '?').join(', ')})`;
      return db
        .prepare<string[], Body>(sql)
        .all(...fileIds)
        .map((r) => JSON.parse(r.body) as UploadRecord);
    },
    async listEvidence(communityId, year) {
      return evidenceOf.all(year, communityId).map((r) => JSON.parse(r.body) as EvidenceRecord);
    },
    async getEvidence(communityId, year, itemId) {
      const row = oneEvidence.get(year, communityId, itemId);
      return row ? (JSON.parse(row.body) as EvidenceRecord) : null;
    },
    async putEvidence(e) {
      upsertEvidence.run(e.year, e.communityId, e.itemId, e.submissionId, JSON.stringify(e));
    },
    async reviewEvidence({ communityId, year, itemId, submissionId }, r) {
      return review.run(JSON.stringify(r), r.status, year, communityId, itemId, submissionId).changes === 1;
    },
  };
}
