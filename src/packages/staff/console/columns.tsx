// The drill-down's table columns: a group's (district, street) figures, or a community's; every column sorts.
import { Text } from '@tarojs/components';
import type { TRate, TRollupRow } from '../../../../cloud/contract';
import { markOf } from '../../../assessment/marks';
import { formatPoints } from '../../../assessment/standard-view';
import { formatPercent } from '../../../common/format';
import { STANDARD_IN_FORCE } from '../../../../cloud/contract/rules';
import { DASHBOARD_TEXT } from '../../../text/dashboard';
import type { Column } from '../components/charts/DataTable';

const T = DASHBOARD_TEXT.col;
/** The standard's grades, best first (优秀, 良好, 合格, 不合格). */
export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;

export const rowKey = (r: TRollupRow): string => r.communityId ?? `${r.district ?? ''}/${r.street ?? ''}/${r.name}`;

/** A rate in a cell: the figure and its verdict's symbol (✕ for missed), coloured as the chart colours it. */
function RateCell({ rate }: { rate: TRate | null }) {
  if (!rate) return <Text className='mark-text mark-text--none'>{DASHBOARD_TEXT.none}</Text>;
  const mark = markOf(rate);
  return (
    <Text className={`mark-text mark-text--${mark}`}>
      {formatPercent(rate.rate)} {DASHBOARD_TEXT.markSymbol[mark]}
    </Text>
  );
}

const rateColumn = (id: 'awareness' | 'satisfaction'): Column<TRollupRow> => ({
  key: id,
  title: T[id],
  cell: (r) => <RateCell rate={r[id]} />,
  sortValue: (r) => r[id]?.rate ?? null,
  numeric: true,
});

const common: Column<TRollupRow>[] = [{ key: 'name', title: T.name, cell: (r) => r.name, sortValue: (r) => r.name, firstDir: 'asc' }];

const answers: Column<TRollupRow> = {
  key: 'answers',
  title: T.answers,
  cell: (r) => String(r.responses),
  sortValue: (r) => r.responses,
  numeric: true,
};

/** The columns of a table of groups: districts of the city, streets of a district. */
export const GROUP_COLUMNS: Column<TRollupRow>[] = [
  ...common,
  {
    key: 'communities',
    title: `${T.communities}（${T.urbanRural}）`,
    cell: (r) => `${r.communities.total}（${DASHBOARD_TEXT.urbanRural(r.communities.urban, r.communities.rural)}）`,
    sortValue: (r) => r.communities.total,
    numeric: true,
  },
  answers,
  rateColumn('awareness'),
  rateColumn('satisfaction'),
  {
    key: 'awarenessMet',
    title: T.awarenessMet,
    cell: (r) => String(r.targets.awareness.meets),
    sortValue: (r) => r.targets.awareness.meets,
    numeric: true,
  },
  {
    key: 'satisfactionMet',
    title: T.satisfactionMet,
    cell: (r) => String(r.targets.satisfaction.meets),
    sortValue: (r) => r.targets.satisfaction.meets,
    numeric: true,
  },
  { key: 'graded', title: T.graded, cell: (r) => String(r.assessments.graded), sortValue: (r) => r.assessments.graded, numeric: true },
  {
    key: 'qualified',
    title: T.qualified,
    cell: (r) => String(r.assessments.qualified),
    sortValue: (r) => r.assessments.qualified,
    numeric: true,
  },
  ...GRADES.map((g): Column<TRollupRow> => ({
    key: g,
    title: STANDARD_IN_FORCE.grades[g].name,
    cell: (r) => String(r.assessments.byGrade[g]),
    sortValue: (r) => r.assessments.byGrade[g],
    numeric: true,
  })),
];

/** Whether a community meets a target: 是 / 否 from its own figures, — while its rate is withheld. */
const meets = (r: TRollupRow, id: 'awareness' | 'satisfaction') =>
  r[id] === null ? DASHBOARD_TEXT.none : r.targets[id].meets > 0 ? DASHBOARD_TEXT.yes : DASHBOARD_TEXT.no;
const meetsOrder = (r: TRollupRow, id: 'awareness' | 'satisfaction') => (r[id] === null ? null : r.targets[id].meets);

/** The columns of a table of one street's communities. */
export const COMMUNITY_COLUMNS: Column<TRollupRow>[] = [
  ...common,
  {
    key: 'kind',
    title: T.kind,
    cell: (r) => (r.community ? DASHBOARD_TEXT.kinds[r.community.kind] : DASHBOARD_TEXT.none),
    sortValue: (r) => (r.community ? DASHBOARD_TEXT.kinds[r.community.kind] : null),
    firstDir: 'asc',
  },
  answers,
  rateColumn('awareness'),
  rateColumn('satisfaction'),
  { key: 'awarenessMet', title: T.awarenessMet, cell: (r) => meets(r, 'awareness'), sortValue: (r) => meetsOrder(r, 'awareness') },
  {
    key: 'satisfactionMet',
    title: T.satisfactionMet,
    cell: (r) => meets(r, 'satisfaction'),
    sortValue: (r) => meetsOrder(r, 'satisfaction'),
  },
  {
    key: 'verdict',
    title: T.verdict,
    cell: (r) => r.community?.verdictText ?? DASHBOARD_TEXT.none,
    sortValue: (r) => r.community?.verdictText ?? null,
    firstDir: 'asc',
  },
  {
    key: 'total',
    title: T.total,
    cell: (r) => (r.community?.total != null ? formatPoints(r.community.total) : DASHBOARD_TEXT.none),
    sortValue: (r) => r.community?.total ?? null,
    numeric: true,
  },
  {
    key: 'qualified',
    title: T.qualified,
    cell: (r) => (r.assessments.graded === 0 ? DASHBOARD_TEXT.none : r.assessments.qualified > 0 ? DASHBOARD_TEXT.yes : DASHBOARD_TEXT.no),
    sortValue: (r) => (r.assessments.graded === 0 ? null : r.assessments.qualified),
  },
];
