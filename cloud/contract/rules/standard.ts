// The evaluation standard in force, as plain data: the one place that says which standard every rule reads.
import { zhoushan2017Data } from '../../../rubric/standards/zhoushan-2017.data';

export const STANDARD_IN_FORCE = zhoushan2017Data;

/** The rate at which Ⅱ-10's items earn A: the 85% target for both rates (compared in integers, 100 × count ≥ 85 × n). */
export const RATE_TARGET_PERCENT: number = STANDARD_IN_FORCE.rateStates.A;
/** Ⅱ-10.2/10.3 take a state from the rates only from this many valid answers in the round (样本不足 below it). */
export const RATE_MIN_SAMPLE: number = STANDARD_IN_FORCE.rateStates.minSample;

/** The six aspects of the third-party evaluation of a doorstep project (二类), in the standard's order. */
export const ASPECTS = STANDARD_IN_FORCE.aspects;
export type TAspectId = (typeof ASPECTS)[number]['id'];
export const ASPECT_IDS = ASPECTS.map((a) => a.id) as [TAspectId, ...TAspectId[]];

/**
 * The city's own goal (舟政发〔2017〕26号, 总体目标): "2019 年底……全市80%以上的城市社区及部分渔农村社区基本建成
 * '幸福社区'". getCityProgress compares each district's share of urban communities graded 达标 with it
 * (`percent` / 100 = 0.8; compared in integers: 100 × 达标 ≥ 80 × communities, 以上 taken as "at least").
 */
export const CITY_GOAL = {
  percent: 80,
  kind: 'urban',
  byYear: 2019,
  text: '2019 年底，全市80%以上的城市社区及部分渔农村社区基本建成“幸福社区”',
} as const;

/** 'II-10.2' → 'Ⅱ-10.2', 'I-3' → 'Ⅰ-3': the ids as the printed standard writes them (the app and the workbook alike). */
export function displayId(id: string): string {
  return id.replace(/^II-/, 'Ⅱ-').replace(/^I-/, 'Ⅰ-');
}
