// The Store on the WeChat cloud database, given `cloud.database()` from wx-server-sdk by the entry point.
import type { AssessmentItemRecord, Store } from './types';
import { cloudCommunities, type CommunityOptions } from './wx-communities';
import { wxCollections, type WxDatabase, type WxDocument } from './wx-database';
import { cloudProjectStore, PROJECT_COLLECTIONS } from './wx-projects';
import { cloudStaffStore, STAFF_COLLECTIONS } from './wx-staff';
import { cloudSurveyStore, SURVEY_COLLECTIONS } from './wx-survey';
import { AUDIT_COLLECTION, cloudAuditStore } from './wx-audit';
import { cloudLockStore, LOCK_COLLECTIONS } from './wx-locks';
import { cloudNotifyStore, NOTIFY_COLLECTIONS } from './wx-notify';
import { cloudEvidenceStore, EVIDENCE_COLLECTIONS } from './wx-evidence';

export type { WxCollection, WxCommand, WxCommandValue, WxDatabase, WxDocument, WxDocumentRef, WxError, WxQuery } from './wx-database';
export { isDuplicateWrite } from './wx-database';

/** The collections this store uses; it creates any that is missing on first use. */
export const COLLECTIONS = {
  communities: 'communities', // _id = community id; `order` keeps the seed order
  ...SURVEY_COLLECTIONS,
  assessments: 'assessments', // _id = `${year}:${communityId}:${itemId}`: one saved item of an assessment
  ...PROJECT_COLLECTIONS,
  ...STAFF_COLLECTIONS,
  auditLog: AUDIT_COLLECTION, // _id = `${chain}#${seq}`: one entry per place in its chain
  ...LOCK_COLLECTIONS,
  ...NOTIFY_COLLECTIONS,
  ...EVIDENCE_COLLECTIONS,
} as const;

const assessmentItemId = (year: number, communityId: string, itemId: string) => `${year}:${communityId}:${itemId}`;

function toAssessmentItem(doc: WxDocument): AssessmentItemRecord {
  const { communityId, year, itemId, state, note, reason, setBy, setByRole, setByName, setAt } = doc as unknown as AssessmentItemRecord;
  return {
    communityId,
    year,
    itemId,
    state: state ?? null,
    note: note ?? null,
    reason: reason ?? null,
    setBy,
    setByRole: setByRole ?? null,
    setByName: setByName ?? null,
    setAt,
  };
}
const byCommunityThenItem = (a: AssessmentItemRecord, b: AssessmentItemRecord) =>
  a.communityId < b.communityId ? -1 : a.communityId > b.communityId ? 1 : a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;

export function createCloudStore(db: WxDatabase, options: CommunityOptions = {}): Store {
  const collections = wxCollections(db);
  const { on, readAll } = collections;
  const { knownCount, ...communities } = cloudCommunities(COLLECTIONS.communities, collections, options);

  return {
    ...cloudProjectStore(db, collections),
    ...cloudAuditStore(collections),
    ...cloudLockStore(db, collections),
    ...cloudEvidenceStore(db, collections),
    ...communities,
    ...cloudStaffStore(db, collections),
    ...cloudSurveyStore(db, collections, knownCount),
    ...cloudNotifyStore(db, collections),

    async getAssessmentItems(year, communityId) {
      const docs = await readAll(COLLECTIONS.assessments, communityId === undefined ? { year } : { year, communityId });
      return docs.map(toAssessmentItem).sort(byCommunityThenItem);
    },
    async saveAssessmentItems(communityId, year, put, remove) {
      const stray = put.find((i) => i.communityId !== communityId || i.year !== year);
      if (stray) throw new Error(`item ${stray.itemId} is not of ${year}:${communityId}`);
      for (const { itemId, state, note, reason, setBy, setByRole, setByName, setAt } of put) {
        const id = assessmentItemId(year, communityId, itemId);
        const data = { communityId, year, itemId, state, note, reason, setBy, setByRole, setByName, setAt };
        await on(COLLECTIONS.assessments, (c) => c.doc(id).set({ data }));
      }
      for (const itemId of remove) await on(COLLECTIONS.assessments, (c) => c.doc(assessmentItemId(year, communityId, itemId)).remove());
    },

    async close() {},
  };
}
