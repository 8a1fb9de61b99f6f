// One doorstep project as its workers run it: its text (title, summary, plan, reflection), stage and history,
// activities, residents who joined per role, and feedback to answer. Others who may read it see it unedited.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { TProjectDetail } from '../../../../cloud/contract';
import { Screen } from '../../../components/Screen';
import { BigButton } from '../../../components/BigButton';
import { ErrorNote, Loading } from '../../../components/StatusView';
import { projectsUrl } from '../../../official/links';
import { useProject, type TextField } from '../../../official/useProject';
import { useActivityForm, useFeedbackAnswer, useStageMove } from '../../../official/useProjectActions';
import { categoryName, LONG_TEXT_MAX, TITLE_MAX } from '../../../official/worker-projects';
import { JOIN_ROLE_NAMES } from '../../../text/projects';
import { WORKER_TEXT } from '../../../text/worker';
import { CallError } from '../components/CallError';
import { FormField } from '../components/FormField';
import { ActivityPanel } from './ActivityPanel';
import { FeedbackPanel } from './FeedbackPanel';
import { StagePanel } from './StagePanel';
import './index.scss';
import { usePageQuery } from '../../../hooks/usePageQuery';

const LONG_FIELDS: { field: TextField; label: string }[] = [
  { field: 'summary', label: WORKER_TEXT.summaryLabel },
  { field: 'plan', label: WORKER_TEXT.planLabel },
  { field: 'reflection', label: WORKER_TEXT.reflectionLabel },
];

function TextCard({ p, project }: { p: ReturnType<typeof useProject>; project: TProjectDetail }) {
  if (!project.canManage) {
    return (
      <View className='card'>
        {LONG_FIELDS.map(({ field, label }) =>
          project[field] ? (
            <View key={field}>
              <Text className='field-label'>{label}</Text>
              <Text className='paragraph'>{project[field]}</Text>
            </View>
          ) : null,
        )}
      </View>
    );
  }
  return (
    <View className='card text-card' id='text-card'>
      <Text className='section-title'>{WORKER_TEXT.textTitle}</Text>
      <FormField id='text-title' label={WORKER_TEXT.titleLabel} value={p.draft.title} maxlength={TITLE_MAX + 20} onInput={(v) => p.type('title', v)} />
      {LONG_FIELDS.map(({ field, label }) => (
        <View key={field}>
          <FormField
            id={`text-${field}`}
            label={label}
            multiline
            value={p.draft[field]}
            maxlength={LONG_TEXT_MAX + 100}
            onInput={(v) => p.type(field, v)}
          />
        </View>
      ))}
      {p.result ? (
        <Text className={`form-result form-result--${p.result.ok ? 'ok' : 'error'}`}>{p.result.message}</Text>
      ) : p.dirty ? (
        <Text className='form-result'>{WORKER_TEXT.unsaved}</Text>
      ) : null}
      {p.result?.conflict ? (
        <BigButton variant='secondary' onClick={p.reload}>
          {WORKER_TEXT.reload}
        </BigButton>
      ) : null}
      <BigButton disabled={p.saving} onClick={p.save}>
        {p.saving ? WORKER_TEXT.saving : WORKER_TEXT.saveText}
      </BigButton>
    </View>
  );
}

function ProjectDesk({ projectId }: { projectId: string }) {
  const p = useProject(projectId);
  const stage = useStageMove(p.project, p.apply);
  const activity = useActivityForm(projectId, p.apply);
  const answer = useFeedbackAnswer(projectId, p.apply);

  if (p.load.status === 'error') return <CallError error={p.load.error} forbidden={WORKER_TEXT.forbidden} onRetry={p.reload} />;
  if (p.load.status === 'loading' || !p.project) return <Loading />;
  const { project } = p;
  return (
    <View className='project-desk' id={`project-${project.id}`}>
      <BigButton variant='link' onClick={() => Taro.redirectTo({ url: projectsUrl(project.communityId, project.year) })}>
        {WORKER_TEXT.backToList}
      </BigButton>
      <Text className='project-desk__category'>{WORKER_TEXT.category(categoryName(project.category))}</Text>
      <Text className='title'>{project.title}</Text>
      {project.canManage ? null : <Text className='subtitle'>{WORKER_TEXT.readOnly}</Text>}
      <TextCard p={p} project={project} />
      <StagePanel project={project} stage={stage} onReload={p.reload} />
      <ActivityPanel project={project} form={activity} />
      <View className='card joined-panel' id='joined-panel'>
        <Text className='section-title'>{WORKER_TEXT.joinedTitle}</Text>
        {(Object.keys(JOIN_ROLE_NAMES) as (keyof typeof JOIN_ROLE_NAMES)[]).map((role) => (
          <Text key={role} className='joined-panel__line'>
            {WORKER_TEXT.joined(JOIN_ROLE_NAMES[role], project.joined[role])}
          </Text>
        ))}
      </View>
      <FeedbackPanel project={project} answer={answer} />
    </View>
  );
}

export default function ProjectPage() {
  const params = usePageQuery();
  const projectId = params.projectId ?? '';
  return (
    <Screen className='project-page'>
      {projectId ? <ProjectDesk projectId={projectId} /> : <ErrorNote message={WORKER_TEXT.noProject} />}
    </Screen>
  );
}
