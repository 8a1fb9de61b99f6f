// The survey round's year: the calendar year in Asia/Shanghai (the standard counts "以当年度为准").
const yearFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', year: 'numeric' });

export function shanghaiYear(at: Date): number {
  return Number(yearFormat.format(at));
}
