// Opening an export in WeChat: by its cloud fileID when it has one (downloadFile + openDocument), else by the link.
import Taro from '../support/taro';
import { openExport } from '../../../src/assessment/openExport';

type Loose = Record<string, unknown>;
const cloud = Taro.cloud as unknown as Loose;
const taro = Taro as unknown as Loose;

let copies: [string, string][] = [];
beforeEach(() => {
  process.env.TARO_ENV = 'weapp';
  copies = [];
  taro.env = { USER_DATA_PATH: 'wxfile://usr' };
  taro.getFileSystemManager = () => ({ copyFileSync: (from: string, to: string) => void copies.push([from, to]) });
});
afterEach(() => {
  delete process.env.TARO_ENV;
});

test('a cloud file is downloaded by fileID and opened as a workbook', async () => {
  cloud.downloadFile = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/a.xlsx', statusCode: 200 }));
  taro.openDocument = jest.fn(async () => ({}));
  taro.downloadFile = jest.fn();
  await openExport('https://tmp.example/a.xlsx', '2026年幸福社区测评_2026-12-01.xlsx', 'cloud://env/exports/a.xlsx');
  expect(cloud.downloadFile).toHaveBeenCalledWith({ fileID: 'cloud://env/exports/a.xlsx' });
  expect(taro.downloadFile).not.toHaveBeenCalled();
  // Opened under its Chinese name, which is what one forwards or saves from WeChat's document viewer.
  const named = 'wxfile://usr/2026年幸福社区测评_2026-12-01.xlsx';
  expect(copies).toEqual([['wxfile://tmp/a.xlsx', named]]);
  expect(taro.openDocument).toHaveBeenCalledWith({ filePath: named, fileType: 'xlsx', showMenu: true });
});

test('where the copy cannot be made, the downloaded file is opened as it is', async () => {
  cloud.downloadFile = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/c.xlsx', statusCode: 200 }));
  taro.openDocument = jest.fn(async () => ({}));
  taro.getFileSystemManager = () => ({
    copyFileSync: () => {
      throw new Error('no space');
    },
  });
  await openExport('https://tmp.example/c.xlsx', 'c.xlsx', 'cloud://env/exports/c.xlsx');
  expect(taro.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/c.xlsx', fileType: 'xlsx', showMenu: true });
});

test('without a fileID the link is downloaded', async () => {
  taro.downloadFile = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/b.xlsx', statusCode: 200 }));
  taro.openDocument = jest.fn(async () => ({}));
  await openExport('https://tmp.example/b.xlsx', 'b.xlsx');
  expect(taro.downloadFile).toHaveBeenCalledWith({ url: 'https://tmp.example/b.xlsx' });
  expect(taro.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://usr/b.xlsx', fileType: 'xlsx', showMenu: true });
});
