// The rubric's public surface: the standard's schema and data, input validation, scoring and the verdict.
export * from './schema';
export * from './input';
export * from './score';
export * from './result';
export * from './verdict';
export { classOf, indicatorsOf, stateIndicators, stateItems, rateIds } from './lookup';
export { round2, roundRatio, isHundredths, toHundredths, fromHundredths } from './round';
export { zhoushan2017, zhoushan2017Data } from './standards/zhoushan-2017';
