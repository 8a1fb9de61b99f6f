// Formats figures for display: percent with one decimal, intervals as "83.1%–90.2%", time stamps.
export function formatPercent(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

export function formatInterval([lo, hi]: readonly [number, number]): string {
  return `${formatPercent(lo)}–${formatPercent(hi)}`;
}

/** '2026-11-27T03:51:00.000Z' → '2026-11-27 11:51' in the phone's time zone. */
export function formatStamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
