// The uploads, evidence and activity-correction part of the Store behaviour, run by store.suite.ts on every store.
import type { ActivityRecord, EvidenceRecord, Store, UploadRecord } from '../../cloud/store/types';

const AT = '2024-06-01T08:00:00.000Z';
const worker = { role: 'worker' as const, name: '王芳' };
const official = { role: 'official' as const, name: '张科长' };

const upload = (fileId: string, change: Partial<UploadRecord> = {}): UploadRecord => ({
  fileId,
  uploadedBy: 'o-worker',
  communityId: 'dinghai-junan',
  name: '照片.png',
  type: 'image/png',
  size: 1234,
  uploadedAt: AT,
  ...change,
});

const evidence = (itemId: string, change: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  communityId: 'dinghai-junan',
  year: 2024,
  itemId,
  submissionId: `s-${itemId}`,
  note: '规划',
  files: ['cloud://env-1.abc/uploads/a.png', 'f2.jpg'],
  status: 'submitted',
  submitted: { openid: 'o-worker', who: worker, at: AT },
  review: null,
  ...change,
});

export function describeEvidence(store: () => Store): void {
  describe('uploads', () => {
    test('one record per fileId (the first stays), read back by id whatever characters the id holds', async () => {
      const cloudId = 'cloud://env-1.6162-env-1-1300000000/uploads/2024/a b.png';
      expect(await store().addUpload(upload(cloudId))).toBe(true);
      expect(await store().addUpload(upload(cloudId, { uploadedBy: 'o-other' }))).toBe(false);
      expect(await store().addUpload(upload('0123.pdf', { type: 'application/pdf', communityId: null }))).toBe(true);
      const found = await store().getUploads([cloudId, 'missing', '0123.pdf', cloudId]);
      expect(found.sort((a, b) => a.fileId.localeCompare(b.fileId))).toEqual([
        upload('0123.pdf', { type: 'application/pdf', communityId: null }),
        upload(cloudId),
      ]);
      expect(await store().getUploads([])).toEqual([]);
    });
  });

  describe('evidence', () => {
    test('is kept per community, year and item; a submission replaces the item whole', async () => {
      await store().putEvidence(evidence('II-3.1'));
      await store().putEvidence(evidence('II-1.2'));
      await store().putEvidence(evidence('II-3.1', { communityId: 'dinghai-beiyuan' }));
      await store().putEvidence(evidence('II-3.1', { year: 2025 }));
      expect((await store().listEvidence('dinghai-junan', 2024)).map((e) => e.itemId)).toEqual(['II-1.2', 'II-3.1']);
      const review = { openid: 'o-official', who: official, at: AT, status: 'needs_more' as const, comment: '补充' };
      const replaced = evidence('II-3.1', { submissionId: 's-2', note: '补充后', files: ['f3.pdf'], review });
      await store().putEvidence(replaced);
      expect(await store().getEvidence('dinghai-junan', 2024, 'II-3.1')).toEqual(replaced);
      expect(await store().getEvidence('dinghai-junan', 2024, 'II-9.9')).toBeNull();
      expect(await store().listEvidence('dinghai-junan', 2023)).toEqual([]);
    });

    test('a review lands only on the submission it was made on', async () => {
      await store().putEvidence(evidence('II-3.1', { submissionId: 's-1' }));
      const review = { openid: 'o-official', who: official, at: AT, status: 'accepted' as const, comment: '' };
      const key = { communityId: 'dinghai-junan', year: 2024, itemId: 'II-3.1' };
      // The worker submits again before the official's review arrives: the review of s-1 changes nothing.
      await store().putEvidence(evidence('II-3.1', { submissionId: 's-2', note: '新材料' }));
      expect(await store().reviewEvidence({ ...key, submissionId: 's-1' }, review)).toBe(false);
      expect(await store().getEvidence('dinghai-junan', 2024, 'II-3.1')).toMatchObject({ status: 'submitted', review: null });
      expect(await store().reviewEvidence({ ...key, submissionId: 's-2' }, review)).toBe(true);
      expect(await store().getEvidence('dinghai-junan', 2024, 'II-3.1')).toMatchObject({ status: 'accepted', review, note: '新材料' });
      expect(await store().reviewEvidence({ ...key, itemId: 'II-1.1', submissionId: 's-2' }, review)).toBe(false);
    });
  });

  describe('activity corrections', () => {
    const a: ActivityRecord = {
      id: 'a1',
      projectId: 'p1',
      date: '2024-05-01',
      description: '送餐',
      servedCount: 12,
      recordedBy: 'o-w',
      who: worker,
      recordedAt: AT,
    };

    test('an update replaces the activity of its project (its place by date follows); a remove deletes it', async () => {
      await store().addActivity(a);
      await store().addActivity({ ...a, id: 'a2', date: '2024-05-03' });
      expect(await store().getActivity('a1')).toEqual(a);
      const changed = { ...a, date: '2024-05-05', servedCount: 15, photos: ['p.png'] };
      expect(await store().updateActivity(changed)).toBe(true);
      expect(await store().getActivity('a1')).toEqual(changed);
      expect((await store().listActivities(['p1'])).map((x) => x.id)).toEqual(['a2', 'a1']);
      expect(await store().updateActivity({ ...changed, projectId: 'p2' })).toBe(false);
      expect(await store().updateActivity({ ...changed, id: 'nope' })).toBe(false);
      expect(await store().removeActivity('a1')).toBe(true);
      expect(await store().removeActivity('a1')).toBe(false);
      expect(await store().getActivity('a1')).toBeNull();
      expect((await store().listActivities(['p1'])).map((x) => x.id)).toEqual(['a2']);
    });
  });
}
