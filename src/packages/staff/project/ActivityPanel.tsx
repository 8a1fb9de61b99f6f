// The project's activities: the record form (date from a picker, what was done, how many served, photos) and the
// timeline, newest first, where a worker corrects or removes an activity with a reason.
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import type { TProjectDetail } from '../../../../cloud/contract';
import type { useActivityForm } from '../../../projects/useProjectActions';
import { useActivityEdit } from '../../../projects/useActivityEdit';
import { activityDays } from '../../../projects/usePhotoUploads';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import { Thumbnails } from '../../../common/components/Thumbnails';
import { ACTIVITY_TEXT } from '../../../text/activities';
import { WORKER_TEXT } from '../../../text/worker';
import { DateField, PhotoField } from './ActivityFields';

interface Props {
  project: TProjectDetail;
  form: ReturnType<typeof useActivityForm>;
}

type Activity = TProjectDetail['activities'][number];

function EditForm({ project, edit }: { project: TProjectDetail; edit: ReturnType<typeof useActivityEdit> }) {
  const { start, end } = activityDays(project.year);
  const e = edit;
  if (e.open?.mode === 'remove') {
    return (
      <View className='activity-edit' id='activity-remove'>
        <Text className='section-title'>{ACTIVITY_TEXT.removeTitle}</Text>
        <FormField
          id='activity-remove-reason'
          label={ACTIVITY_TEXT.reason}
          multiline
          value={e.draft.reason}
          placeholder={ACTIVITY_TEXT.removeReasonPlaceholder}
          error={e.errors.reason}
          onInput={(v) => e.type('reason', v)}
        />
        <ActionResult result={e.result} />
        <View className='activity-edit__actions'>
          <BigButton disabled={e.busy} onClick={e.remove}>
            {ACTIVITY_TEXT.confirmRemove}
          </BigButton>
          <BigButton variant='link' onClick={e.cancel}>
            {ACTIVITY_TEXT.cancel}
          </BigButton>
        </View>
      </View>
    );
  }
  return (
    <View className='activity-edit' id='activity-edit'>
      <Text className='section-title'>{ACTIVITY_TEXT.editTitle}</Text>
      <DateField
        id='activity-edit-date'
        value={e.draft.date}
        start={start}
        end={end}
        year={project.year}
        error={e.errors.date}
        onChange={(d) => e.type('date', d)}
      />
      <FormField
        id='activity-edit-description'
        label={WORKER_TEXT.activityDescription}
        multiline
        value={e.draft.description}
        error={e.errors.description}
        onInput={(v) => e.type('description', v)}
      />
      <FormField
        id='activity-edit-served'
        label={WORKER_TEXT.activityServed}
        type='number'
        value={e.draft.servedCount}
        error={e.errors.servedCount}
        onInput={(v) => e.type('servedCount', v)}
      />
      <PhotoField
        id='activity-edit-photos'
        photos={e.photos.photos}
        uploading={e.photos.uploading}
        room={e.photos.room}
        disabled={e.busy}
        onPicked={(p) => void e.photos.add(p)}
        onRemove={e.photos.remove}
        onProblem={e.refuse}
      />
      <FormField
        id='activity-edit-reason'
        label={ACTIVITY_TEXT.reason}
        multiline
        value={e.draft.reason}
        placeholder={ACTIVITY_TEXT.reasonPlaceholder}
        error={e.errors.reason}
        onInput={(v) => e.type('reason', v)}
      />
      <ActionResult result={e.result} />
      <View className='activity-edit__actions'>
        <BigButton disabled={e.busy} onClick={e.save}>
          {ACTIVITY_TEXT.save}
        </BigButton>
        <BigButton variant='link' onClick={e.cancel}>
          {ACTIVITY_TEXT.cancel}
        </BigButton>
      </View>
    </View>
  );
}

function ActivityRow({ project, a, edit }: { project: TProjectDetail; a: Activity; edit: ReturnType<typeof useActivityEdit> }) {
  const editing = edit.open?.activityId === a.id;
  return (
    <View className='activity-row' id={`activity-${a.id}`}>
      <Text className='activity-row__head'>{WORKER_TEXT.activityLine(a.date, a.servedCount)}</Text>
      <Text className='activity-row__text'>{a.description}</Text>
      <Thumbnails files={a.photos ?? []} label={ACTIVITY_TEXT.photo} />
      {editing ? (
        <EditForm project={project} edit={edit} />
      ) : project.canManage ? (
        <View className='activity-edit__actions'>
          <BigButton variant='link' onClick={() => edit.start(a, 'edit')}>
            {ACTIVITY_TEXT.edit}
          </BigButton>
          <BigButton variant='link' onClick={() => edit.start(a, 'remove')}>
            {ACTIVITY_TEXT.remove}
          </BigButton>
        </View>
      ) : null}
    </View>
  );
}

export function ActivityPanel({ project, form: f }: Props) {
  const edit = useActivityEdit(project, f.apply);
  const { start, end } = activityDays(project.year);
  const { type } = f;
  const outside = f.draft.date < start || f.draft.date > end;
  // A project of a past year opens on its last day, not on today.
  useEffect(() => {
    if (outside) type('date', end);
  }, [outside, end, type]);
  return (
    <View className='card activity-panel' id='activity-panel'>
      <Text className='section-title'>{WORKER_TEXT.activityTitle}</Text>
      <Text className='activity-panel__totals'>{WORKER_TEXT.totals(project.activityCount, project.servedTotal)}</Text>
      {project.canManage ? (
        <View className='activity-form' id='activity-form'>
          <DateField
            id='activity-date'
            value={f.draft.date}
            start={start}
            end={end}
            year={project.year}
            error={f.errors.date}
            onChange={(d) => f.type('date', d)}
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
          <PhotoField
            id='activity-photos'
            photos={f.photos.photos}
            uploading={f.photos.uploading}
            room={f.photos.room}
            disabled={f.busy}
            onPicked={(p) => void f.photos.add(p)}
            onRemove={f.photos.remove}
            onProblem={f.refuse}
          />
          <ActionResult result={f.result} />
          <BigButton disabled={f.busy} onClick={f.record}>
            {f.busy ? WORKER_TEXT.recording : WORKER_TEXT.recordActivity}
          </BigButton>
        </View>
      ) : null}
      {project.activities.length === 0 ? <Text className='muted-line'>{WORKER_TEXT.noActivities}</Text> : null}
      {edit.result && !edit.open ? <ActionResult result={edit.result} /> : null}
      {project.activities.map((a) => (
        <ActivityRow key={a.id} project={project} a={a} edit={edit} />
      ))}
    </View>
  );
}
