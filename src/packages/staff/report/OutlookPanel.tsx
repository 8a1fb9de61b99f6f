// How sure the grade is (getGradeOutlook): the probability of each outcome and of 达标 given the sample, and how
// many further answers would settle the verdict; or why there is nothing to work out yet.
import { Text, View } from '@tarojs/components';
import type { TGetGradeOutlookOutput } from '../../../../cloud/contract';
import { STANDARD_IN_FORCE } from '../../../../cloud/contract/rules';
import { axisPercent } from '../../../console/scale';
import { formatPercent } from '../../../common/format';
import { DASHBOARD_TEXT } from '../../../text/dashboard';
import { ChartCard } from '../components/charts/ChartCard';
import { DataTable } from '../components/charts/DataTable';
import { GRADES } from '../console/columns';

type Outlook = TGetGradeOutlookOutput;
type Outcome = (typeof GRADES)[number] | 'ineligible' | 'qualified';
interface OutcomeRow {
  key: Outcome;
  name: string;
  p: number;
}

const S = DASHBOARD_TEXT.settle;

/** One line per question the extra answers settle: the verdict, and whether it is 达标. */
function settleLines(o: Outlook): string[] {
  if (!o.moreAnswers) return [];
  const line = (what: string, k: number | null) => (k === null ? S.never(what) : k === 0 ? S.done(what) : S.more(what, k));
  return [line(S.verdict, o.moreAnswers.verdict), line(S.qualified, o.moreAnswers.qualified)];
}

function statusNote(o: Outlook): string {
  return o.status === 'incomplete' ? DASHBOARD_TEXT.outlookStatus.incomplete(o.missing) : DASHBOARD_TEXT.outlookStatus[o.status];
}

export function outcomeRows(o: Outlook): OutcomeRow[] {
  if (!o.outcomes || o.qualified === null) return [];
  const outcomes = o.outcomes;
  return [
    ...GRADES.map((g) => ({ key: g, name: STANDARD_IN_FORCE.grades[g].name, p: outcomes[g] })),
    { key: 'ineligible' as const, name: DASHBOARD_TEXT.ineligible, p: outcomes.ineligible },
    { key: 'qualified' as const, name: DASHBOARD_TEXT.qualifiedOutcome, p: o.qualified },
  ];
}

export function OutlookPanel({ outlook }: { outlook: Outlook }) {
  const rows = outcomeRows(outlook);
  const note = statusNote(outlook);
  const settle = settleLines(outlook).map((line) => (
    <Text key={line} className='report__settle'>
      {line}
    </Text>
  ));
  if (rows.length === 0) {
    return (
      <View className='card report-outlook' id='outlook'>
        <Text className='report__heading'>{DASHBOARD_TEXT.outlookTitle}</Text>
        {note ? <Text className='report__note'>{note}</Text> : null}
        {settle}
      </View>
    );
  }
  return (
    <ChartCard
      id='outlook'
      className='report-outlook'
      title={DASHBOARD_TEXT.outlookTitle}
      legend={[note, DASHBOARD_TEXT.outlookNote(formatPercent(outlook.confidence))].filter(Boolean).join(' ')}
      chart={
        <View className='report-outlook__bars' id='outlook-bars'>
          {rows.map((r) => (
            <View key={r.key} className={`outlook-bar outlook-bar--${r.key}`}>
              <Text className='outlook-bar__name'>{r.name}</Text>
              <View className='outlook-bar__track'>
                <View className='outlook-bar__fill' style={{ width: axisPercent(r.p) }} />
              </View>
              <Text className='outlook-bar__value'>{formatPercent(r.p)}</Text>
            </View>
          ))}
        </View>
      }
      table={
        <DataTable
          id='outlook-table'
          columns={[
            { key: 'name', title: DASHBOARD_TEXT.outlookOutcome, cell: (r) => r.name },
            { key: 'p', title: DASHBOARD_TEXT.outlookProbability, cell: (r) => formatPercent(r.p), numeric: true },
          ]}
          rows={rows}
          rowKey={(r) => r.key}
        />
      }
    >
      {settle}
    </ChartCard>
  );
}
