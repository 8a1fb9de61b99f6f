// A new need: an optional category (large choices) and the text, with its counter and a kind note when refused.
import { Text, Textarea, View } from '@tarojs/components';
import type { TCategory } from '../../../cloud/contract';
import { BigButton } from '../../components/BigButton';
import { NoteLine } from '../project/NoteLine';
import { NEED_MAX, type useNeeds } from '../../residents/useNeeds';
import { CATEGORY_NAMES } from '../../text/projects';
import { RESIDENTS_TEXT } from '../../text/residents';

type Props = Pick<ReturnType<typeof useNeeds>, 'draft' | 'chooseCategory' | 'typeText' | 'sending' | 'note' | 'send'>;

const CATEGORIES = Object.keys(CATEGORY_NAMES) as TCategory[];

export function NeedForm({ draft, chooseCategory, typeText, sending, note, send }: Props) {
  return (
    <View className='card need-form' id='need-form'>
      <Text className='field-label'>{RESIDENTS_TEXT.categoryLabel}</Text>
      <View className='chips'>
        {[null, ...CATEGORIES].map((c) => (
          <BigButton
            key={c ?? 'none'}
            variant='option'
            className='chip'
            selected={draft.category === c}
            onClick={() => chooseCategory(c)}
          >
            {c ? CATEGORY_NAMES[c] : RESIDENTS_TEXT.noCategory}
          </BigButton>
        ))}
      </View>
      <Text className='field-label'>{RESIDENTS_TEXT.needLabel}</Text>
      <Textarea
        className={`text-box${draft.tooLong ? ' text-box--error' : ''}`}
        value={draft.text}
        maxlength={-1}
        placeholder={RESIDENTS_TEXT.needPlaceholder}
        onInput={(e) => typeText(e.detail.value)}
      />
      <Text className={`counter${draft.tooLong ? ' counter--error' : ''}`}>{RESIDENTS_TEXT.count(draft.text.trim().length, NEED_MAX)}</Text>
      <NoteLine note={note} />
      <BigButton disabled={sending} onClick={send}>
        {sending ? RESIDENTS_TEXT.sending : RESIDENTS_TEXT.sendNeed}
      </BigButton>
    </View>
  );
}
