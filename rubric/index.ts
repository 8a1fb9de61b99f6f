// The rubric's public surface: the standard's schema and data, input validation, scoring and the verdict.
export {
  CLASS_IDS,
  ClassDef,
  ClassId,
  GRADES,
  Grade,
  Indicator,
  Item,
  ItemSource,
  Named,
  parseStandard,
  Points,
  RateSource,
  Section,
  Standard,
  StandardShape,
  State,
  STATES,
  type TClassDef,
  type TClassId,
  type TGrade,
  type TIndicator,
  type TItem,
  type TItemSource,
  type TNamed,
  type TSection,
  type TStandard,
  type TState,
} from './schema';
export { makeScoreInput, RateCount, type TProjectEvaluation, type TRateCount, type TScoreInput } from './input';
export { scoreAssessment, stateFromRate } from './score';
export { IndicatorScore, ItemScore, Score, type TIndicatorScore, type TItemScore, type TScore } from './result';
export { judge, JudgedScore, type TJudgedScore, type TVerdict, Verdict, VERDICT_TEXT, verdictOf, verdictText } from './verdict';
export { classOf, indicatorsOf, stateIndicators, stateItems } from './lookup';
export { round2, roundRatio, isHundredths, toHundredths, fromHundredths } from './round';
export { zhoushan2017, zhoushan2017Data } from './standards/zhoushan-2017';
