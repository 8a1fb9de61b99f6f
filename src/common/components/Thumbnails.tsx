// Files as the app shows them: photos as thumbnails (tap to see them large, Taro.previewImage), other files as links
// that open them (a new tab in H5; downloaded and opened as a document in WeChat).
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { FILE_TYPES, isImageType, type TFileType } from '../../../cloud/contract/rules';

export interface ShownFile {
  fileId: string;
  url: string;
  name: string;
  type: TFileType;
}

async function openDocument(file: ShownFile): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    window.open(file.url, '_blank', 'noopener');
    return;
  }
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url: file.url });
  if (statusCode !== 200) throw new Error(`download ${statusCode}`);
  const fileType = FILE_TYPES[file.type].ext as 'pdf' | 'doc' | 'docx' | 'xls' | 'xlsx';
  await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
}

interface Props {
  files: readonly ShownFile[];
  /** What a photo is called for screen readers, e.g. 照片：送餐.png */
  label: (name: string) => string;
  /** What a document link says, e.g. 打开 会议记录.pdf */
  openLabel?: (name: string) => string;
}

export function Thumbnails({ files, label, openLabel = (name) => name }: Props) {
  const photos = files.filter((f) => isImageType(f.type) && f.url);
  const documents = files.filter((f) => !isImageType(f.type) && f.url);
  const urls = photos.map((f) => f.url);
  if (files.length === 0) return null;
  return (
    <View className='thumbnails'>
      {photos.length > 0 ? (
        <View className='thumbnails__photos'>
          {photos.map((f) => (
            <Image
              key={f.fileId}
              className='thumbnails__photo'
              src={f.url}
              mode='aspectFill'
              ariaLabel={label(f.name)}
              nativeProps={{ alt: label(f.name) }}
              onClick={() => void Taro.previewImage({ urls, current: f.url })}
            />
          ))}
        </View>
      ) : null}
      {documents.map((f) => (
        <View key={f.fileId} className='thumbnails__document' ariaRole='link' onClick={() => void openDocument(f).catch(() => undefined)}>
          <Text className='thumbnails__document-name'>{openLabel(f.name)}</Text>
        </View>
      ))}
    </View>
  );
}
