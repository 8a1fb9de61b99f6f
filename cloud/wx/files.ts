// The cloud file port: a generated file goes to cloud storage; the caller gets its fileID (for
// Taro.cloud.downloadFile) and a temporary link to it.
import type { Files, Uploads } from '../core/deps';

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

/** The calls of wx-server-sdk the uploads port uses (types from its index.d.ts, narrowed). */
export interface WxCloudUploads extends Pick<WxCloudFiles, 'getTempFileURL'> {
  downloadFile(param: { fileID: string }): Promise<{ fileContent: Buffer }>;
  deleteFile(param: { fileList: string[] }): Promise<{ fileList: { fileID: string; status: number; errMsg: string }[] }>;
}

/** getTempFileURL takes at most 50 fileIDs a call. */
const LINKS_PER_CALL = 50;
/** What the app's Taro.cloud.uploadFile writes under (src/common/api/upload.ts): a registered file must be there. */
const UPLOAD_FOLDER = '/uploads/';

/**
 * Uploads in cloud storage: the app uploads with Taro.cloud.uploadFile (its fileID is the file's id) and registers it
 * (registerFile), which reads it here to check its content; links are temporary links.
 */
export function wxUploads(cloud: WxCloudUploads): Uploads {
  return {
    async read(fileId) {
      if (!fileId.startsWith('cloud://') || !fileId.includes(UPLOAD_FOLDER)) return null;
      try {
        return (await cloud.downloadFile({ fileID: fileId })).fileContent;
      } catch {
        return null; // no such file (STORAGE_FILE_NONEXIST) or not readable
      }
    },
    async remove(fileId) {
      await cloud.deleteFile({ fileList: [fileId] }).catch(() => undefined);
    },
    async links(files, seconds) {
      const links = new Map<string, string>();
      for (let i = 0; i < files.length; i += LINKS_PER_CALL) {
        const fileList = files.slice(i, i + LINKS_PER_CALL).map((f) => ({ fileID: f.fileId, maxAge: seconds }));
        const answer = await cloud.getTempFileURL({ fileList });
        for (const link of answer.fileList) if (link.status === 0 && link.tempFileURL) links.set(link.fileID, link.tempFileURL);
      }
      return links;
    },
  };
}
