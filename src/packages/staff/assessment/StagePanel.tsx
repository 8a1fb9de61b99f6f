// 阶段评估 and 终期验收 (officials and admins, on saved figures), and 重新开放 with a reason (admins) once locked.
import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import type { TAssessment } from '../../../../cloud/contract/assessment';
import { REASON_MAX } from '../../../../cloud/contract/rules';
import { useStages } from '../../../assessment/useStages';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { STAGES_TEXT } from '../../../text/stages';

interface Props {
  assessment: TAssessment;
  mayFinalize: boolean;
  mayReopen: boolean;
  /** Unsaved edits: a stage records saved figures, so save first. */
  dirty: boolean;
  onAssessment: (next: TAssessment) => void;
}

export function StagePanel({ assessment, mayFinalize, mayReopen, dirty, onAssessment }: Props) {
  const stages = useStages(assessment.communityId, assessment.year, onAssessment);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const locked = Boolean(assessment.lock);
  if (!mayFinalize && !(locked && mayReopen)) return null;

  const record = async (stage: 'interim' | 'final') => {
    if (dirty) return stages.refuse(STAGES_TEXT.unsavedFirst);
    if (stage === 'final' && !confirming) return setConfirming(true);
    setConfirming(false);
    await stages.finalize(stage);
  };
  const reopen = async () => {
    if (await stages.reopen(reason)) setReason('');
  };

  return (
    <View className='card stage-panel' id='stage-panel'>
      <Text className='stage-panel__title'>{STAGES_TEXT.stages}</Text>
      {!locked && mayFinalize ? (
        <>
          <Text className='subtitle'>{STAGES_TEXT.finalHint}</Text>
          <BigButton variant='secondary' disabled={stages.busy} onClick={() => record('interim')}>
            {STAGES_TEXT.interim}
          </BigButton>
          <BigButton disabled={stages.busy} onClick={() => record('final')}>
            {confirming ? STAGES_TEXT.finalConfirm : STAGES_TEXT.final}
          </BigButton>
        </>
      ) : null}
      {locked && mayReopen ? (
        <View className='stage-panel__reopen' id='reopen-form'>
          <Text className='field-label'>{STAGES_TEXT.reopenReason}</Text>
          <Textarea
            className='item-row__note-input'
            value={reason}
            maxlength={REASON_MAX}
            autoHeight
            placeholder={STAGES_TEXT.reopenPlaceholder}
            onInput={(e) => setReason(e.detail.value)}
          />
          <BigButton variant='secondary' disabled={stages.busy} onClick={reopen}>
            {STAGES_TEXT.reopen}
          </BigButton>
        </View>
      ) : null}
      <ActionResult result={stages.result} />
    </View>
  );
}
