// The programme counts by the calendar of Asia/Shanghai (UTC+8, no daylight saving): years of rounds, days of activities.
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The calendar year in Asia/Shanghai: a survey round's and a project's year. */
export function shanghaiYear(now: Date = new Date()): number {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS).getUTCFullYear();
}

/** The day in Asia/Shanghai as YYYY-MM-DD; an ISO time that does not parse comes back as it is. */
export function shanghaiDay(at: Date | string = new Date()): string {
  const t = typeof at === 'string' ? new Date(at).getTime() : at.getTime();
  return Number.isNaN(t) ? String(at) : new Date(t + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
