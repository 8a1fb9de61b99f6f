// The year's lock (已终期验收, when and by whom) and its last reopening, above the assessment.
import { Text, View } from '@tarojs/components';
import type { TAssessment } from '../../../../cloud/contract/assessment';
import { staffName } from '../../../assessment/staffName';
import { formatStamp } from '../../../common/format';
import { STAGES_TEXT } from '../../../text/stages';

export function LockNote({ assessment }: { assessment: TAssessment }) {
  const { lock, reopened } = assessment;
  if (!lock && !reopened) return null;
  return (
    <View className='card lock-note' id='lock-note'>
      {lock ? <Text className='lock-note__locked'>{STAGES_TEXT.locked(formatStamp(lock.at), staffName(lock.by))}</Text> : null}
      {reopened ? (
        <Text className='lock-note__reopened'>
          {STAGES_TEXT.reopened(formatStamp(reopened.at), staffName(reopened.by), reopened.reason)}
        </Text>
      ) : null}
    </View>
  );
}
