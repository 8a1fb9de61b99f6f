// The standard's five stages as five segments, filled up to the project's stage, with the stage's name and step.
import { Text, View } from '@tarojs/components';
import { STAGES, stageName, stageStep, type TStage } from '../../../cloud/contract/rules';
import { RESIDENTS_TEXT } from '../../text/residents';

export function StageProgress({ stage }: { stage: TStage }) {
  const step = stageStep(stage);
  const label = RESIDENTS_TEXT.stageStep(step, STAGES.length);
  return (
    <View className='stage-progress'>
      <View className='stage-progress__bar' ariaLabel={label}>
        {STAGES.map((s, i) => (
          <View key={s.id} className={`stage-progress__step${i < step ? ' stage-progress__step--done' : ''}`} />
        ))}
      </View>
      <Text className='stage-progress__label'>
        {RESIDENTS_TEXT.stageNow(stageName(stage))} · {label}
      </Text>
    </View>
  );
}
