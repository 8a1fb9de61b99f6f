// Both rates of each community or group as horizontal bars: the rate as the bar, its 95% interval as a whisker, the
// 85% target as a line across; a rate the server judged missed is red AND marked ✕ 未达标 in words.
import { Text, View } from '@tarojs/components';
import type { TRate } from '../../../../../cloud/contract';
import { RATE_TARGET_PERCENT } from '../../../../../cloud/contract/rules';
import { markOf } from '../../../../assessment/marks';
import type { RateId } from '../../../../assessment/names';
import { axisPercent } from '../../../../console/scale';
import { RATE_IDS } from '../../../../console/options';
import { formatInterval, formatPercent } from '../../../../common/format';
import { DASHBOARD_TEXT } from '../../../../text/dashboard';
import { OFFICIAL_TEXT } from '../../../../text/official';
import { ChartCard } from './ChartCard';
import { DataTable, type Column } from './DataTable';

export interface RateRowData {
  key: string;
  name: string;
  awareness: TRate | null;
  satisfaction: TRate | null;
}

const TARGET = axisPercent(RATE_TARGET_PERCENT / 100);
const shortName = (id: RateId) => DASHBOARD_TEXT.col[id];

/** A rate's verdict in words, with a symbol so it never rests on colour alone. */
export function markText(rate: TRate | null): string {
  const mark = markOf(rate);
  return `${DASHBOARD_TEXT.markSymbol[mark]} ${OFFICIAL_TEXT.marks[mark]}`;
}

function RateBar({ id, rate }: { id: RateId; rate: TRate | null }) {
  const mark = markOf(rate);
  return (
    <View className={`rate-bar rate-bar--${mark}`}>
      <Text className='rate-bar__label'>{shortName(id)}</Text>
      <View className='rate-bar__track'>
        {rate ? (
          <>
            <View className='rate-bar__fill' style={{ width: axisPercent(rate.rate) }} />
            <View
              className='rate-bar__whisker'
              style={{ left: axisPercent(rate.ci95[0]), width: axisPercent(rate.ci95[1] - rate.ci95[0]) }}
            />
          </>
        ) : null}
        <View className='rate-bar__target' style={{ left: TARGET }} />
      </View>
      <Text className='rate-bar__value'>{rate ? formatPercent(rate.rate) : DASHBOARD_TEXT.none}</Text>
      <Text className={`rate-bar__mark rate-bar__mark--${mark}`}>{markText(rate)}</Text>
    </View>
  );
}

function rateColumns(id: RateId): Column<RateRowData>[] {
  const name = shortName(id);
  return [
    { key: `${id}-rate`, title: name, cell: (r) => (r[id] ? formatPercent(r[id].rate) : DASHBOARD_TEXT.none), numeric: true },
    {
      key: `${id}-ci`,
      title: `${name}${DASHBOARD_TEXT.interval}`,
      cell: (r) => (r[id] ? formatInterval(r[id].ci95) : DASHBOARD_TEXT.none),
    },
    {
      key: `${id}-count`,
      title: `${name}${DASHBOARD_TEXT.count}`,
      cell: (r) => (r[id] ? String(r[id].count) : DASHBOARD_TEXT.none),
      numeric: true,
    },
    {
      key: `${id}-n`,
      title: `${name}${DASHBOARD_TEXT.sample}`,
      cell: (r) => (r[id] ? String(r[id].n) : DASHBOARD_TEXT.none),
      numeric: true,
    },
    { key: `${id}-mark`, title: `${name}${DASHBOARD_TEXT.judged}`, cell: (r) => markText(r[id]) },
  ];
}

export function RateTable({ id, rows }: { id: string; rows: readonly RateRowData[] }) {
  const columns: Column<RateRowData>[] = [
    { key: 'name', title: DASHBOARD_TEXT.col.name, cell: (r) => r.name },
    ...RATE_IDS.flatMap(rateColumns),
  ];
  return <DataTable id={id} columns={columns} rows={rows} rowKey={(r) => r.key} />;
}

export function RateBarsChart({ id, rows }: { id: string; rows: readonly RateRowData[] }) {
  return (
    <View className='rate-bars' id={id}>
      {rows.map((row) => (
        <View key={row.key} className='rate-bars__group' id={`${id}-${row.key}`}>
          <Text className='rate-bars__name'>{row.name}</Text>
          {row.awareness || row.satisfaction ? (
            RATE_IDS.map((rid) => <RateBar key={rid} id={rid} rate={row[rid]} />)
          ) : (
            <Text className='chart-empty'>{DASHBOARD_TEXT.noRates}</Text>
          )}
        </View>
      ))}
    </View>
  );
}

export function RateBars({ id, rows, title = DASHBOARD_TEXT.ratesTitle }: { id: string; rows: readonly RateRowData[]; title?: string }) {
  return (
    <ChartCard
      id={id}
      title={title}
      legend={DASHBOARD_TEXT.ratesLegend}
      chart={<RateBarsChart id={`${id}-chart`} rows={rows} />}
      table={<RateTable id={`${id}-table`} rows={rows} />}
    />
  );
}
