// One question on one screen: large answer buttons, progress, back, and next or submit.
import { Text, View } from '@tarojs/components';
import type { QuestionDefinition } from '../../../cloud/contract/rules';
import { BigButton } from '../../common/components/BigButton';
import { SURVEY_TEXT } from '../../text/survey';

interface Props {
  question: QuestionDefinition;
  position: number; // 1-based
  total: number;
  chosen: string | undefined;
  canSubmit: boolean;
  submitting: boolean;
  error: string | null;
  onChoose: (option: string) => void;
  onPrevious: () => void;
  onNext: () => void;
  onSubmit: () => void;
}

export function Question(p: Props) {
  const last = p.position === p.total;
  return (
    <View className='survey-question'>
      <Text className='survey-question__progress'>{SURVEY_TEXT.progress(p.position, p.total)}</Text>
      <View className='survey-question__bar'>
        <View className='survey-question__bar-fill' style={{ width: `${(100 * p.position) / p.total}%` }} />
      </View>
      <Text className='title survey-question__text'>{p.question.text}</Text>
      {p.question.options.map((o) => (
        <BigButton key={o.id} variant='option' selected={p.chosen === o.id} onClick={() => p.onChoose(o.id)}>
          <Text className='survey-question__mark'>{p.chosen === o.id ? '●' : '○'}</Text>
          <Text>{o.label}</Text>
        </BigButton>
      ))}
      {p.error ? <Text className='survey-question__error'>{p.error}</Text> : null}
      {!p.chosen ? <Text className='survey-question__hint'>{SURVEY_TEXT.chooseFirst}</Text> : null}
      <View className='survey-question__nav'>
        <BigButton variant='secondary' className='survey-question__back' onClick={p.onPrevious}>
          {SURVEY_TEXT.previous}
        </BigButton>
        {last ? (
          <BigButton className='survey-question__forward' disabled={!p.canSubmit || p.submitting} onClick={p.onSubmit}>
            {p.submitting ? SURVEY_TEXT.submitting : SURVEY_TEXT.submit}
          </BigButton>
        ) : (
          <BigButton className='survey-question__forward' disabled={!p.chosen} onClick={p.onNext}>
            {SURVEY_TEXT.next}
          </BigButton>
        )}
      </View>
    </View>
  );
}
