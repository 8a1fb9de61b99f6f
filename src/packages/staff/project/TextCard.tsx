// The project's text: for those who run it, the edit form (each field's problem under it, a reload on EDIT_CONFLICT);
// for those who read it, the text as it is.
import { Text, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../../cloud/contract';
import { LONG_TEXT_MAX, TITLE_MAX } from '../../../../cloud/contract/rules';
import type { TextField } from '../../../projects/forms';
import { useProjectText } from '../../../projects/useProjectText';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { FormField } from '../../../common/components/FormField';
import { WORKER_TEXT } from '../../../text/worker';

/** The long fields: their label on the form (with the limit), and their title when read. */
const LONG_FIELDS: { field: Exclude<TextField, 'title'>; label: string; title: string }[] = [
  { field: 'summary', label: WORKER_TEXT.summaryLabel, title: WORKER_TEXT.summaryTitle },
  { field: 'plan', label: WORKER_TEXT.planLabel, title: WORKER_TEXT.planTitle },
  { field: 'reflection', label: WORKER_TEXT.reflectionLabel, title: WORKER_TEXT.reflectionTitle },
];
// The boxes take a little more than the limit, so a long paste shows its problem instead of being cut silently.
const SLACK = 20;

function ReadOnlyText({ project }: { project: TProjectDetail }) {
  return (
    <View className='card'>
      {LONG_FIELDS.map(({ field, title }) =>
        project[field] ? (
          <View key={field}>
            <Text className='field-label'>{title}</Text>
            <Text className='paragraph'>{project[field]}</Text>
          </View>
        ) : null,
      )}
    </View>
  );
}

interface Props {
  project: TProjectDetail;
  apply: (next: TProjectDetail) => void;
  onReload: () => void;
}

function EditText({ project, apply, onReload }: Props) {
  const t = useProjectText(project, apply);
  return (
    <View className='card text-card' id='text-card'>
      <Text className='section-title'>{WORKER_TEXT.textTitle}</Text>
      <FormField
        id='text-title'
        label={WORKER_TEXT.titleLabel}
        value={t.draft.title}
        maxlength={TITLE_MAX + SLACK}
        error={t.errors.title}
        onInput={(v) => t.type('title', v)}
      />
      {LONG_FIELDS.map(({ field, label }) => (
        <View key={field}>
          <FormField
            id={`text-${field}`}
            label={label}
            multiline
            value={t.draft[field]}
            maxlength={LONG_TEXT_MAX + SLACK}
            error={t.errors[field]}
            onInput={(v) => t.type(field, v)}
          />
        </View>
      ))}
      {t.result ? <ActionResult result={t.result} /> : t.dirty ? <Text className='unsaved-line'>{WORKER_TEXT.unsaved}</Text> : null}
      {t.result?.conflict ? (
        <BigButton variant='secondary' onClick={onReload}>
          {WORKER_TEXT.reload}
        </BigButton>
      ) : null}
      <BigButton disabled={t.saving} onClick={t.save}>
        {t.saving ? WORKER_TEXT.saving : WORKER_TEXT.saveText}
      </BigButton>
    </View>
  );
}

export function TextCard(props: Props) {
  return props.project.canManage ? <EditText {...props} /> : <ReadOnlyText project={props.project} />;
}
