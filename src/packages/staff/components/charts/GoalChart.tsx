// The city's own goal (2019 年底全市80%以上的城市社区…建成"幸福社区"): per district, the share of its urban and of
// its rural communities graded 达标, against the target line; a share short of it is red and says 未达目标.
import { Text, View } from '@tarojs/components';
import { axisPercent } from '../../../../console/scale';
import type { GoalBar, GoalRow } from '../../../../console/series';
import { formatPercent } from '../../../../common/format';
import { DASHBOARD_TEXT } from '../../../../text/dashboard';
import { ChartCard } from './ChartCard';
import { DataTable, type Column } from './DataTable';

const tone = (b: GoalBar) => (b.reached === null ? 'none' : b.reached ? 'meets' : 'fails');
const reachedText = (b: GoalBar) =>
  b.reached === null
    ? DASHBOARD_TEXT.noCommunitiesOfKind
    : b.reached
      ? `✓ ${DASHBOARD_TEXT.goalReached}`
      : `✕ ${DASHBOARD_TEXT.goalNotReached}`;
const shareText = (b: GoalBar) => (b.share === null ? DASHBOARD_TEXT.none : formatPercent(b.share));

function Bar({ bar, target }: { bar: GoalBar; target: number }) {
  return (
    <View className={`goal-bar goal-bar--${tone(bar)}`}>
      <Text className='goal-bar__label'>{DASHBOARD_TEXT.kinds[bar.kind]}</Text>
      <View className='goal-bar__track'>
        {bar.share !== null ? <View className='goal-bar__fill' style={{ width: axisPercent(bar.share) }} /> : null}
        <View className='goal-bar__target' style={{ left: axisPercent(target) }} />
      </View>
      <Text className='goal-bar__value'>
        {shareText(bar)}（{DASHBOARD_TEXT.goalOf(bar.met, bar.total)}）
      </Text>
      <Text className={`goal-bar__mark goal-bar__mark--${tone(bar)}`}>{reachedText(bar)}</Text>
    </View>
  );
}

function columnsFor(kinds: readonly GoalBar['kind'][]): Column<GoalRow>[] {
  const of = (r: GoalRow, kind: GoalBar['kind']) => r.bars.find((b) => b.kind === kind);
  return [
    { key: 'name', title: DASHBOARD_TEXT.col.name, cell: (r) => r.name },
    ...kinds.flatMap((kind): Column<GoalRow>[] => {
      const name = DASHBOARD_TEXT.kinds[kind];
      return [
        {
          key: `${kind}-met`,
          title: `${name}${DASHBOARD_TEXT.goalMet}`,
          cell: (r) => {
            const b = of(r, kind);
            return b ? DASHBOARD_TEXT.goalOf(b.met, b.total) : DASHBOARD_TEXT.none;
          },
          numeric: true,
        },
        {
          key: `${kind}-share`,
          title: `${name}${DASHBOARD_TEXT.goalShare}`,
          cell: (r) => {
            const b = of(r, kind);
            return b ? shareText(b) : DASHBOARD_TEXT.none;
          },
          numeric: true,
        },
        {
          key: `${kind}-reached`,
          title: `${name}${DASHBOARD_TEXT.judged}`,
          cell: (r) => {
            const b = of(r, kind);
            return b ? reachedText(b) : DASHBOARD_TEXT.none;
          },
        },
      ];
    }),
  ];
}

interface Props {
  id: string;
  rows: readonly GoalRow[];
  /** The share to reach (getCityProgress's `target`) and where it comes from (its `targetText`). */
  target: number;
  source: string;
}

export function GoalChart({ id, rows, target, source }: Props) {
  const percent = `${Math.round(target * 100)}%`;
  const kinds = (['urban', 'rural'] as const).filter((k) => rows.some((r) => r.bars.some((b) => b.kind === k)));
  return (
    <ChartCard
      id={id}
      title={DASHBOARD_TEXT.goalTitle(percent)}
      legend={DASHBOARD_TEXT.goalLegend(percent, source)}
      chart={
        <View className='goal-chart' id={`${id}-chart`}>
          {rows.map((row) => (
            <View key={row.key} className='goal-chart__group' id={`${id}-chart-${row.key}`}>
              <Text className='goal-chart__name'>{row.name}</Text>
              {row.bars.some((b) => b.total > 0) ? (
                row.bars.filter((b) => b.total > 0).map((b) => <Bar key={b.kind} bar={b} target={target} />)
              ) : (
                <Text className='chart-empty'>{DASHBOARD_TEXT.noCommunitiesHere}</Text>
              )}
            </View>
          ))}
        </View>
      }
      table={<DataTable id={`${id}-table`} columns={columnsFor(kinds)} rows={rows} rowKey={(r) => r.key} />}
    />
  );
}
