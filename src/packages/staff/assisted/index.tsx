// 入户代填 (走访居民): the worker records the household and the resident's oral consent, then the resident answers the
// two questions one a screen, exactly as in their own survey (the same flow and Question screen), then the next household.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TCommunity } from '../../../../cloud/contract';
import { canEnterFieldwork } from '../../../../cloud/contract/rules';
import { useStaffCommunity } from '../../../projects/useStaffCommunity';
import { useAssistedInterview } from '../../../fieldwork/useAssistedInterview';
import { QUESTIONS, completeAnswers, currentQuestion } from '../../../survey/flow';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { CheckRow } from '../../../common/components/CheckRow';
import { FormField } from '../../../common/components/FormField';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { usePageQuery } from '../../../common/hooks/usePageQuery';
import { Question } from '../../../pages/survey/Question';
import { FIELDWORK_TEXT } from '../../../text/fieldwork';
import { CommunityGate } from '../components/CommunityGate';
import './index.scss';

function HouseholdForm({ s, community, year }: { s: ReturnType<typeof useAssistedInterview>; community: TCommunity; year: number }) {
  return (
    <View id='assisted-household'>
      <Text className='title'>{FIELDWORK_TEXT.assistedTitle(community.name, year)}</Text>
      <Text className='subtitle'>{FIELDWORK_TEXT.assistedLead}</Text>
      <View className='card'>
        <Text className='section-title'>{FIELDWORK_TEXT.householdTitle}</Text>
        <FormField
          id='household-building'
          label={FIELDWORK_TEXT.building}
          value={s.household.building}
          maxlength={40}
          placeholder={FIELDWORK_TEXT.buildingPlaceholder}
          error={s.errors.building}
          onInput={(building) => s.setHousehold({ building })}
        />
        <FormField
          id='household-unit'
          label={FIELDWORK_TEXT.unit}
          value={s.household.unit}
          maxlength={40}
          placeholder={FIELDWORK_TEXT.unitPlaceholder}
          error={s.errors.unit}
          onInput={(unit) => s.setHousehold({ unit })}
        />
        <FormField
          id='household-room'
          label={FIELDWORK_TEXT.room}
          value={s.household.room}
          maxlength={40}
          placeholder={FIELDWORK_TEXT.roomPlaceholder}
          error={s.errors.room}
          onInput={(room) => s.setHousehold({ room })}
        />
        <Text className='muted-line'>{FIELDWORK_TEXT.householdPrivacy}</Text>
      </View>
      <View className='card consent-card' id='assisted-consent'>
        <Text className='section-title'>{FIELDWORK_TEXT.consentTitle}</Text>
        {FIELDWORK_TEXT.consentText.map((line) => (
          <Text key={line} className='paragraph consent-card__line'>
            {line}
          </Text>
        ))}
        <CheckRow id='assisted-consent-box' checked={s.consent} label={FIELDWORK_TEXT.consentBox} onToggle={s.toggleConsent} />
        {s.errors.consent ? <Text className='field-error'>{s.errors.consent}</Text> : null}
      </View>
      {s.householdError ? (
        <View className='card assisted-refused' id='assisted-refused' ariaRole='alert'>
          <Text className='paragraph assisted-refused__message'>{s.householdError}</Text>
        </View>
      ) : null}
      <BigButton onClick={s.start} disabled={s.checking}>
        {s.checking ? FIELDWORK_TEXT.checkingHousehold : FIELDWORK_TEXT.startQuestions}
      </BigButton>
    </View>
  );
}

function Interview({ community, onRecorded, onNext }: { community: TCommunity; onRecorded: () => void; onNext: () => void }) {
  const s = useAssistedInterview(community.id, onRecorded);
  if (s.load.status === 'loading') return <Loading />;
  if (s.load.status === 'error') return <CallError error={s.load.error} forbidden={FIELDWORK_TEXT.forbiddenEntry} onRetry={s.retryLoad} />;
  const survey = s.load.data;
  if (survey.roundClosed) return <ErrorNote message={FIELDWORK_TEXT.roundClosed} />;

  if (s.outcome) {
    const recorded = s.outcome.kind === 'recorded';
    return (
      <View
        className={`card assisted-outcome assisted-outcome--${s.outcome.kind}`}
        id='assisted-outcome'
        ariaRole={recorded ? undefined : 'alert'}
      >
        <Text className='title'>{recorded ? FIELDWORK_TEXT.recordedTitle : FIELDWORK_TEXT.alreadyAnsweredTitle}</Text>
        <Text className='paragraph assisted-outcome__message'>{s.outcome.message}</Text>
        {recorded ? null : (
          <BigButton variant='secondary' onClick={s.editHousehold}>
            {FIELDWORK_TEXT.editHousehold}
          </BigButton>
        )}
        <BigButton onClick={onNext}>{FIELDWORK_TEXT.nextHousehold}</BigButton>
      </View>
    );
  }
  if (s.flow.phase === 'question') {
    const question = currentQuestion(s.flow);
    return (
      <Question
        question={question}
        position={s.flow.index + 1}
        total={QUESTIONS.length}
        chosen={s.flow.answers[question.id]}
        canSubmit={completeAnswers(s.flow.answers) !== null}
        submitting={s.submitting}
        error={s.error}
        onChoose={(option) => s.choose(question.id, option)}
        onPrevious={s.previous}
        onNext={s.nextQuestion}
        onSubmit={s.submit}
      />
    );
  }
  return <HouseholdForm s={s} community={community} year={survey.round.year} />;
}

export default function AssistedPage() {
  const params = usePageQuery();
  const w = useStaffCommunity(params.communityId, canEnterFieldwork);
  // Each household is a fresh interview (its own startToken); the count stays for the visit.
  const [household, setHousehold] = useState(0);
  const [recorded, setRecorded] = useState(0);
  return (
    <ConsoleShell>
      <Screen className='assisted-page'>
        <CommunityGate choice={w.choice} onChoose={w.choose}>
          {(community) => (
            <View>
              {recorded > 0 ? <Text className='muted-line assisted-count'>{FIELDWORK_TEXT.enteredToday(recorded)}</Text> : null}
              <Interview
                key={`${community.id}-${household}`}
                community={community}
                onRecorded={() => setRecorded((n) => n + 1)}
                onNext={() => setHousehold((n) => n + 1)}
              />
            </View>
          )}
        </CommunityGate>
      </Screen>
    </ConsoleShell>
  );
}
