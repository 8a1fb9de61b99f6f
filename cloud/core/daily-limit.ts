// Per-identity daily limits on what residents write (DAILY_LIMITS), counted in the store per Asia/Shanghai day.
import { DAILY_LIMITS, type DailyKind } from '../contract/rules/limits';
import type { DailyKey } from '../store/types';
import type { Identity } from './auth';
import { shanghaiDay } from '../contract';
import type { Deps } from './deps';
import { AppError } from './errors';

const REFUSAL: Record<DailyKind, (limit: number) => string> = {
  need: (limit) => `您今天提交的需求已达 ${limit} 条上限，请明天再来`,
  feedback: (limit) => `您今天提交的评价已达 ${limit} 次上限，请明天再来`,
};
const limited = (kind: DailyKind) => new AppError('RATE_LIMITED', REFUSAL[kind](DAILY_LIMITS[kind]));

/**
 * A submission's place in the caller's allowance of the day of `at` (the instant it is stamped with).
 * `check` reads the count, so a flood past the limit is refused before the content check runs;
 * `take` counts it, atomically in the store, after the input and the text passed: refused input
 * costs nothing, and concurrent calls can never count past the limit. A write that fails after
 * `take` leaves its slot used (the resident has one fewer that day).
 */
export function dailyAllowance(kind: DailyKind, caller: Identity, at: Date, deps: Deps) {
  const key: DailyKey = { kind, day: shanghaiDay(at), respondent: caller.respondent };
  const limit = DAILY_LIMITS[kind];
  return {
    async check(): Promise<void> {
      if ((await deps.store.getDailyCount(key)) >= limit) throw limited(kind);
    },
    async take(): Promise<void> {
      if (!(await deps.store.takeDailySlot(key, limit))) throw limited(kind);
    },
  };
}
