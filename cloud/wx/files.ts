// The cloud file port: a generated file goes to cloud storage and the caller gets a temporary link to it.
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

export function wxFiles(cloud: WxCloudFiles): Files {
  return {
    async publish(fileName, bytes) {
      const { fileID } = await cloud.uploadFile({ cloudPath: `exports/${fileName}`, fileContent: Buffer.from(bytes) });
      const { fileList } = await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: LINK_SECONDS }] });
      const link = fileList[0];
      if (!link?.tempFileURL) throw new Error(`getTempFileURL(${fileID}) failed: ${link?.status} ${link?.errMsg}`);
      return link.tempFileURL;
    },
  };
}
