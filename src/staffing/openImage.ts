// Shows or saves a generated image (a poster's 小程序码): in H5 the runtime's URL downloads; in WeChat the
// cloud file is downloaded by its fileID and previewed, where a long press saves or forwards it.
import Taro from '@tarojs/taro';
import type { TGeneratedFile } from '../../cloud/contract';

export async function openImage(file: TGeneratedFile): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a');
    link.href = file.url;
    link.download = file.fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    return;
  }
  if (file.fileId) {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: file.fileId });
    await Taro.previewImage({ urls: [tempFilePath], current: tempFilePath });
    return;
  }
  await Taro.previewImage({ urls: [file.url], current: file.url });
}
