// A chart with its figures: the drawing, and a 数据表 toggle that shows the same figures as a table for people who
// cannot read the chart (and for copying into a report).
import { useState, type ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { DASHBOARD_TEXT } from '../../../../text/dashboard';

interface Props {
  id: string;
  title: string;
  legend?: string;
  chart: ReactNode;
  table: ReactNode;
  className?: string;
  /** Shown under the chart or table alike (what the figures mean for a decision). */
  children?: ReactNode;
}

export function ChartCard({ id, title, legend, chart, table, className = '', children }: Props) {
  const [tableShown, setTableShown] = useState(false);
  return (
    <View className={`card chart-card ${className}`} id={id}>
      <View className='chart-card__head'>
        <Text className='chart-card__title'>{title}</Text>
        <View
          className='chart-card__toggle'
          id={`${id}-toggle`}
          ariaRole='button'
          hoverClass='chart-card__toggle--pressed'
          onClick={() => setTableShown((shown) => !shown)}
        >
          <Text>{tableShown ? DASHBOARD_TEXT.showChart : DASHBOARD_TEXT.showTable}</Text>
        </View>
      </View>
      {legend && !tableShown ? <Text className='chart-card__legend'>{legend}</Text> : null}
      <View className='chart-card__body'>{tableShown ? table : chart}</View>
      {children}
    </View>
  );
}
