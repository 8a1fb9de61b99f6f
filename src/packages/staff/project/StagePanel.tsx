// The project's stage: where it is, one step forward, one step back with a required reason, and the history.
import { Text, Textarea, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../../cloud/contract';
import { stageName } from '../../../../cloud/contract/rules';
import type { useStageMove } from '../../../projects/useProjectActions';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { formatStamp } from '../../../common/format';
import { WORKER_TEXT } from '../../../text/worker';

interface Props {
  project: TProjectDetail;
  stage: ReturnType<typeof useStageMove>;
  onReload: () => void;
}

export function StagePanel({ project, stage: s, onReload }: Props) {
  return (
    <View className='card stage-panel' id='stage-panel'>
      <Text className='section-title'>{WORKER_TEXT.stageTitle}</Text>
      <Text className='stage-panel__now'>{WORKER_TEXT.stageNow(stageName(project.stage))}</Text>
      {project.canManage && s.next && !s.backOpen ? (
        <BigButton disabled={s.busy} onClick={s.forward}>
          {s.busy ? WORKER_TEXT.moving : WORKER_TEXT.forward(stageName(s.next))}
        </BigButton>
      ) : null}
      {project.canManage && s.prev && !s.backOpen ? (
        <BigButton variant='link' onClick={() => s.openBack(true)}>
          {WORKER_TEXT.back(stageName(s.prev))}
        </BigButton>
      ) : null}
      {s.backOpen && s.prev ? (
        <View className='stage-panel__back' id='stage-back'>
          <Text className='field-label'>{WORKER_TEXT.backReasonLabel}</Text>
          <Textarea
            className='field-textarea'
            value={s.reason}
            placeholder={WORKER_TEXT.backReasonPlaceholder}
            onInput={(e) => s.typeReason(e.detail.value)}
          />
          <BigButton disabled={s.busy} onClick={s.back}>
            {s.busy ? WORKER_TEXT.moving : WORKER_TEXT.confirmBack}
          </BigButton>
          <BigButton variant='link' onClick={() => s.openBack(false)}>
            {WORKER_TEXT.cancel}
          </BigButton>
        </View>
      ) : null}
      <ActionResult result={s.result} />
      {s.result?.conflict ? (
        <BigButton variant='secondary' onClick={onReload}>
          {WORKER_TEXT.reload}
        </BigButton>
      ) : null}
      <Text className='field-label'>{WORKER_TEXT.historyTitle}</Text>
      {project.history.length === 0 ? <Text className='muted-line'>{WORKER_TEXT.noHistory}</Text> : null}
      {[...project.history].reverse().map((h) => (
        <View key={`${h.at}-${h.to}`} className='history-row'>
          <Text className='history-row__move'>{WORKER_TEXT.historyLine(stageName(h.from), stageName(h.to))}</Text>
          <Text className='muted-line'>{WORKER_TEXT.historyWho(h.by, formatStamp(h.at))}</Text>
          {h.reason ? <Text className='history-row__reason'>{WORKER_TEXT.historyReason(h.reason)}</Text> : null}
        </View>
      ))}
    </View>
  );
}
