// The project's activities: the record form (date, what was done, how many served) and the timeline, newest first.
import { Text, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../../cloud/contract';
import type { useActivityForm } from '../../../projects/useProjectActions';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import { WORKER_TEXT } from '../../../text/worker';

interface Props {
  project: TProjectDetail;
  form: ReturnType<typeof useActivityForm>;
}

export function ActivityPanel({ project, form: f }: Props) {
  return (
    <View className='card activity-panel' id='activity-panel'>
      <Text className='section-title'>{WORKER_TEXT.activityTitle}</Text>
      <Text className='activity-panel__totals'>{WORKER_TEXT.totals(project.activityCount, project.servedTotal)}</Text>
      {project.canManage ? (
        <View className='activity-form' id='activity-form'>
          <FormField
            id='activity-date'
            label={WORKER_TEXT.activityDate}
            value={f.draft.date}
            placeholder='2025-06-01'
            error={f.errors.date}
            onInput={(v) => f.type('date', v)}
          />
          <FormField
            id='activity-description'
            label={WORKER_TEXT.activityDescription}
            multiline
            value={f.draft.description}
            placeholder={WORKER_TEXT.activityDescriptionPlaceholder}
            error={f.errors.description}
            onInput={(v) => f.type('description', v)}
          />
          <FormField
            id='activity-served'
            label={WORKER_TEXT.activityServed}
            type='number'
            value={f.draft.servedCount}
            placeholder={WORKER_TEXT.activityServedPlaceholder}
            error={f.errors.servedCount}
            onInput={(v) => f.type('servedCount', v)}
          />
          <ActionResult result={f.result} />
          <BigButton disabled={f.busy} onClick={f.record}>
            {f.busy ? WORKER_TEXT.recording : WORKER_TEXT.recordActivity}
          </BigButton>
        </View>
      ) : null}
      {project.activities.length === 0 ? <Text className='muted-line'>{WORKER_TEXT.noActivities}</Text> : null}
      {project.activities.map((a) => (
        <View key={a.id} className='activity-row'>
          <Text className='activity-row__head'>{WORKER_TEXT.activityLine(a.date, a.servedCount)}</Text>
          <Text className='activity-row__text'>{a.description}</Text>
        </View>
      ))}
    </View>
  );
}
