// Each question's answers as one stacked bar: the options the rate counts (dark) and the others (light), per
// community and pooled. Counts and shares are written beside each bar and listed in the 数据表.
import { Text, View } from '@tarojs/components';
import { rateName, type RateId } from '../../../../assessment/names';
import { axisPercent } from '../../../../console/scale';
import { RATE_IDS, SPLIT_LABELS, splitOf, type Split } from '../../../../console/split';
import { formatPercent } from '../../../../common/format';
import { DASHBOARD_TEXT } from '../../../../text/dashboard';
import { ChartCard } from './ChartCard';
import { DataTable, type Column } from './DataTable';
import type { RateRowData } from './RateBars';

function SplitBar({ id, split }: { id: RateId; split: Split | null }) {
  const labels = SPLIT_LABELS[id];
  return (
    <View className='split-bar'>
      <Text className='split-bar__label'>{DASHBOARD_TEXT.col[id]}</Text>
      <View className='split-bar__track'>
        {split ? (
          <>
            <View
              className={`split-bar__part split-bar__part--counted split-bar__part--${id}`}
              style={{ width: axisPercent(split.countedShare) }}
            />
            <View className='split-bar__part split-bar__part--others' style={{ width: axisPercent(split.othersShare) }} />
          </>
        ) : null}
      </View>
      <Text className='split-bar__figures'>
        {split
          ? `${labels.counted} ${DASHBOARD_TEXT.persons(split.counted)}（${formatPercent(split.countedShare)}）· ${labels.others} ${DASHBOARD_TEXT.persons(split.others)}`
          : DASHBOARD_TEXT.none}
      </Text>
    </View>
  );
}

interface SplitRow {
  key: string;
  name: string;
  question: RateId;
  split: Split | null;
}

const columns: Column<SplitRow>[] = [
  { key: 'name', title: DASHBOARD_TEXT.col.name, cell: (r) => r.name },
  { key: 'question', title: DASHBOARD_TEXT.question, cell: (r) => rateName(r.question) },
  {
    key: 'counted',
    title: DASHBOARD_TEXT.splitCounted,
    cell: (r) => (r.split ? `${SPLIT_LABELS[r.question].counted}：${r.split.counted}` : DASHBOARD_TEXT.none),
  },
  {
    key: 'others',
    title: DASHBOARD_TEXT.splitOthers,
    cell: (r) => (r.split ? `${SPLIT_LABELS[r.question].others}：${r.split.others}` : DASHBOARD_TEXT.none),
  },
  { key: 'n', title: DASHBOARD_TEXT.sample, cell: (r) => (r.split ? String(r.split.n) : DASHBOARD_TEXT.none), numeric: true },
  {
    key: 'share',
    title: DASHBOARD_TEXT.splitShare,
    cell: (r) => (r.split ? formatPercent(r.split.countedShare) : DASHBOARD_TEXT.none),
    numeric: true,
  },
];

export function SplitTable({ id, rows }: { id: string; rows: readonly RateRowData[] }) {
  const flat = rows.flatMap((r) => RATE_IDS.map((q) => ({ key: `${r.key}-${q}`, name: r.name, question: q, split: splitOf(r[q]) })));
  return <DataTable id={id} columns={columns} rows={flat} rowKey={(r) => r.key} />;
}

export function SplitBarsChart({ id, rows }: { id: string; rows: readonly RateRowData[] }) {
  return (
    <View className='split-bars' id={id}>
      {rows.map((row) => (
        <View key={row.key} className='split-bars__group' id={`${id}-${row.key}`}>
          <Text className='split-bars__name'>{row.name}</Text>
          {row.awareness || row.satisfaction ? (
            RATE_IDS.map((q) => <SplitBar key={q} id={q} split={splitOf(row[q])} />)
          ) : (
            <Text className='chart-empty'>{DASHBOARD_TEXT.noRates}</Text>
          )}
        </View>
      ))}
    </View>
  );
}

/** `rows` in the order given: communities, then the pooled row if the page adds one. */
export function SplitBars({ id, rows, note }: { id: string; rows: readonly RateRowData[]; note?: string }) {
  return (
    <ChartCard
      id={id}
      title={DASHBOARD_TEXT.splitTitle}
      legend={note ? `${DASHBOARD_TEXT.splitLegend}。${note}` : DASHBOARD_TEXT.splitLegend}
      chart={<SplitBarsChart id={`${id}-chart`} rows={rows} />}
      table={<SplitTable id={`${id}-table`} rows={rows} />}
    />
  );
}
