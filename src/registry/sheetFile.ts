// Getting a sheet in and the template out: a file input in H5, a chat file in WeChat (.csv or .xlsx); the template
// as a download in H5 or on the clipboard in WeChat.
import Taro from '@tarojs/taro';
import { TEMPLATE_CSV } from './csv';
import { xlsxText } from './xlsx';

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

const isXlsx = (name: string) => /\.xlsx$/i.test(name);
const decode = (bytes: ArrayBuffer) => new TextDecoder('utf-8').decode(bytes);

/** A chosen file's content as sheet text: an .xlsx's first sheet tab-separated, anything else read as UTF-8 text. */
export function sheetTextOf(name: string, bytes: ArrayBuffer): string {
  return isXlsx(name) ? xlsxText(new Uint8Array(bytes)) : decode(bytes);
}

/** Asks for a .csv or .xlsx file and answers its sheet text (null when none was chosen). */
export async function chooseSheetText(): Promise<string | null> {
  if (process.env.TARO_ENV === 'h5') {
    return new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.csv,.xlsx,text/csv,text/plain';
      input.onchange = () => {
        const file = input.files?.[0];
        if (!file) return resolve(null);
        file.arrayBuffer().then(
          (b) => resolve(sheetTextOf(file.name, b)),
          () => resolve(null),
        );
      };
      input.click();
    });
  }
  const chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['csv', 'txt', 'xlsx'] });
  const file = chosen.tempFiles[0];
  if (!file) return null;
  const fs = Taro.getFileSystemManager();
  if (isXlsx(file.name)) return xlsxText(new Uint8Array(fs.readFileSync(file.path) as ArrayBuffer));
  return fs.readFileSync(file.path, 'utf8') as string;
}
