// What every use case is given: the store, the configuration and the clock.
import type { Store } from '../store/types';

export interface CoreConfig {
  adminOpenids: ReadonlySet<string>;
  /** Secret for the respondent hash: DATA_DIR/secret.key locally, RESPONDENT_KEY in the cloud. */
  respondentSecret: string;
}

export interface Deps {
  store: Store;
  config: CoreConfig;
  now: () => Date;
}

export function parseAdminOpenids(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}
