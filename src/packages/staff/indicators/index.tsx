// Indicators page (officials, workers, admins): each community's two rates against the target.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { SHOWN_FROM, shanghaiYear } from '../../../../cloud/contract/rules';
import { FIRST_YEAR } from '../../../../cloud/contract/rules/ids';
import { rateName } from '../../../assessment/names';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Loading } from '../../../common/components/StatusView';
import { useCall } from '../../../common/hooks/useCall';
import { OFFICIAL_TEXT } from '../../../text/official';
import { STAGES_TEXT } from '../../../text/stages';
import { RateRow } from './RateRow';
import { StaffLinks } from './StaffLinks';
import './index.scss';

export default function IndicatorsPage() {
  const [year, setYear] = useState<number | undefined>(undefined);
  const { state, data, reload } = useCall('getIndicators', year === undefined ? {} : { year });
  const shown = data?.year ?? year;
  const thisYear = shanghaiYear();

  return (
    <ConsoleShell>
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
        {shown !== undefined ? <StaffLinks year={shown} /> : null}
        {state.status === 'loading' ? <Loading /> : null}
        {state.status === 'error' ? <CallError error={state.error} forbidden={OFFICIAL_TEXT.forbidden} onRetry={reload} /> : null}
        {data && data.communities.length === 0 ? <Text className='subtitle'>{OFFICIAL_TEXT.noCommunities}</Text> : null}
        {data?.communities.map((c) => (
          <View key={c.communityId} className='card community-rates'>
            <Text className='community-rates__name'>{c.name}</Text>
            <Text className='community-rates__responses'>
              {c.suppressed ? STAGES_TEXT.suppressed(c.responses, SHOWN_FROM) : STAGES_TEXT.responses(c.responses)}
            </Text>
            <RateRow label={rateName('awareness')} rate={c.awareness} />
            <RateRow label={rateName('satisfaction')} rate={c.satisfaction} />
          </View>
        ))}
      </Screen>
    </ConsoleShell>
  );
}
