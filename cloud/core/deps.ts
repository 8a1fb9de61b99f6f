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

export interface Deps {
  store: Store;
  files: Files;
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
