// Opens an exported workbook: in H5 the runtime's /exports/ path downloads (saved under its Chinese name); in WeChat
// the cloud file is downloaded by its fileID (the temporary link only when there is none), copied under its Chinese
// name and opened as a document.
import Taro from '@tarojs/taro';

/** The downloaded temp file copied under its Chinese name (2026年幸福社区测评_2026-12-01.xlsx), so that is what one forwards or saves; the temp file where it cannot be. */
function named(tempFilePath: string, fileName: string): string {
  try {
    const target = `${Taro.env.USER_DATA_PATH}/${fileName}`;
    Taro.getFileSystemManager().copyFileSync(tempFilePath, target);
    return target;
  } catch {
    return tempFilePath;
  }
}

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
  await Taro.openDocument({ filePath: named(filePath, fileName), fileType: 'xlsx', showMenu: true });
}
