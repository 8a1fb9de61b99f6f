// The running score: 一类, 二类, total, eligibility and the verdict, as the scorer last answered.
import { Text, View } from '@tarojs/components';
import type { TJudgedScore, TStandard } from '../../../../rubric';
import { formatPoints } from '../../../assessment/standard-view';
import { ASSESSMENT_TEXT } from '../../../text/assessment';

interface Props {
  standard: TStandard;
  score: TJudgedScore;
  scoring: 'idle' | 'busy' | 'failed';
}

export function ScorePanel({ standard, score, scoring }: Props) {
  const { first, second } = standard.classes;
  const eligibility = [standard.classes[standard.eligibility.class].name, formatPoints(standard.eligibility.min)] as const;
  const missing = score.items.filter((i) => i.state === null).length;
  return (
    <View className='card score-panel'>
      <View className='score-panel__row'>
        <Text className='score-panel__label'>{first.name}</Text>
        <Text className='score-panel__value'>{ASSESSMENT_TEXT.outOf(formatPoints(score.firstClass), formatPoints(first.total))}</Text>
      </View>
      <View className='score-panel__row'>
        <Text className='score-panel__label'>{second.name}</Text>
        <Text className='score-panel__value'>{ASSESSMENT_TEXT.outOf(formatPoints(score.secondClass), formatPoints(second.total))}</Text>
      </View>
      <View className='score-panel__row score-panel__row--total'>
        <Text className='score-panel__label'>{ASSESSMENT_TEXT.total}</Text>
        <Text className='score-panel__value'>{formatPoints(score.total)}</Text>
      </View>
      <Text className={`score-panel__eligible score-panel__eligible--${score.eligible ? 'yes' : 'no'}`}>
        {score.eligible ? ASSESSMENT_TEXT.eligible(...eligibility) : ASSESSMENT_TEXT.notEligible(...eligibility)}
      </Text>
      <View className='score-panel__verdict'>
        <Text className='score-panel__label'>{ASSESSMENT_TEXT.verdict}</Text>
        <Text className={`verdict verdict--${score.verdict}`}>{score.verdictText}</Text>
      </View>
      {score.qualified === true ? <Text className='score-panel__qualified'>{ASSESSMENT_TEXT.qualified}</Text> : null}
      {score.qualified === false ? <Text className='score-panel__hint'>{ASSESSMENT_TEXT.notQualified}</Text> : null}
      {missing > 0 ? <Text className='score-panel__hint'>{ASSESSMENT_TEXT.missing(missing)}</Text> : null}
      {scoring === 'busy' ? <Text className='score-panel__hint'>{ASSESSMENT_TEXT.scoring}</Text> : null}
      {scoring === 'failed' ? <Text className='score-panel__hint'>{ASSESSMENT_TEXT.scoreFailed}</Text> : null}
    </View>
  );
}
