// The survey round's year: the calendar year in Asia/Shanghai (the standard counts "以当年度为准").
const yearFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });

export function shanghaiYear(at: Date): number {
  return Number(yearFormat.format(at));
}

const dayFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day in Asia/Shanghai as YYYY-MM-DD: what the daily limits count by. */
export function shanghaiDay(at: Date): string {
  const parts = Object.fromEntries(dayFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
