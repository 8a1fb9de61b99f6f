// What every use case is given: the store, the file port, the content check, the configuration and the clock.
import type { Store } from '../store/types';
import type { ContentCheck } from './content-check';

interface CoreConfig {
  adminOpenids: ReadonlySet<string>;
  /** Secret for the respondent hash: DATA_DIR/secret.key locally, RESPONDENT_KEY in the cloud. */
  respondentSecret: string;
}

/** Where generated files (the scorecard workbooks) go: DATA_DIR/exports locally, cloud storage in WeChat. */
export interface Files {
  /** Keeps the file and answers the URL to download it from. */
  publish(fileName: string, bytes: Uint8Array): Promise<string>;
}

export interface Deps {
  store: Store;
  files: Files;
  config: CoreConfig;
  now: () => Date;
  /** Checks text residents write (feedback comments, needs) before it is stored. */
  contentCheck: ContentCheck;
}

export function parseAdminOpenids(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}
