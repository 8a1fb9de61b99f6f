// City overview (officials): every community's verdict, total, 一类/二类 and two rates; the way into each
// assessment; the scorecards export.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TAssessment, TRate } from '../../../../cloud/contract';
import { Screen } from '../../../components/Screen';
import { BigButton } from '../../../components/BigButton';
import { Loading } from '../../../components/StatusView';
import { useCall } from '../../../hooks/useCall';
import { asApiCallError, callCloud } from '../../../api/cloud';
import { formatPercent } from '../../../official/format';
import { assessmentUrl, STANDARD_URL, yearParam } from '../../../official/links';
import { openExport } from '../../../official/openExport';
import { formatPoints } from '../../../official/standard-view';
import { ASSESSMENT_TEXT } from '../../../text/assessment';
import { CallError } from '../components/CallError';
import './index.scss';
import { usePageQuery } from '../../../hooks/usePageQuery';

const rateText = (rate: TRate | null) => (rate ? formatPercent(rate.rate) : ASSESSMENT_TEXT.noRate);

const figuresOf = ({ score, rates }: TAssessment): [string, string][] => [
  [ASSESSMENT_TEXT.total, formatPoints(score.total)],
  [ASSESSMENT_TEXT.firstClass, formatPoints(score.firstClass)],
  [ASSESSMENT_TEXT.secondClass, formatPoints(score.secondClass)],
  [ASSESSMENT_TEXT.awareness, rateText(rates.awareness)],
  [ASSESSMENT_TEXT.satisfaction, rateText(rates.satisfaction)],
];

function ExportButton({ year }: { year: number }) {
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      const { url, fileName } = await callCloud('exportScorecards', { year });
      await openExport(url, fileName);
      setResult({ ok: true, message: ASSESSMENT_TEXT.exported(fileName) });
    } catch (e) {
      setResult({ ok: false, message: ASSESSMENT_TEXT.exportFailed(asApiCallError(e).message) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className='export'>
      <BigButton variant='secondary' disabled={busy} onClick={run}>
        {busy ? ASSESSMENT_TEXT.exporting : ASSESSMENT_TEXT.exportButton}
      </BigButton>
      {result ? <Text className={`export__result export__result--${result.ok ? 'ok' : 'error'}`}>{result.message}</Text> : null}
    </View>
  );
}

export default function OverviewPage() {
  const year = yearParam(usePageQuery().year);
  const { state, reload } = useCall('listAssessments', { year });
  return (
    <Screen className='overview-page'>
      <Text className='title'>{ASSESSMENT_TEXT.overviewTitle(year)}</Text>
      <BigButton variant='link' onClick={() => Taro.navigateTo({ url: STANDARD_URL })}>
        {ASSESSMENT_TEXT.standardLink}
      </BigButton>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <CallError error={state.error} forbidden={ASSESSMENT_TEXT.forbidden} onRetry={reload} /> : null}
      {state.status === 'ready' ? (
        <>
          <ExportButton year={year} />
          {state.data.assessments.length === 0 ? <Text className='subtitle'>{ASSESSMENT_TEXT.noCommunities}</Text> : null}
          {state.data.assessments.map((a) => (
            <View key={a.communityId} className='card overview-card' id={`community-${a.communityId}`}>
              <View className='overview-card__head'>
                <Text className='overview-card__name'>{a.name}</Text>
                <Text className={`verdict verdict--${a.score.verdict}`}>{a.score.verdictText}</Text>
              </View>
              <Text className='overview-card__district'>{a.district}</Text>
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
  );
}
