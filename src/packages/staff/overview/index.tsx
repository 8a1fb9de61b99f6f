// City overview (officials): every community's verdict, total, 一类/二类 and two rates; the way into each
// assessment; the scorecards export.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TAssessment, TRate } from '../../../../cloud/contract';
import { CLASS_NAMES, rateName } from '../../../assessment/names';
import { openExport } from '../../../assessment/openExport';
import { formatPoints } from '../../../assessment/standard-view';
import { assessmentUrl, consoleUrl, standardUrl } from '../../../routes';
import { callCloud } from '../../../common/api/cloud';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { Loading } from '../../../common/components/StatusView';
import { formatPercent, formatStamp } from '../../../common/format';
import { useAction } from '../../../common/hooks/useAction';
import { useCall } from '../../../common/hooks/useCall';
import { usePageQuery, yearParam } from '../../../common/hooks/usePageQuery';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { DASHBOARD_TEXT } from '../../../text/dashboard';
import { STAGES_TEXT } from '../../../text/stages';
import { SHOWN_FROM } from '../../../../cloud/contract/rules';
import { staffName } from '../../../assessment/staffName';
import './index.scss';

const rateText = (rate: TRate | null) => (rate ? formatPercent(rate.rate) : ASSESSMENT_TEXT.noRate);

const figuresOf = ({ score, rates }: TAssessment): [string, string][] => [
  [ASSESSMENT_TEXT.total, formatPoints(score.total)],
  [CLASS_NAMES.first, formatPoints(score.firstClass)],
  [CLASS_NAMES.second, formatPoints(score.secondClass)],
  [rateName('awareness'), rateText(rates.awareness)],
  [rateName('satisfaction'), rateText(rates.satisfaction)],
];

function ExportButton({ year }: { year: number }) {
  const action = useAction();
  const run = () =>
    action.run(
      async () => {
        const { url, fileName, fileId } = await callCloud('exportScorecards', { year });
        await openExport(url, fileName, fileId);
        return fileName;
      },
      { done: ASSESSMENT_TEXT.exported, failed: (e) => ASSESSMENT_TEXT.exportFailed(e.message) },
    );
  return (
    <View className='export'>
      <BigButton variant='secondary' disabled={action.busy} onClick={run}>
        {action.busy ? ASSESSMENT_TEXT.exporting : ASSESSMENT_TEXT.exportButton}
      </BigButton>
      <ActionResult result={action.result} />
    </View>
  );
}

export default function OverviewPage() {
  const year = yearParam(usePageQuery().year);
  const { state, data, reload } = useCall('listAssessments', { year });
  return (
    <ConsoleShell>
      <Screen className='overview-page'>
        <Text className='title'>{ASSESSMENT_TEXT.overviewTitle(year)}</Text>
        <BigButton variant='link' onClick={() => Taro.navigateTo({ url: standardUrl() })}>
          {ASSESSMENT_TEXT.standardLink}
        </BigButton>
        <BigButton variant='link' onClick={() => Taro.navigateTo({ url: consoleUrl(year) })}>
          {DASHBOARD_TEXT.link}
        </BigButton>
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'error' ? <CallError error={state.error} forbidden={ASSESSMENT_TEXT.forbidden} onRetry={reload} /> : null}
        {data ? (
          <>
            <ExportButton year={year} />
            {data.assessments.length === 0 ? <Text className='subtitle'>{ASSESSMENT_TEXT.noCommunities}</Text> : null}
            {data.assessments.map((a) => (
              <View key={a.communityId} className='card overview-card' id={`community-${a.communityId}`}>
                <View className='overview-card__head'>
                  <Text className='overview-card__name'>{a.name}</Text>
                  <Text className={`verdict verdict--${a.score.verdict}`}>{a.score.verdictText}</Text>
                </View>
                <Text className='overview-card__district'>{a.district}</Text>
                <Text className='overview-card__responses'>
                  {a.suppressed ? STAGES_TEXT.suppressed(a.responses, SHOWN_FROM) : STAGES_TEXT.responses(a.responses)}
                </Text>
                {a.lock ? (
                  <Text className='overview-card__locked'>{STAGES_TEXT.locked(formatStamp(a.lock.at), staffName(a.lock.by))}</Text>
                ) : null}
                <View className='overview-card__figures'>
                  {figuresOf(a).map(([label, value]) => (
                    <Text key={label} className='overview-card__figure'>
                      {label} {value}
                    </Text>
                  ))}
                </View>
                <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: assessmentUrl(a.communityId, year) })}>
                  {ASSESSMENT_TEXT.open}
                </BigButton>
              </View>
            ))}
          </>
        ) : null}
      </Screen>
    </ConsoleShell>
  );
}
