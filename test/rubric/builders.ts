// Shared builders for the rubric tests: the seed text, state maps and project evaluations.
import fs from 'fs';
import path from 'path';
import { stateItems, zhoushan2017, zhoushan2017Data, type TProjectEvaluation, type TState } from '../../rubric';

export const std = zhoushan2017;

/** The government document the standard is copied from, kept in the repository (docs/source). */
export const SEED_PATH = path.resolve(__dirname, '../../docs/source/zhoushan-2017-opinion.txt');

export function readSeed(): string {
  return fs.readFileSync(SEED_PATH, 'utf8');
}

/** A deep, mutable copy of the 2017 data, as a JSON file of it would parse. */
export function cloneData(): any {
  return JSON.parse(JSON.stringify(zhoushan2017Data));
}

export function allStates(state: TState): Record<string, TState> {
  return Object.fromEntries(stateItems(std).map((item) => [item.id, state]));
}

/** All 一类 items A, then the given indicators' items set in order: `{ 'II-5': 'AAABCC' }`. */
export function allAWith(rows: Record<string, string>): Record<string, TState> {
  const states = allStates('A');
  for (const [indicator, letters] of Object.entries(rows)) {
    [...letters].forEach((letter, k) => {
      states[`${indicator}.${k + 1}`] = letter as TState;
    });
  }
  return states;
}

export function without(states: Record<string, TState>, ...ids: string[]): Record<string, TState> {
  const copy = { ...states };
  for (const id of ids) delete copy[id];
  return copy;
}

/** Every aspect of the standard (完成情况 … 综合效能) scored `x`. */
export function allAspects(x: number): Record<string, number> {
  return Object.fromEntries(std.aspects.map((a) => [a.id, x]));
}

/** A project evaluation from its six aspect scores, in the standard's order (完成情况 … 综合效能). */
export function project(category: string, scores: number[]): TProjectEvaluation {
  const aspects = Object.fromEntries(std.aspects.map((a, i) => [a.id, scores[i]]));
  return { category, aspects };
}

/** Two projects in each of the nine categories, every aspect 100: 二类 full. */
export function fullProjects(): TProjectEvaluation[] {
  return std.categories.flatMap((c) => [project(c.id, Array(6).fill(100)), project(c.id, Array(6).fill(100))]);
}
