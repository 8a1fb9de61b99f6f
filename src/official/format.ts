// Formats rates for display: percent with one decimal, intervals as "83.1%–90.2%".
export function formatPercent(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export function formatInterval([lo, hi]: readonly [number, number]): string {
  return `${formatPercent(lo)}–${formatPercent(hi)}`;
}
