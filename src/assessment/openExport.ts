// Opens an exported workbook: in H5 the runtime's /exports/ path downloads; in WeChat the cloud file is
// downloaded by its fileID (the temporary link only when there is none) and opened as a document.
import Taro from '@tarojs/taro';

export async function openExport(url: string, fileName: string, fileId: string | null = null): Promise<void> {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    return;
  }
  let filePath: string;
  if (fileId) {
    filePath = (await Taro.cloud.downloadFile({ fileID: fileId })).tempFilePath;
  } else {
    const { tempFilePath, statusCode } = await Taro.downloadFile({ url });
    if (statusCode !== 200) throw new Error(`download ${statusCode}`);
    filePath = tempFilePath;
  }
  await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
}
