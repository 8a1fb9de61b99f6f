// A rate's verdict against the target, judged once on the server from its 95% interval; the app only shows it.
export const RATE_VERDICTS = ['met', 'missed', 'unsettled'] as const;
/** met: the interval's lower bound ≥ target; missed: its upper bound < target; unsettled: the interval spans it. */
export type TRateVerdict = (typeof RATE_VERDICTS)[number];
