// What the stores keep of uploaded files (who uploaded each) and of evidence per item (网络报送).
import type { TReviewStatus, TStaffRef } from '../contract';

/** One uploaded file: the bytes are in DATA_DIR/files or cloud storage; this says who uploaded it and what it is. */
export interface UploadRecord {
  fileId: string;
  /** The uploader's openid (kept, never answered). */
  uploadedBy: string;
  /** The community the uploader worked for when uploading (a worker's); null for officials and admins. */
  communityId: string | null;
  name: string;
  type: string; // MIME type, as its content showed
  size: number;
  uploadedAt: string; // ISO 8601
}

/** Who did something to evidence: the openid for the record, `who` for answers. */
export interface EvidenceActor {
  openid: string;
  who: TStaffRef;
  at: string; // ISO 8601
}

/** One item's evidence of a community-year: the last submission (note and files) and the last review. */
export interface EvidenceRecord {
  communityId: string;
  year: number;
  itemId: string;
  /** Random per submission: what a review is made on. */
  submissionId: string;
  note: string;
  files: string[]; // fileIds, in order
  status: 'submitted' | TReviewStatus;
  submitted: EvidenceActor;
  review: (EvidenceActor & { status: TReviewStatus; comment: string }) | null;
}

export interface EvidenceStore {
  /** Records an upload; false (and nothing changed) when that fileId is recorded already. */
  addUpload(upload: UploadRecord): Promise<boolean>;
  /** The records of these fileIds that exist (any order). */
  getUploads(fileIds: string[]): Promise<UploadRecord[]>;

  /** A community-year's evidence, by item id. */
  listEvidence(communityId: string, year: number): Promise<EvidenceRecord[]>;
  getEvidence(communityId: string, year: number, itemId: string): Promise<EvidenceRecord | null>;
  /** Writes the item's evidence whole (a submission replaces the earlier one). */
  putEvidence(evidence: EvidenceRecord): Promise<void>;
  /**
   * Sets the review and status only if the stored submission is still `submissionId`: false
   * (nothing changed) when a newer submission came in between or there is none, so a review never lands on unseen files.
   */
  reviewEvidence(
    key: { communityId: string; year: number; itemId: string; submissionId: string },
    review: NonNullable<EvidenceRecord['review']>,
  ): Promise<boolean>;
}
