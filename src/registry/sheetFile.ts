// Getting a sheet in and the template out: a file input in H5, a chat file in WeChat; the template as a download or on the clipboard.
import Taro from '@tarojs/taro';
import { TEMPLATE_CSV } from './csv';

/** H5: downloads 社区名册模板.csv (with a BOM so spreadsheet programs read the Chinese); WeChat: copies it to paste into a sheet. */
export async function giveTemplate(): Promise<'downloaded' | 'copied'> {
  if (process.env.TARO_ENV === 'h5') {
    const blob = new Blob([`\uFEFF${TEMPLATE_CSV}`], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = '社区名册模板.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    return 'downloaded';
  }
  await Taro.setClipboardData({ data: TEMPLATE_CSV });
  return 'copied';
}

/** Asks for a .csv file and answers its text (null when none was chosen). */
export async function chooseSheetText(): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.csv,text/csv,text/plain';
      input.onchange = () => {
        const file = input.files?.[0];
        if (!file) return resolve(null);
        file.text().then(resolve, () => resolve(null));
      };
      input.click();
    });
  }
  const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'txt'] });
  const path = chosen.tempFiles[0]?.path;
  if (!path) return null;
  return Taro.getFileSystemManager().readFileSync(path, 'utf8') as string;
}
