// Choosing files to upload, the way each platform can: in WeChat, photos with chooseMedia and documents from chats
// with chooseMessageFile; in H5 (where Taro has no chooseMessageFile), a plain <input type=file>.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { ChangeEvent } from 'react';
import { FILE_TYPE_IDS, FILE_TYPES } from '../../../../cloud/contract/rules';
import { pickProblem, typeOfPicked, type PickedFile } from '../../../common/api/upload';
import { BigButton } from '../../../common/components/BigButton';
import { UPLOAD_TEXT } from '../../../text/upload';
import './FilePicker.scss';

interface Props {
  id: string;
  imagesOnly?: boolean;
  /** How many more may be chosen. */
  room: number;
  disabled?: boolean;
  onPicked: (files: PickedFile[]) => void;
  /** A chosen file refused before upload (type, size), in words. */
  onProblem: (message: string) => void;
}

const IMAGE_TYPES = FILE_TYPE_IDS.filter((t) => FILE_TYPES[t].image);
const OFFICE_EXTENSIONS = FILE_TYPE_IDS.filter((t) => !FILE_TYPES[t].image).map((t) => FILE_TYPES[t].ext);

/** Keeps the files that may go up, at most `room`; says what was refused. */
function accept(files: { name: string; size: number; type?: string; path?: string; blob?: Blob }[], p: Props): void {
  const picked: PickedFile[] = [];
  for (const f of files) {
    const type = typeOfPicked(f.name, f.type);
    const problem = pickProblem({ name: f.name, size: f.size, type }, p.imagesOnly);
    if (problem || type === null) p.onProblem(problem ?? UPLOAD_TEXT.typeRefused(f.name));
    else if (picked.length >= p.room) p.onProblem(UPLOAD_TEXT.tooMany(picked.length));
    else picked.push({ name: f.name, size: f.size, type, path: f.path, blob: f.blob });
  }
  if (picked.length > 0) p.onPicked(picked);
}

const baseName = (path: string) => path.split('/').pop() ?? path;

function WeChatPicker(p: Props) {
  const photos = async () => {
    const res = await Taro.chooseMedia({ count: Math.min(9, p.room), mediaType: ['image'], sizeType: ['compressed'] }).catch(() => null);
    if (res)
      accept(
        res.tempFiles.map((f) => ({ name: baseName(f.tempFilePath), size: f.size, path: f.tempFilePath })),
        p,
      );
  };
  const documents = async () => {
    const res = await Taro.chooseMessageFile({ count: p.room, type: 'file', extension: OFFICE_EXTENSIONS }).catch(() => null);
    if (res)
      accept(
        res.tempFiles.map((f) => ({ name: f.name, size: f.size, path: f.path })),
        p,
      );
  };
  return (
    <View className='file-picker'>
      <BigButton variant='secondary' disabled={p.disabled || p.room < 1} onClick={photos}>
        {UPLOAD_TEXT.choosePhotos}
      </BigButton>
      {p.imagesOnly ? null : (
        <BigButton variant='secondary' disabled={p.disabled || p.room < 1} onClick={documents}>
          {UPLOAD_TEXT.chooseFiles}
        </BigButton>
      )}
    </View>
  );
}

function BrowserPicker(p: Props) {
  const types = p.imagesOnly ? IMAGE_TYPES : [...FILE_TYPE_IDS, ...OFFICE_EXTENSIONS.map((e) => `.${e}`)];
  const changed = (e: ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(e.target.files ?? []);
    e.target.value = ''; // the same file may be chosen again after a removal
    accept(
      list.map((f) => ({ name: f.name, size: f.size, type: f.type, blob: f })),
      p,
    );
  };
  return (
    <View className='file-picker'>
      <input
        id={p.id}
        className='file-picker__input'
        type='file'
        multiple
        accept={types.join(',')}
        disabled={p.disabled || p.room < 1}
        onChange={changed}
      />
      <label className='file-picker__label' htmlFor={p.id}>
        {p.imagesOnly ? UPLOAD_TEXT.choosePhotoLabel : UPLOAD_TEXT.chooseLabel}
      </label>
    </View>
  );
}

export function FilePicker(props: Props) {
  return process.env.TARO_ENV === 'h5' ? <BrowserPicker {...props} /> : <WeChatPicker {...props} />;
}
