// Photos of an activity on a staff form: uploaded as soon as they are chosen, at most MAX_ACTIVITY_PHOTOS, removable.
import { useState } from 'react';
import { MAX_ACTIVITY_PHOTOS, shanghaiDay, type TFileType } from '../../cloud/contract/rules';
import { uploadFile, type PickedFile } from '../common/api/upload';

export interface DraftPhoto {
  fileId: string;
  name: string;
  type: TFileType;
  /** Known for photos already stored with the activity (a link); a photo uploaded now has none until saved. */
  url?: string;
}

/** `refuse` says in words why a photo did not go up. */
export function usePhotoUploads(refuse: (message: string) => void) {
  const [photos, setPhotos] = useState<DraftPhoto[]>([]);
  const [uploading, setUploading] = useState(0);

  const add = async (picked: PickedFile[]) => {
    setUploading((n) => n + picked.length);
    for (const file of picked) {
      try {
        const fileId = await uploadFile(file);
        setPhotos((ps) => [...ps, { fileId, name: file.name, type: file.type }]);
      } catch (e) {
        refuse((e as Error).message);
      } finally {
        setUploading((n) => n - 1);
      }
    }
  };
  const remove = (fileId: string) => setPhotos((ps) => ps.filter((p) => p.fileId !== fileId));

  return { photos, uploading, room: MAX_ACTIVITY_PHOTOS - photos.length - uploading, add, remove, reset: setPhotos };
}

/** The days an activity of a project of `year` may have: from 1 January to today (Asia/Shanghai), or 31 December of a past year. */
export function activityDays(year: number, now: Date = new Date()): { start: string; end: string } {
  const today = shanghaiDay(now);
  const last = `${year}-12-31`;
  return { start: `${year}-01-01`, end: today < last ? today : last };
}
