// A community's one-page report (officials, admins; a community's workers their own): its verdict and score, both
// rates with their intervals as a chart, each question's options, how sure the grade is, the trend across years and
// the items not at A. 打印 prints it on one A4 page (H5; the print styles hide everything but the report).
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TAssessment, TRate } from '../../../../cloud/contract';
import { FIRST_YEAR } from '../../../../cloud/contract/rules/ids';
import { SHOWN_FROM } from '../../../../cloud/contract/rules';
import { markOf, settleHint } from '../../../assessment/marks';
import { CLASS_NAMES, rateName } from '../../../assessment/names';
import { staffName } from '../../../assessment/staffName';
import { formatPoints } from '../../../assessment/standard-view';
import { RATE_IDS } from '../../../console/options';
import { trendSeries } from '../../../console/series';
import { assessmentUrl } from '../../../routes';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { formatInterval, formatPercent, formatStamp } from '../../../common/format';
import { useCall } from '../../../common/hooks/useCall';
import { usePageQuery, yearParam } from '../../../common/hooks/usePageQuery';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { DASHBOARD_TEXT } from '../../../text/dashboard';
import { OFFICIAL_TEXT } from '../../../text/official';
import { STAGES_TEXT } from '../../../text/stages';
import { RateBars } from '../components/charts/RateBars';
import { OptionBars } from '../components/charts/OptionBars';
import { TrendChart } from '../components/charts/TrendChart';
import { ItemsNotA } from './ItemsNotA';
import { OutlookPanel } from './OutlookPanel';
import './index.scss';

const TREND_SPAN = 5;

function RateLine({ id, rate }: { id: 'awareness' | 'satisfaction'; rate: TRate | null }) {
  const mark = markOf(rate);
  const hint = settleHint(rate);
  return (
    <View className='report-rate' id={`rate-${id}`}>
      <Text className='report-rate__name'>{rateName(id)}</Text>
      <Text className={`report-rate__value mark-text mark-text--${mark}`}>{rate ? formatPercent(rate.rate) : DASHBOARD_TEXT.none}</Text>
      <Text className={`report-rate__mark mark-text mark-text--${mark}`}>
        {DASHBOARD_TEXT.markSymbol[mark]} {OFFICIAL_TEXT.marks[mark]}
      </Text>
      {rate ? (
        <Text className='report-rate__detail'>
          {OFFICIAL_TEXT.sample(rate.n)} · {OFFICIAL_TEXT.interval(formatInterval(rate.ci95))}
        </Text>
      ) : null}
      {hint ? <Text className='report-rate__detail'>{hint}</Text> : null}
    </View>
  );
}

function Verdict({ a }: { a: TAssessment }) {
  const { score } = a;
  return (
    <View className='card report-verdict' id='verdict'>
      <View className='report-verdict__head'>
        <Text className='report__heading'>{DASHBOARD_TEXT.verdict}</Text>
        <Text className={`verdict verdict--${score.verdict}`}>{score.verdictText}</Text>
      </View>
      <Text className='report-verdict__score'>
        {DASHBOARD_TEXT.total(formatPoints(score.total))} · {CLASS_NAMES.first} {formatPoints(score.firstClass)} · {CLASS_NAMES.second}{' '}
        {formatPoints(score.secondClass)}
      </Text>
      {score.qualified === true ? <Text className='report-verdict__qualified'>{ASSESSMENT_TEXT.qualified}</Text> : null}
      <Text className='report__note'>
        {a.suppressed ? STAGES_TEXT.suppressed(a.responses, SHOWN_FROM) : STAGES_TEXT.responses(a.responses)}
      </Text>
      {a.lock ? <Text className='report__note'>{STAGES_TEXT.locked(formatStamp(a.lock.at), staffName(a.lock.by))}</Text> : null}
      <View className='report-verdict__rates'>
        {RATE_IDS.map((id) => (
          <RateLine key={id} id={id} rate={a.rates[id]} />
        ))}
      </View>
    </View>
  );
}

function print() {
  if (process.env.TARO_ENV === 'h5') window.print();
}

function Report({ communityId, year }: { communityId: string; year: number }) {
  const assessment = useCall('getAssessment', { communityId, year });
  const outlook = useCall('getGradeOutlook', { communityId, year });
  const trend = useCall('getTrend', { communityId, fromYear: Math.max(FIRST_YEAR, year - TREND_SPAN + 1), toYear: year });
  // The counts per option the community shows (the same counts its rates are read from).
  const indicators = useCall('getIndicators', { communityId, year });
  const a = assessment.data;
  if (assessment.state.status === 'error') {
    return <CallError error={assessment.state.error} forbidden={DASHBOARD_TEXT.forbidden} onRetry={assessment.reload} />;
  }
  if (!a) return <Loading />;
  const row = [{ key: a.communityId, name: a.name, awareness: a.rates.awareness, satisfaction: a.rates.satisfaction }];
  return (
    <View className='report' id='report'>
      <View className='report__head'>
        <Text className='title report__title'>{DASHBOARD_TEXT.reportTitle(a.name, year)}</Text>
        <Text className='report__place'>{a.district}</Text>
      </View>
      <View className='report__actions no-print'>
        {process.env.TARO_ENV === 'h5' ? (
          <BigButton className='report__print' onClick={print}>
            {DASHBOARD_TEXT.print}
          </BigButton>
        ) : null}
        <BigButton variant='secondary' onClick={() => void Taro.navigateTo({ url: assessmentUrl(communityId, year) })}>
          {DASHBOARD_TEXT.openAssessment}
        </BigButton>
      </View>
      <View className='report__grid'>
        <Verdict a={a} />
        {outlook.data ? <OutlookPanel outlook={outlook.data} /> : null}
        {outlook.state.status === 'error' ? <ErrorNote message={outlook.state.error.message} onRetry={outlook.reload} /> : null}
        <RateBars id='report-rates' rows={row} />
        {indicators.data ? (
          <OptionBars
            id='report-options'
            rows={[{ key: a.communityId, name: a.name, options: indicators.data.communities[0]?.options ?? null }]}
          />
        ) : null}
        {indicators.state.status === 'error' ? <ErrorNote message={indicators.state.error.message} onRetry={indicators.reload} /> : null}
        {trend.data ? <TrendChart id='report-trend' series={trendSeries(trend.data.years, true)} /> : null}
      </View>
      <ItemsNotA assessment={a} />
    </View>
  );
}

export default function ReportPage() {
  const params = usePageQuery();
  const communityId = params.communityId ?? '';
  return (
    <ConsoleShell>
      <Screen className='report-page'>
        {communityId ? (
          <Report communityId={communityId} year={yearParam(params.year)} />
        ) : (
          <ErrorNote message={DASHBOARD_TEXT.noCommunity} />
        )}
      </Screen>
    </ConsoleShell>
  );
}
