// Small groups stay hidden (PRODUCT.md, Privacy): how many answers a round needs before its rates show, and in what steps.

/** Below this many valid answers a round shows only its number of answers. */
export const SHOWN_FROM = 10;
/** An open round shows the rates of its latest multiple of this many answers, so two readings differ by at least this many people. */
export const SNAPSHOT_STEP = 5;

/**
 * The number of answers whose rates an open round of `responses` answers shows: the latest multiple of
 * SNAPSHOT_STEP, if it is at least SHOWN_FROM; null while there is none (every figure but the count withheld).
 */
export function snapshotAt(responses: number): number | null {
  const at = responses - (responses % SNAPSHOT_STEP);
  return at >= SHOWN_FROM ? at : null;
}

/** A finalized round shows every answer, yet never a round below SHOWN_FROM. */
export const finalShown = (responses: number): number | null => (responses >= SHOWN_FROM ? responses : null);
