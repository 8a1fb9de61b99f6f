// A figure across years as columns, one small chart per figure (知晓率, 满意度, 总分) so each keeps its own axis;
// a year without answers or without a score shows 无 rather than a zero. The 数据表 lists every year's figures.
import { Text, View } from '@tarojs/components';
import { onAxis } from '../../../../console/scale';
import type { TrendSeries } from '../../../../console/series';
import { DASHBOARD_TEXT } from '../../../../text/dashboard';
import { ChartCard } from './ChartCard';
import { DataTable, type Column } from './DataTable';

function Series({ id, series }: { id: string; series: TrendSeries }) {
  return (
    <View className='trend-series' id={`${id}-${series.key}`}>
      <Text className='trend-series__label'>
        {series.label}
        {series.targetText ? <Text className='trend-series__target-text'>{series.targetText}</Text> : null}
      </Text>
      <View className='trend-series__plot'>
        {series.points.map((p) => (
          <View key={p.year} className='trend-series__slot'>
            <Text className={`trend-series__value${p.value === null ? ' trend-series__value--none' : ''}`}>
              {p.value === null ? DASHBOARD_TEXT.noValue : p.text}
            </Text>
            <View className='trend-series__column-box'>
              {series.target !== undefined ? (
                <View className='trend-series__target' style={{ bottom: onAxis(series.target, series.max) }} />
              ) : null}
              {p.value !== null ? (
                <View
                  className={`trend-series__column${p.tone ? ` trend-series__column--${p.tone}` : ''}`}
                  style={{ height: onAxis(p.value, series.max) }}
                />
              ) : null}
            </View>
            <Text className='trend-series__year'>{p.year}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

interface YearRow {
  year: number;
  texts: Record<string, string>;
}

export function TrendTable({ id, series }: { id: string; series: readonly TrendSeries[] }) {
  const years = series[0]?.points.map((p) => p.year) ?? [];
  const rows: YearRow[] = years.map((year) => ({
    year,
    texts: Object.fromEntries(
      series.map((s) => {
        const p = s.points.find((q) => q.year === year);
        return [s.key, p && p.value !== null ? p.text : DASHBOARD_TEXT.noValue];
      }),
    ),
  }));
  const columns: Column<YearRow>[] = [
    { key: 'year', title: DASHBOARD_TEXT.year, cell: (r) => String(r.year) },
    ...series.map((s): Column<YearRow> => ({ key: s.key, title: s.label, cell: (r) => r.texts[s.key], numeric: true })),
  ];
  return <DataTable id={id} columns={columns} rows={rows} rowKey={(r) => String(r.year)} />;
}

export function TrendChart({
  id,
  series,
  title = DASHBOARD_TEXT.trendTitle,
}: {
  id: string;
  series: readonly TrendSeries[];
  title?: string;
}) {
  return (
    <ChartCard
      id={id}
      title={title}
      legend={DASHBOARD_TEXT.trendLegend}
      chart={
        <View className='trend-chart' id={`${id}-chart`}>
          {series.map((s) => (
            <Series key={s.key} id={`${id}-chart`} series={s} />
          ))}
        </View>
      }
      table={<TrendTable id={`${id}-table`} series={series} />}
    />
  );
}
