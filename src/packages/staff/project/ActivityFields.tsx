// Fields of an activity form: the date from a picker (no day after today, none outside the project's year) and photos.
import { Picker, Text, View } from '@tarojs/components';
import { MAX_ACTIVITY_PHOTOS } from '../../../../cloud/contract/rules';
import type { PickedFile } from '../../../common/api/upload';
import { BigButton } from '../../../common/components/BigButton';
import { Thumbnails } from '../../../common/components/Thumbnails';
import type { DraftPhoto } from '../../../projects/usePhotoUploads';
import { ACTIVITY_TEXT } from '../../../text/activities';
import { UPLOAD_TEXT } from '../../../text/upload';
import { FilePicker } from '../components/FilePicker';

interface DateProps {
  id: string;
  value: string;
  start: string;
  end: string;
  year: number;
  error?: string;
  onChange: (day: string) => void;
}

export function DateField({ id, value, start, end, year, error, onChange }: DateProps) {
  return (
    <>
      <Text className='field-label'>{ACTIVITY_TEXT.date}</Text>
      <Picker mode='date' value={value} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View id={id} className={`field-input date-field${error ? ' field-input--error' : ''}`} ariaRole='button'>
          <Text>{ACTIVITY_TEXT.datePick(value)}</Text>
        </View>
      </Picker>
      <Text className='field-count'>{ACTIVITY_TEXT.dateHint(year)}</Text>
      {error ? <Text className='field-error'>{error}</Text> : null}
    </>
  );
}

interface PhotoProps {
  id: string;
  photos: DraftPhoto[];
  uploading: number;
  room: number;
  disabled: boolean;
  onPicked: (files: PickedFile[]) => void;
  onRemove: (fileId: string) => void;
  onProblem: (message: string) => void;
}

export function PhotoField({ id, photos, uploading, room, disabled, onPicked, onRemove, onProblem }: PhotoProps) {
  const stored = photos.filter((p): p is DraftPhoto & { url: string } => Boolean(p.url));
  return (
    <>
      <Text className='field-label'>{ACTIVITY_TEXT.photos(photos.length, MAX_ACTIVITY_PHOTOS)}</Text>
      <Thumbnails files={stored} label={ACTIVITY_TEXT.photo} />
      {photos.map((p) => (
        <View key={p.fileId} className='photo-field__file'>
          <Text className='photo-field__name'>{p.name}</Text>
          <BigButton variant='link' onClick={() => onRemove(p.fileId)}>
            {UPLOAD_TEXT.remove}
          </BigButton>
        </View>
      ))}
      {uploading > 0 ? <Text className='field-count'>{UPLOAD_TEXT.uploading(uploading)}</Text> : null}
      <FilePicker id={id} imagesOnly room={room} disabled={disabled} onPicked={onPicked} onProblem={onProblem} />
    </>
  );
}
