// The project's activities: the record form (date, what was done, how many served) and the timeline, newest first.
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../../cloud/contract';
import { BigButton } from '../../../components/BigButton';
import type { useActivityForm } from '../../../official/useProjectActions';
import { WORKER_TEXT } from '../../../text/worker';

interface Props {
  project: TProjectDetail;
  form: ReturnType<typeof useActivityForm>;
}

export function ActivityPanel({ project, form: f }: Props) {
  const error = (text: string | undefined) => (text ? <Text className='field-error'>{text}</Text> : null);
  return (
    <View className='card activity-panel' id='activity-panel'>
      <Text className='section-title'>{WORKER_TEXT.activityTitle}</Text>
      <Text className='activity-panel__totals'>{WORKER_TEXT.totals(project.activityCount, project.servedTotal)}</Text>
      {project.canManage ? (
        <View className='activity-form' id='activity-form'>
          <Text className='field-label'>{WORKER_TEXT.activityDate}</Text>
          <Input
            id='activity-date'
            className={`field-input${f.errors.date ? ' field-input--error' : ''}`}
            value={f.draft.date}
            placeholder='2025-06-01'
            onInput={(e) => f.type('date', e.detail.value)}
          />
          {error(f.errors.date)}
          <Text className='field-label'>{WORKER_TEXT.activityDescription}</Text>
          <Textarea
            id='activity-description'
            className={`field-textarea${f.errors.description ? ' field-input--error' : ''}`}
            value={f.draft.description}
            placeholder={WORKER_TEXT.activityDescriptionPlaceholder}
            onInput={(e) => f.type('description', e.detail.value)}
          />
          {error(f.errors.description)}
          <Text className='field-label'>{WORKER_TEXT.activityServed}</Text>
          <Input
            id='activity-served'
            className={`field-input${f.errors.servedCount ? ' field-input--error' : ''}`}
            type='number'
            value={f.draft.servedCount}
            placeholder={WORKER_TEXT.activityServedPlaceholder}
            onInput={(e) => f.type('servedCount', e.detail.value)}
          />
          {error(f.errors.servedCount)}
          {f.result ? <Text className={`form-result form-result--${f.result.ok ? 'ok' : 'error'}`}>{f.result.message}</Text> : null}
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
