// The items of 一类 that are not at A (B, C or not yet assessed), with their text and points: what to work on.
import { Text, View } from '@tarojs/components';
import type { TAssessment } from '../../../../cloud/contract';
import { STANDARD_IN_FORCE } from '../../../../cloud/contract/rules';
import { displayId, formatPoints } from '../../../assessment/standard-view';
import { DASHBOARD_TEXT } from '../../../text/dashboard';
import { DataTable } from '../components/charts/DataTable';

const TEXT_OF = new Map<string, string>(STANDARD_IN_FORCE.indicators.flatMap((i) => i.items.map((item) => [item.id, item.text] as const)));

type Item = TAssessment['score']['items'][number];

export function ItemsNotA({ assessment }: { assessment: TAssessment }) {
  const items = assessment.score.items.filter((i) => i.state !== 'A');
  return (
    <View className='card report-items' id='items-not-a'>
      <Text className='report__heading'>
        {DASHBOARD_TEXT.notAtA}（{items.length}）
      </Text>
      {items.length === 0 ? (
        <Text className='report__note'>{DASHBOARD_TEXT.allAtA}</Text>
      ) : (
        <DataTable<Item>
          id='items-table'
          className='report-items__table'
          columns={[
            { key: 'id', title: DASHBOARD_TEXT.itemId, cell: (i) => displayId(i.id) },
            { key: 'text', title: DASHBOARD_TEXT.item, cell: (i) => <Text className='report-items__text'>{TEXT_OF.get(i.id) ?? ''}</Text> },
            { key: 'state', title: DASHBOARD_TEXT.state, cell: (i) => i.state ?? DASHBOARD_TEXT.notAssessed },
            {
              key: 'points',
              title: DASHBOARD_TEXT.points,
              cell: (i) => `${i.points === null ? DASHBOARD_TEXT.none : formatPoints(i.points)} / ${formatPoints(i.max)}`,
              numeric: true,
            },
          ]}
          rows={items}
          rowKey={(i) => i.id}
        />
      )}
    </View>
  );
}
