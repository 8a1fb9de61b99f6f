// Each question's answers as one stacked bar of all its options, per community and pooled: the options the rate
// counts in shades of the accent colour, the others in greys, a legend naming each shade, each segment's count and
// share written under its bar. An option nobody chose draws no segment; the 数据表 lists every option, 0 included.
import { Text, View } from '@tarojs/components';
import type { TOptionCounts } from '../../../../../cloud/contract';
import { rateName, type RateId } from '../../../../assessment/names';
import { axisPercent } from '../../../../console/scale';
import { distributionOf, optionsOf, RATE_IDS, type Distribution, type OptionInfo } from '../../../../console/options';
import { formatPercent } from '../../../../common/format';
import { DASHBOARD_TEXT } from '../../../../text/dashboard';
import { ChartCard } from './ChartCard';
import { DataTable, type Column } from './DataTable';

export interface OptionRowData {
  key: string;
  name: string;
  /** The counts per option the server shows; null while withheld (fewer than 10 answers). */
  options: TOptionCounts | null;
}

const toneClass = (o: OptionInfo) => `option-tone--${o.counted ? 'counted' : 'other'}-${o.tone}`;

function OptionBar({ id, distribution }: { id: RateId; distribution: Distribution | null }) {
  return (
    <View className='option-bar'>
      <Text className='option-bar__label'>{DASHBOARD_TEXT.col[id]}</Text>
      <View className='option-bar__track'>
        {distribution
          ? distribution.parts
              .filter((p) => p.count > 0)
              .map((p) => <View key={p.id} className={`option-bar__part ${toneClass(p)}`} style={{ width: axisPercent(p.share) }} />)
          : null}
      </View>
      <Text className='option-bar__figures'>
        {distribution
          ? distribution.parts
              .filter((p) => p.count > 0)
              .map((p) => DASHBOARD_TEXT.optionFigure(p.label, p.count, formatPercent(p.share)))
              .join(' · ')
          : DASHBOARD_TEXT.none}
      </Text>
    </View>
  );
}

function Legend() {
  return (
    <View className='option-legend'>
      {RATE_IDS.map((q) => (
        <View key={q} className='option-legend__question'>
          <Text className='option-legend__name'>{DASHBOARD_TEXT.col[q]}</Text>
          {optionsOf(q).map((o) => (
            <View key={o.id} className='option-legend__item'>
              <View className={`option-legend__swatch ${toneClass(o)}`} />
              <Text>{o.counted ? DASHBOARD_TEXT.optionCounted(o.label) : o.label}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}

export function OptionBarsChart({ id, rows }: { id: string; rows: readonly OptionRowData[] }) {
  return (
    <View className='option-bars' id={id}>
      <Legend />
      {rows.map((row) => (
        <View key={row.key} className='option-bars__group' id={`${id}-${row.key}`}>
          <Text className='option-bars__name'>{row.name}</Text>
          {row.options ? (
            RATE_IDS.map((q) => <OptionBar key={q} id={q} distribution={distributionOf(row.options, q)} />)
          ) : (
            <Text className='chart-empty'>{DASHBOARD_TEXT.noRates}</Text>
          )}
        </View>
      ))}
    </View>
  );
}

interface OptionTableRow {
  key: string;
  name: string;
  question: RateId;
  option: (OptionInfo & { count: number; share: number }) | null;
}

const columns: Column<OptionTableRow>[] = [
  { key: 'name', title: DASHBOARD_TEXT.col.name, cell: (r) => r.name },
  { key: 'question', title: DASHBOARD_TEXT.question, cell: (r) => rateName(r.question) },
  { key: 'option', title: DASHBOARD_TEXT.option, cell: (r) => r.option?.label ?? DASHBOARD_TEXT.none },
  {
    key: 'counted',
    title: DASHBOARD_TEXT.optionInRate,
    cell: (r) => (r.option ? (r.option.counted ? DASHBOARD_TEXT.yes : DASHBOARD_TEXT.no) : DASHBOARD_TEXT.none),
  },
  {
    key: 'count',
    title: DASHBOARD_TEXT.optionCount,
    cell: (r) => (r.option ? String(r.option.count) : DASHBOARD_TEXT.none),
    numeric: true,
  },
  {
    key: 'share',
    title: DASHBOARD_TEXT.optionShare,
    cell: (r) => (r.option ? formatPercent(r.option.share) : DASHBOARD_TEXT.none),
    numeric: true,
  },
];

/** One line per option of each question of each row; a row whose counts are withheld has one line of dashes per question. */
export function OptionTable({ id, rows }: { id: string; rows: readonly OptionRowData[] }) {
  const flat = rows.flatMap((r) =>
    RATE_IDS.flatMap((q): OptionTableRow[] => {
      const d = distributionOf(r.options, q);
      if (!d) return [{ key: `${r.key}-${q}`, name: r.name, question: q, option: null }];
      return d.parts.map((p) => ({ key: `${r.key}-${q}-${p.id}`, name: r.name, question: q, option: p }));
    }),
  );
  return <DataTable id={id} columns={columns} rows={flat} rowKey={(r) => r.key} />;
}

/** `rows` in the order given: communities, then the pooled row if the page adds one. */
export function OptionBars({ id, rows, note }: { id: string; rows: readonly OptionRowData[]; note?: string }) {
  return (
    <ChartCard
      id={id}
      title={DASHBOARD_TEXT.optionsTitle}
      legend={note ? `${DASHBOARD_TEXT.optionsLegend}。${note}` : DASHBOARD_TEXT.optionsLegend}
      chart={<OptionBarsChart id={`${id}-chart`} rows={rows} />}
      table={<OptionTable id={`${id}-table`} rows={rows} />}
    />
  );
}
