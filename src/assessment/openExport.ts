// Opens an exported workbook: in H5 the runtime's /exports/ path downloads; in WeChat the temporary
// cloud link must be downloaded to the phone and opened as a document.
import Taro from '@tarojs/taro';

export async function openExport(url: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    return;
  }
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url });
  if (statusCode !== 200) throw new Error(`download ${statusCode}`);
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
}
