// Opening an export in WeChat: by its cloud fileID when it has one (downloadFile + openDocument), else by the link.
import Taro from '../support/taro';
import { openExport } from '../../../src/assessment/openExport';

type Loose = Record<string, unknown>;
const cloud = Taro.cloud as unknown as Loose;
const taro = Taro as unknown as Loose;

beforeEach(() => {
  process.env.TARO_ENV = 'weapp';
});
afterEach(() => {
  delete process.env.TARO_ENV;
});

test('a cloud file is downloaded by fileID and opened as a workbook', async () => {
  cloud.downloadFile = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/a.xlsx', statusCode: 200 }));
  taro.openDocument = jest.fn(async () => ({}));
  taro.downloadFile = jest.fn();
  await openExport('https://tmp.example/a.xlsx', 'a.xlsx', 'cloud://env/exports/a.xlsx');
  expect(cloud.downloadFile).toHaveBeenCalledWith({ fileID: 'cloud://env/exports/a.xlsx' });
  expect(taro.downloadFile).not.toHaveBeenCalled();
  expect(taro.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/a.xlsx', fileType: 'xlsx', showMenu: true });
});

test('without a fileID the link is downloaded', async () => {
  taro.downloadFile = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/b.xlsx', statusCode: 200 }));
  taro.openDocument = jest.fn(async () => ({}));
  await openExport('https://tmp.example/b.xlsx', 'b.xlsx');
  expect(taro.downloadFile).toHaveBeenCalledWith({ url: 'https://tmp.example/b.xlsx' });
  expect(taro.openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/b.xlsx', fileType: 'xlsx', showMenu: true });
});
