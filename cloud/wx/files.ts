// The cloud file port: a generated file goes to cloud storage; the caller gets its fileID (for
// Taro.cloud.downloadFile) and a temporary link to it.
import type { Files } from '../core/deps';

/** The two wx-server-sdk calls used (types from its index.d.ts, narrowed). */
export interface WxCloudFiles {
  uploadFile(param: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  getTempFileURL(param: { fileList: { fileID: string; maxAge: number }[] }): Promise<{
    fileList: { fileID: string; tempFileURL: string; status: number; errMsg: string }[];
  }>;
}

/** Long enough to download, short enough that a forwarded link soon stops working. */
const LINK_SECONDS = 60 * 60;

/** Workbooks under exports/, code images under codes/: one name is one path, so a poster is replaced in place. */
const folderOf = (fileName: string) => (fileName.endsWith('.xlsx') ? 'exports' : 'codes');

export function wxFiles(cloud: WxCloudFiles): Files {
  return {
    async publish(fileName, bytes) {
      const cloudPath = `${folderOf(fileName)}/${fileName}`;
      const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(bytes) });
      const { fileList } = await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: LINK_SECONDS }] });
      const link = fileList[0];
      if (!link?.tempFileURL) throw new Error(`getTempFileURL(${fileID}) failed: ${link?.status} ${link?.errMsg}`);
      return { fileId: fileID, url: link.tempFileURL };
    },
  };
}
