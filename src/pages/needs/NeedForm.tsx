// A new need: an optional category (large choices) and the text, with its counter and a kind note when refused.
import { Text, Textarea, View } from '@tarojs/components';
import { CATEGORIES, RESIDENT_TEXT_MAX } from '../../../cloud/contract/rules';
import type { useNeedForm } from '../../projects/useNeedForm';
import { ActionResult } from '../../common/components/ActionResult';
import { BigButton } from '../../common/components/BigButton';
import { RESIDENTS_TEXT } from '../../text/residents';

const CHOICES = [{ id: null, name: RESIDENTS_TEXT.noCategory }, ...CATEGORIES];

export function NeedForm({ form: f }: { form: ReturnType<typeof useNeedForm> }) {
  return (
    <View className='card need-form' id='need-form'>
      <Text className='field-label'>{RESIDENTS_TEXT.categoryLabel}</Text>
      <View className='chips'>
        {CHOICES.map((c) => (
          <BigButton
            key={c.id ?? 'none'}
            variant='option'
            className='chip'
            selected={f.category === c.id}
            onClick={() => f.chooseCategory(c.id)}
          >
            {c.name}
          </BigButton>
        ))}
      </View>
      <Text className='field-label'>{RESIDENTS_TEXT.needLabel}</Text>
      <Textarea
        className={`text-box${f.tooLong ? ' text-box--error' : ''}`}
        value={f.text}
        maxlength={-1}
        placeholder={RESIDENTS_TEXT.needPlaceholder}
        onInput={(e) => f.typeText(e.detail.value)}
      />
      <Text className={`counter${f.tooLong ? ' counter--error' : ''}`}>
        {RESIDENTS_TEXT.count(f.text.trim().length, RESIDENT_TEXT_MAX)}
      </Text>
      <ActionResult result={f.result} />
      <BigButton disabled={f.sending} onClick={f.send}>
        {f.sending ? RESIDENTS_TEXT.sending : RESIDENTS_TEXT.sendNeed}
      </BigButton>
    </View>
  );
}
