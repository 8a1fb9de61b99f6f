// The five stages as five segments, filled up to the project's stage, with the stage's name and step.
import { Text, View } from '@tarojs/components';
import { STAGE_ORDER, stageName, stageStep } from '../../residents/projects';
import { RESIDENTS_TEXT } from '../../text/residents';

export function StageProgress({ stage }: { stage: string }) {
  const step = stageStep(stage);
  return (
    <View className='stage-progress'>
      <View className='stage-progress__bar' ariaLabel={RESIDENTS_TEXT.stageStep(step, STAGE_ORDER.length)}>
        {STAGE_ORDER.map((s, i) => (
          <View key={s} className={`stage-progress__step${i < step ? ' stage-progress__step--done' : ''}`} />
        ))}
      </View>
      <Text className='stage-progress__label'>
        {RESIDENTS_TEXT.stageNow(stageName(stage))} · {RESIDENTS_TEXT.stageStep(step, STAGE_ORDER.length)}
      </Text>
    </View>
  );
}
