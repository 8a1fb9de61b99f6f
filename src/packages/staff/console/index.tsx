// The officials' console (admins, officials in their area): city → 县（区）/功能区 → 乡镇（街道）→ 社区. Each level a
// table that sorts by any column (a row opens the level below; a community its one-page report), the level's own
// pooled figures, and charts read instead of tables: both rates with their intervals, each question's options, the
// city's goal per district and the trend across years. Every figure is the server's, formatted only.
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { TRollupRow } from '../../../../cloud/contract';
import { FIRST_YEAR } from '../../../../cloud/contract/rules/ids';
import { rollupScope, shanghaiYear, type Scope } from '../../../../cloud/contract/rules';
import { markOf } from '../../../assessment/marks';
import { childPlace, crumbsOf, levelOf, placeKey, startPlace, type Place } from '../../../console/place';
import { goalRows, trendSeries } from '../../../console/series';
import { useRollup } from '../../../console/useRollup';
import { communityReportUrl } from '../../../routes';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { formatPercent } from '../../../common/format';
import { useCall } from '../../../common/hooks/useCall';
import { useMe } from '../../../common/hooks/useMe';
import { usePageQuery, yearParam } from '../../../common/hooks/usePageQuery';
import { DASHBOARD_TEXT } from '../../../text/dashboard';
import { OFFICIAL_TEXT } from '../../../text/official';
import { DataTable } from '../components/charts/DataTable';
import { GoalChart } from '../components/charts/GoalChart';
import { RateBars } from '../components/charts/RateBars';
import { OptionBars } from '../components/charts/OptionBars';
import { TrendChart } from '../components/charts/TrendChart';
import { COMMUNITY_COLUMNS, GROUP_COLUMNS, rowKey } from './columns';
import './index.scss';

/** How many years the trend shows, this one included. */
const TREND_SPAN = 5;

function Crumbs({ place, scope, onGo }: { place: Place; scope: Scope; onGo: (p: Place) => void }) {
  const crumbs = crumbsOf(place, scope, DASHBOARD_TEXT.city);
  return (
    <View className='crumbs' id='crumbs' ariaLabel={DASHBOARD_TEXT.crumbsLabel}>
      {crumbs.map((c, i) => {
        const last = i === crumbs.length - 1;
        return (
          <View key={placeKey(c.place)} className='crumbs__item'>
            {i > 0 ? <Text className='crumbs__sep'>›</Text> : null}
            {last ? (
              <Text className='crumbs__here'>{c.label}</Text>
            ) : (
              <Text className='crumbs__link' id={`crumb-${i}`} onClick={() => onGo(c.place)}>
                {c.label}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}

function YearStep({ year, onYear }: { year: number; onYear: (y: number) => void }) {
  const step = (to: number, text: string, disabled: boolean) => (
    <View
      className={`console-year__step${disabled ? ' console-year__step--disabled' : ''}`}
      ariaRole='button'
      onClick={disabled ? undefined : () => onYear(to)}
    >
      <Text>{text}</Text>
    </View>
  );
  return (
    <View className='console-year'>
      {step(year - 1, OFFICIAL_TEXT.prevYear, year <= FIRST_YEAR)}
      <Text className='console-year__year'>{OFFICIAL_TEXT.year(year)}</Text>
      {step(year + 1, OFFICIAL_TEXT.nextYear, year >= shanghaiYear())}
    </View>
  );
}

/** The level's own row: its communities, answers, both rates and assessments, pooled by the server. */
function Summary({ total }: { total: TRollupRow }) {
  const rate = (id: 'awareness' | 'satisfaction') => {
    const r = total[id];
    const mark = markOf(r);
    return (
      <Text className={`mark-text mark-text--${mark}`}>
        {DASHBOARD_TEXT.col[id]} {r ? formatPercent(r.rate) : DASHBOARD_TEXT.none} {DASHBOARD_TEXT.markSymbol[mark]}{' '}
        {OFFICIAL_TEXT.marks[mark]}
      </Text>
    );
  };
  return (
    <View className='card console-page__summary' id='summary'>
      <Text className='console-page__summary-name'>{total.name}</Text>
      <Text>{DASHBOARD_TEXT.summaryCommunities(total.communities.total, total.communities.urban, total.communities.rural)}</Text>
      <Text>{DASHBOARD_TEXT.summaryAnswers(total.responses, total.suppressed)}</Text>
      {rate('awareness')}
      {rate('satisfaction')}
      <Text>{DASHBOARD_TEXT.summaryGraded(total.assessments.graded, total.assessments.qualified)}</Text>
    </View>
  );
}

function Console({ scope, query }: { scope: Scope; query: Record<string, string | undefined> }) {
  const [year, setYear] = useState(() => yearParam(query.year));
  const [place, setPlace] = useState<Place>(() => startPlace(scope, query));
  const level = levelOf(place);
  const view = useRollup(year, place, true);
  const trend = useCall('getTrend', {
    district: place.district ?? undefined,
    street: place.street ?? undefined,
    fromYear: Math.max(FIRST_YEAR, year - TREND_SPAN + 1),
    toYear: year,
  });
  const progress = useCall('getCityProgress', { year }, { enabled: level !== 'street' });

  const open = (row: TRollupRow) => {
    if (row.communityId) {
      void Taro.navigateTo({ url: communityReportUrl(row.communityId, year) });
      return;
    }
    const next = childPlace(place, row);
    if (next) setPlace(next);
  };
  const rateRows = view.rows.map((r) => ({ key: rowKey(r), name: r.name, awareness: r.awareness, satisfaction: r.satisfaction }));
  const optionRows = view.rows.map((r) => ({ key: rowKey(r), name: r.name, options: r.options }));
  const pooled = view.total ? [{ key: 'pooled', name: `${DASHBOARD_TEXT.pooled}（${view.total.name}）`, options: view.total.options }] : [];

  return (
    <>
      <View className='console-page__bar'>
        <Text className='title'>{DASHBOARD_TEXT.title(year)}</Text>
        <YearStep year={year} onYear={setYear} />
      </View>
      <Crumbs place={place} scope={scope} onGo={setPlace} />
      {view.status === 'loading' ? <Loading /> : null}
      {view.status === 'error' && view.error ? (
        <CallError error={view.error} forbidden={DASHBOARD_TEXT.forbidden} onRetry={view.reload} />
      ) : null}
      {view.status === 'ready' ? (
        <>
          {view.total ? <Summary total={view.total} /> : null}
          <Text className='console-page__section'>{DASHBOARD_TEXT.levelTable[level]}</Text>
          <Text className='console-hint'>{level === 'street' ? DASHBOARD_TEXT.openReportHint : DASHBOARD_TEXT.openHint}</Text>
          {view.rows.length === 0 ? (
            <Text className='subtitle'>{DASHBOARD_TEXT.noGroups}</Text>
          ) : (
            <DataTable
              key={`${placeKey(place)}|${year}`}
              id='rollup'
              className='card'
              columns={level === 'street' ? COMMUNITY_COLUMNS : GROUP_COLUMNS}
              rows={view.rows}
              rowKey={rowKey}
              onRow={open}
            />
          )}
          <View className='console-grid'>
            <RateBars id='rates' rows={rateRows} />
            <OptionBars id='options' rows={[...optionRows, ...pooled]} note={DASHBOARD_TEXT.pooledNote} />
            {progress.data && level !== 'street' ? (
              <GoalChart
                id='goal'
                rows={goalRows(progress.data, place.district, DASHBOARD_TEXT.city)}
                target={progress.data.target}
                source={progress.data.targetText}
              />
            ) : null}
            {trend.data ? <TrendChart id='trend' series={trendSeries(trend.data.years, false)} /> : null}
          </View>
        </>
      ) : null}
    </>
  );
}

export default function ConsolePage() {
  const query = usePageQuery();
  const me = useMe();
  const scope = me.actor ? rollupScope(me.actor) : null;
  return (
    <ConsoleShell>
      <Screen className='console-page'>
        {me.state.status === 'loading' ? <Loading /> : null}
        {me.state.status === 'error' ? <CallError error={me.state.error} forbidden={DASHBOARD_TEXT.forbidden} onRetry={me.reload} /> : null}
        {me.actor && !scope ? <ErrorNote message={DASHBOARD_TEXT.forbidden} /> : null}
        {scope ? <Console scope={scope} query={query} /> : null}
      </Screen>
    </ConsoleShell>
  );
}
