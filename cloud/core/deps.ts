// What every use case is given: the store, the file and code ports, the content check, the configuration and the clock.
import type { Store } from '../store/types';
import type { ContentCheck } from './content-check';
import type { Notifier } from './notifications';

interface CoreConfig {
  adminOpenids: ReadonlySet<string>;
  /** Secret for the respondent hash: DATA_DIR/secret.key locally, RESPONDENT_KEY in the cloud. */
  respondentSecret: string;
}

/** Where a published file can be fetched: a cloud fileID (null locally) and a link. */
export interface PublishedFile {
  fileId: string | null;
  url: string;
}

/** Where generated files (workbooks, codes) go: DATA_DIR/exports locally, cloud storage in WeChat. */
export interface Files {
  /** Keeps the file (replacing one of the same name) and answers where to fetch it. */
  publish(fileName: string, bytes: Uint8Array): Promise<PublishedFile>;
}

/** A page of the mini-program with its query: what a code opens. */
export interface CodeTarget {
  /** e.g. /pages/survey/index */
  page: string;
  /** Read by the page from `scene` in WeChat (at most 32 characters), or from the query in H5. */
  scene: string;
  query: Record<string, string>;
}

/** Makes the image of a code: a 小程序码 in WeChat (wxacode.getUnlimited), a QR of the H5 link locally. */
export interface Codes {
  make(target: CodeTarget): Promise<{ bytes: Uint8Array; extension: 'png' | 'jpg' }>;
}

/**
 * Where uploaded files (evidence, activity photos) live: DATA_DIR/files locally (POST /files writes them), cloud
 * storage in WeChat (the app uploads with Taro.cloud.uploadFile). The core reads one to check it and hands out links.
 */
export interface Uploads {
  /** The file's bytes, or null when there is none (locally: an id that is no file of the folder). */
  read(fileId: string): Promise<Uint8Array | null>;
  /** Deletes a file refused on its content (cloud); nothing to do locally, where refused files are never written. */
  remove(fileId: string): Promise<void>;
  /** Links to these files that work for `seconds` (signed locally, temporary links in the cloud), by fileId. */
  links(files: readonly { fileId: string; name: string }[], seconds: number): Promise<Map<string, string>>;
}

export interface Deps {
  store: Store;
  files: Files;
  uploads: Uploads;
  codes: Codes;
  config: CoreConfig;
  now: () => Date;
  /** Checks text residents write (feedback comments, needs) before it is stored. */
  contentCheck: ContentCheck;
  /** Tells residents what happened to their needs, comments and projects: the outbox, and WeChat's subscribe messages in the cloud. */
  notifier: Notifier;
}

export function parseAdminOpenids(value: string | undefined): Set<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
}

/** Uploads that hold nothing: for scripts and tests whose calls upload no file. */
export const NO_UPLOADS: Uploads = {
  read: async () => null,
  remove: async () => undefined,
  links: async () => new Map(),
};
