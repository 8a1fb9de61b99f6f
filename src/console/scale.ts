// Where a share (0–1) falls on a chart's axis, as a CSS length: bars are views sized in percent of their track.

/** 0.853 → '85.30%', clamped to the axis (an interval's bound never leaves 0–1, but a drawing must not either). */
export function axisPercent(share: number): string {
  const clamped = Math.min(1, Math.max(0, share));
  return `${(clamped * 100).toFixed(2)}%`;
}

/** A value on an axis running from 0 to `max` (a total score out of 100). */
export const onAxis = (value: number, max: number): string => axisPercent(max > 0 ? value / max : 0);
