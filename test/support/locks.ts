// Builders for the stage-and-lock tests through the HTTP face: a complete assessment, a final acceptance.
import type { TestRuntime } from './local-runtime';
import { allStates } from '../rubric/builders';
import { OFFICIAL, YEAR } from './assessment';

/** Ⅱ-10.2/10.3 set by hand (fewer than 50 answers in these tests), with the reason that needs. */
export const RATE_REASONS = { 'II-10.2': '样本不足，按入户核查结果评定', 'II-10.3': '样本不足，按入户核查结果评定' };

/** Every judged item saved A, so the assessment can be finalized. */
export async function completeAssessment(rt: TestRuntime, communityId: string, who = OFFICIAL): Promise<void> {
  const res = await rt.call('saveAssessment', { communityId, year: YEAR, states: allStates('A'), reasons: RATE_REASONS }, who);
  if (res.status !== 200) throw new Error(`saveAssessment: ${JSON.stringify(res.body)}`);
}

export async function finalize(rt: TestRuntime, communityId: string, stage: 'interim' | 'final' = 'final', who = OFFICIAL): Promise<any> {
  const res = await rt.call('finalizeAssessment', { communityId, year: YEAR, stage }, who);
  if (res.status !== 200) throw new Error(`finalizeAssessment: ${JSON.stringify(res.body)}`);
  return res.body.data;
}
