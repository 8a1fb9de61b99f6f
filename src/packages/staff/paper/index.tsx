// 纸质问卷录入: quick entry of paper forms, one after another: the serial, then each question's answer on one screen.
import { Text, View } from '@tarojs/components';
import type { TCommunity } from '../../../../cloud/contract';
import { canEnterFieldwork, SERIAL_MAX, shanghaiYear } from '../../../../cloud/contract/rules';
import { usePaperEntry } from '../../../fieldwork/usePaperEntry';
import { useStaffCommunity } from '../../../projects/useStaffCommunity';
import { QUESTIONS } from '../../../survey/flow';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { usePageQuery } from '../../../common/hooks/usePageQuery';
import { FIELDWORK_TEXT } from '../../../text/fieldwork';
import { CommunityGate } from '../components/CommunityGate';
import './index.scss';

function PaperForm({ community }: { community: TCommunity }) {
  const p = usePaperEntry(community.id);
  return (
    <View id='paper-form'>
      <Text className='title'>{FIELDWORK_TEXT.paperTitle(community.name, shanghaiYear())}</Text>
      <Text className='subtitle'>{FIELDWORK_TEXT.paperLead}</Text>
      {p.entered > 0 ? <Text className='muted-line paper-count'>{FIELDWORK_TEXT.paperCount(p.entered)}</Text> : null}
      <View className='card'>
        <FormField
          id='paper-serial'
          label={FIELDWORK_TEXT.serial}
          value={p.serial}
          maxlength={SERIAL_MAX * 2}
          placeholder={FIELDWORK_TEXT.serialPlaceholder}
          error={p.errors.serial}
          onInput={p.setSerial}
        />
      </View>
      {QUESTIONS.map((q, i) => (
        <View key={q.id} className='card paper-question' id={`paper-${q.id}`}>
          <Text className='paper-question__text'>{`${i + 1}. ${q.text}`}</Text>
          <View className='paper-question__options'>
            {q.options.map((o) => (
              <BigButton
                key={o.id}
                variant='option'
                className='paper-option'
                selected={p.answers[q.id] === o.id}
                onClick={() => p.choose(q.id, o.id)}
              >
                {o.label}
              </BigButton>
            ))}
          </View>
          {p.errors[q.id] ? <Text className='field-error'>{p.errors[q.id]}</Text> : null}
        </View>
      ))}
      <ActionResult result={p.result} />
      <BigButton disabled={p.busy} onClick={p.submit}>
        {p.busy ? FIELDWORK_TEXT.entering : FIELDWORK_TEXT.enterPaper}
      </BigButton>
    </View>
  );
}

export default function PaperPage() {
  const params = usePageQuery();
  const w = useStaffCommunity(params.communityId, canEnterFieldwork);
  return (
    <ConsoleShell>
      <Screen className='paper-page'>
        <CommunityGate choice={w.choice} onChoose={w.choose}>
          {(community) => <PaperForm key={community.id} community={community} />}
        </CommunityGate>
      </Screen>
    </ConsoleShell>
  );
}
