// 数据质量 (officials in scope, the community's workers, admins): a community's answers by channel and by the worker
// who entered them, fast and unknown-duration answers, bursts, both rates with and without the flagged answers, and
// the volunteers against the seed's 20 (with the contact list for the community's workers).
import { Text, View } from '@tarojs/components';
import type { TCommunity, TCommunityQuality, TRate } from '../../../../cloud/contract';
import { canReadQuality, CHANNELS, type Actor } from '../../../../cloud/contract/rules';
import { rateName } from '../../../assessment/names';
import { useStaffCommunity } from '../../../projects/useStaffCommunity';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { Loading } from '../../../common/components/StatusView';
import { formatPercent, formatStamp } from '../../../common/format';
import { useCall } from '../../../common/hooks/useCall';
import { usePageQuery, yearParam } from '../../../common/hooks/usePageQuery';
import { FIELDWORK_TEXT } from '../../../text/fieldwork';
import { CommunityGate } from '../components/CommunityGate';
import './index.scss';

const T = FIELDWORK_TEXT;

function RateCell({ rate, n }: { rate: TRate | null; n: number }) {
  if (!rate) return <Text className='quality-rates__cell quality-rates__cell--withheld'>{T.rateWithheld(n)}</Text>;
  return (
    <View className='quality-rates__cell'>
      <Text className='quality-rates__percent'>{formatPercent(rate.rate)}</Text>
      <Text className='quality-rates__count'>{T.rateCount(rate.count, rate.n)}</Text>
    </View>
  );
}

function Rates({ q }: { q: TCommunityQuality }) {
  const { shownAt, withFlagged, withoutFlagged } = q.rates;
  return (
    <View className='card' id='quality-rates'>
      <Text className='section-title'>{T.ratesTitle}</Text>
      {shownAt === null ? (
        <Text className='muted-line'>{T.ratesWithheld}</Text>
      ) : (
        <View>
          <Text className='muted-line'>{T.ratesOver(shownAt, q.final)}</Text>
          <View className='quality-rates'>
            <View className='quality-rates__row quality-rates__row--head'>
              <Text className='quality-rates__label' />
              <Text className='quality-rates__cell'>{T.withFlagged}</Text>
              <Text className='quality-rates__cell'>{T.withoutFlagged(withoutFlagged.excluded)}</Text>
            </View>
            {(['awareness', 'satisfaction'] as const).map((name) => (
              <View key={name} className='quality-rates__row' id={`quality-rate-${name}`}>
                <Text className='quality-rates__label'>{rateName(name)}</Text>
                <RateCell rate={withFlagged[name]} n={withFlagged.n} />
                <RateCell rate={withoutFlagged[name]} n={withoutFlagged.n} />
              </View>
            ))}
          </View>
        </View>
      )}
    </View>
  );
}

function Volunteers({ v }: { v: TCommunityQuality['volunteers'] }) {
  return (
    <View className='card' id='quality-volunteers'>
      <Text className='section-title'>{T.volunteersTitle}</Text>
      <View className='quality-figure'>
        <Text className='quality-figure__value'>{T.volunteers(v.count)}</Text>
        <Text className={`quality-figure__mark quality-figure__mark--${v.meets ? 'good' : 'bad'}`}>
          {v.meets ? T.meets : T.short(v.target - v.count)}
        </Text>
      </View>
      <Text className='muted-line'>{T.volunteersSource}</Text>
      {v.contacts ? (
        <View className='quality-contacts' id='quality-contacts'>
          <Text className='field-label'>{T.contactsTitle}</Text>
          {v.contacts.length === 0 ? <Text className='muted-line'>{T.noContacts}</Text> : null}
          {v.contacts.map((c) => (
            <View key={c.phone} className='quality-contact'>
              <Text className='quality-contact__phone' userSelect>
                {c.phone}
              </Text>
              <Text className='muted-line'>{T.contact(c.projects.join('、'))}</Text>
            </View>
          ))}
          <Text className='muted-line'>{T.contactsPrivacy}</Text>
        </View>
      ) : null}
    </View>
  );
}

function Report({ q }: { q: TCommunityQuality }) {
  return (
    <View className='quality-grid'>
      <View className='card' id='quality-channels'>
        <Text className='section-title'>{T.channelsTitle}</Text>
        <Text className='muted-line'>{T.responses(q.responses)}</Text>
        {CHANNELS.map((c) => (
          <View key={c.id} className='quality-line'>
            <Text>{c.name}</Text>
            <Text className='quality-line__value'>{q.channels[c.id]}</Text>
          </View>
        ))}
      </View>
      <View className='card' id='quality-workers'>
        <Text className='section-title'>{T.byWorkerTitle}</Text>
        {q.workers.length === 0 ? <Text className='muted-line'>{T.noWorkers}</Text> : null}
        {q.workers.map((w) => (
          <View key={w.label} className='quality-worker'>
            <Text className='quality-worker__name'>{w.label}</Text>
            <Text className='muted-line'>{T.byWorker(w.assisted, w.paper)}</Text>
          </View>
        ))}
      </View>
      <View className='card' id='quality-flags'>
        <Text className='section-title'>{T.durationTitle}</Text>
        <Text className='quality-flag'>{T.fast(q.fast)}</Text>
        <Text className='quality-flag'>{T.unknownDuration(q.unknownDuration)}</Text>
        <Text className='muted-line'>{T.durationNote}</Text>
        <Text className='section-title quality-flags__bursts'>{T.burstsTitle}</Text>
        <Text className='muted-line'>{T.burstsRule}</Text>
        {q.bursts.length === 0 ? <Text className='quality-flag'>{T.noBursts}</Text> : null}
        {q.bursts.map((b) => (
          <Text key={b.start} className='quality-flag quality-flag--burst'>
            {T.burst(formatStamp(b.start), formatStamp(b.end), b.count, b.peak)}
          </Text>
        ))}
        <Text className='quality-flag quality-flag--total'>{T.flagged(q.flagged)}</Text>
      </View>
      <Rates q={q} />
      <Volunteers v={q.volunteers} />
    </View>
  );
}

function CommunityQuality({ community, year, onChange }: { community: TCommunity; actor: Actor; year: number; onChange?: () => void }) {
  const { state, data, reload } = useCall('getQualityReport', { year, communityId: community.id });
  const q = data?.communities[0];
  return (
    <View>
      <Text className='title'>{T.qualityTitle(community.name, year)}</Text>
      <Text className='subtitle'>{T.qualityLead}</Text>
      {onChange ? (
        <BigButton variant='link' onClick={onChange}>
          {T.changeCommunity}
        </BigButton>
      ) : null}
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <CallError error={state.error} forbidden={T.forbiddenQuality} onRetry={reload} /> : null}
      {q ? <Report q={q} /> : null}
    </View>
  );
}

export default function QualityPage() {
  const params = usePageQuery();
  const year = yearParam(params.year);
  const w = useStaffCommunity(params.communityId, canReadQuality);
  return (
    <ConsoleShell>
      <Screen className='quality-page'>
        <CommunityGate choice={w.choice} onChoose={w.choose} title={T.qualityNavTitle}>
          {(community, actor) => (
            <CommunityQuality
              key={community.id}
              community={community}
              actor={actor}
              year={year}
              onChange={w.canChoose ? () => w.choose('') : undefined}
            />
          )}
        </CommunityGate>
      </Screen>
    </ConsoleShell>
  );
}
