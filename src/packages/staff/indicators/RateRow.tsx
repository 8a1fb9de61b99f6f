// One rate of one community: the figure, its sample and interval, and the verdict the server judged against the target.
import { Text, View } from '@tarojs/components';
import type { TRate } from '../../../../cloud/contract';
import { formatInterval, formatPercent } from '../../../common/format';
import { markOf, settleHint } from '../../../assessment/marks';
import { OFFICIAL_TEXT } from '../../../text/official';

export function RateRow({ label, rate }: { label: string; rate: TRate | null }) {
  const mark = markOf(rate);
  const hint = settleHint(rate);
  return (
    <View className='rate-row'>
      <View className='rate-row__head'>
        <Text className='rate-row__label'>{label}</Text>
        <Text className={`rate-row__mark rate-row__mark--${mark}`}>{OFFICIAL_TEXT.marks[mark]}</Text>
      </View>
      {rate ? (
        <View className='rate-row__body'>
          <Text className='rate-row__value'>{formatPercent(rate.rate)}</Text>
          <Text className='rate-row__detail'>
            {OFFICIAL_TEXT.sample(rate.n)} · {OFFICIAL_TEXT.interval(formatInterval(rate.ci95))}
          </Text>
          {hint ? <Text className='rate-row__hint'>{hint}</Text> : null}
        </View>
      ) : null}
    </View>
  );
}
