// The officials' console: getRollup, getTrend, getCityProgress, getGradeOutlook (issue #10). Work in progress.
import type {
  TGetCityProgressInput,
  TGetCityProgressOutput,
  TGetGradeOutlookInput,
  TGetGradeOutlookOutput,
  TGetRollupInput,
  TGetRollupOutput,
  TGetTrendInput,
  TGetTrendOutput,
} from '../../contract';
import type { Caller } from '../auth';
import type { Deps } from '../deps';

const notYet = () => Promise.reject(new Error('not implemented yet'));

export const getRollup = (_input: TGetRollupInput, _caller: Caller, _deps: Deps): Promise<TGetRollupOutput> => notYet();
export const getTrend = (_input: TGetTrendInput, _caller: Caller, _deps: Deps): Promise<TGetTrendOutput> => notYet();
export const getCityProgress = (_input: TGetCityProgressInput, _caller: Caller, _deps: Deps): Promise<TGetCityProgressOutput> => notYet();
export const getGradeOutlook = (_input: TGetGradeOutlookInput, _caller: Caller, _deps: Deps): Promise<TGetGradeOutlookOutput> => notYet();
