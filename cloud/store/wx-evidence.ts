// Uploads and evidence per item on the WeChat cloud database: deterministic _ids carry the one-record rules.
import { createHash } from 'node:crypto';
import type { EvidenceRecord, EvidenceStore, UploadRecord } from './evidence-records';
import type { WxCollections, WxDatabase, WxDocument } from './wx-database';

export const EVIDENCE_COLLECTIONS = {
  uploads: 'uploads', // _id = sha256 of the fileId (a cloud fileID holds '/' and ':'): one record per file
  evidence: 'evidence', // _id = `${year}:${communityId}:${itemId}`: one item's evidence of a community-year
} as const;
const C = EVIDENCE_COLLECTIONS;

const uploadId = (fileId: string) => createHash('sha256').update(fileId).digest('hex');
const evidenceId = (year: number, communityId: string, itemId: string) => `${year}:${communityId}:${itemId}`;

function withoutId<T>(doc: WxDocument): T {
  const { _id: _ignored, ...rest } = doc;
  return rest as T;
}

export function cloudEvidenceStore(db: WxDatabase, { on, readAll, findById, addOnce }: WxCollections): EvidenceStore {
  const _ = db.command;
  return {
    async addUpload(u) {
      return addOnce(C.uploads, { _id: uploadId(u.fileId), ...u });
    },
    async getUploads(fileIds) {
      if (fileIds.length === 0) return [];
      const docs = await readAll(C.uploads, { _id: _.in([...new Set(fileIds)].map(uploadId)) });
      return docs.map((d) => withoutId<UploadRecord>(d));
    },
    async listEvidence(communityId, year) {
      const docs = await readAll(C.evidence, { communityId, year });
      return docs.map((d) => withoutId<EvidenceRecord>(d)).sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
    },
    async getEvidence(communityId, year, itemId) {
      const doc = await findById(C.evidence, evidenceId(year, communityId, itemId));
      return doc ? withoutId<EvidenceRecord>(doc) : null;
    },
    async putEvidence(e) {
      // set() replaces the document whole: the files, submission and review are the new ones.
      await on(C.evidence, (c) => c.doc(evidenceId(e.year, e.communityId, e.itemId)).set({ data: { ...e } }));
    },
    async reviewEvidence({ communityId, year, itemId, submissionId }, review) {
      // The submission in the condition makes it a compare-and-set: one document's update is atomic.
      const _id = evidenceId(year, communityId, itemId);
      const { stats } = await on(C.evidence, (c) =>
        c.where({ _id, submissionId }).update({ data: { status: review.status, review: _.set(review) } }),
      );
      return stats.updated === 1;
    },
  };
}
