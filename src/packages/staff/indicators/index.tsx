// Indicators page (officials, workers, admins): each community's two rates against 85%.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Screen } from '../../../components/Screen';
import { BigButton } from '../../../components/BigButton';
import { Loading } from '../../../components/StatusView';
import { useCall } from '../../../hooks/useCall';
import { OFFICIAL_TEXT } from '../../../text/official';
import { CallError } from '../components/CallError';
import { RateRow } from './RateRow';
import { AssessmentLinks } from './AssessmentLinks';
import './index.scss';

const FIRST_YEAR = 2017; // the programme's first year (舟政发〔2017〕26号)

export default function IndicatorsPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const { state, reload } = useCall('getIndicators', year === undefined ? {} : { year });
  const shown = state.status === 'ready' ? state.data.year : year;
  const thisYear = new Date().getFullYear();

  return (
    <Screen className='indicators-page'>
      <Text className='title'>{OFFICIAL_TEXT.indicatorsTitle}</Text>
      <Text className='subtitle'>{OFFICIAL_TEXT.target}</Text>
      {shown !== undefined ? (
        <View className='year-picker'>
          <BigButton variant='secondary' disabled={shown <= FIRST_YEAR} onClick={() => setYear(shown - 1)}>
            {OFFICIAL_TEXT.prevYear}
          </BigButton>
          <Text className='year-picker__year'>{OFFICIAL_TEXT.year(shown)}</Text>
          <BigButton variant='secondary' disabled={shown >= thisYear} onClick={() => setYear(shown + 1)}>
            {OFFICIAL_TEXT.nextYear}
          </BigButton>
        </View>
      ) : null}
      {shown !== undefined ? <AssessmentLinks year={shown} /> : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <CallError error={state.error} forbidden={OFFICIAL_TEXT.forbidden} onRetry={reload} /> : null}
      {state.status === 'ready' && state.data.communities.length === 0 ? (
        <Text className='subtitle'>{OFFICIAL_TEXT.noCommunities}</Text>
      ) : null}
      {state.status === 'ready'
        ? state.data.communities.map((c) => (
            <View key={c.communityId} className='card community-rates'>
              <Text className='community-rates__name'>{c.name}</Text>
              <RateRow label={OFFICIAL_TEXT.awareness} rate={c.awareness} />
              <RateRow label={OFFICIAL_TEXT.satisfaction} rate={c.satisfaction} />
            </View>
          ))
        : null}
    </Screen>
  );
}
