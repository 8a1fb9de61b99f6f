// One doorstep project as its workers run it: its text (title, summary, plan, reflection), stage and history,
// activities, residents who joined per role, and feedback to answer. Officials and others who may read it see it
// unedited: getProject's canManage says whether the caller runs it.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { categoryName, JOIN_ROLES } from '../../../../cloud/contract/rules';
import { useActivityForm, useFeedbackAnswer, useStageMove } from '../../../projects/useProjectActions';
import { useProject } from '../../../projects/useProject';
import { staffProjectsUrl } from '../../../routes';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { usePageQuery } from '../../../common/hooks/usePageQuery';
import { LOCKS_TEXT } from '../../../text/locks';
import { WORKER_TEXT } from '../../../text/worker';
import { ActivityPanel } from './ActivityPanel';
import { FeedbackPanel } from './FeedbackPanel';
import { StagePanel } from './StagePanel';
import { TextCard } from './TextCard';
import './index.scss';

function ProjectDesk({ projectId }: { projectId: string }) {
  const p = useProject(projectId);
  const stage = useStageMove(p.project, p.apply);
  const activity = useActivityForm(projectId, p.apply);
  const answer = useFeedbackAnswer(projectId, p.apply);

  if (p.load.status === 'error') return <CallError error={p.load.error} forbidden={WORKER_TEXT.forbidden} onRetry={p.reload} />;
  if (!p.project) return <Loading />;
  // A locked year (终期验收) is read, not run: every edit, record and answer control goes.
  const project = p.project.locked ? { ...p.project, canManage: false } : p.project;
  return (
    <View className='project-desk' id={`project-${project.id}`}>
      <BigButton variant='link' onClick={() => Taro.redirectTo({ url: staffProjectsUrl(project.year, project.communityId) })}>
        {WORKER_TEXT.backToList}
      </BigButton>
      <Text className='project-desk__category'>{WORKER_TEXT.category(categoryName(project.category))}</Text>
      <Text className='title'>{project.title}</Text>
      {p.project.locked ? (
        <Text className='subtitle project-desk__locked' id='project-locked'>
          {LOCKS_TEXT.projectLocked}
        </Text>
      ) : project.canManage ? null : (
        <Text className='subtitle'>{WORKER_TEXT.readOnly}</Text>
      )}
      <TextCard project={project} apply={p.apply} onReload={p.reload} />
      <StagePanel project={project} stage={stage} onReload={p.reload} />
      <ActivityPanel project={project} form={activity} />
      <View className='card joined-panel' id='joined-panel'>
        <Text className='section-title'>{WORKER_TEXT.joinedTitle}</Text>
        {JOIN_ROLES.map(({ id, name }) => (
          <Text key={id} className='joined-panel__line'>
            {WORKER_TEXT.joined(name, project.joined[id])}
          </Text>
        ))}
      </View>
      <FeedbackPanel project={project} answer={answer} />
    </View>
  );
}

export default function ProjectPage() {
  const projectId = usePageQuery().projectId ?? '';
  return (
    <ConsoleShell>
      <Screen className='project-page'>
        {projectId ? <ProjectDesk projectId={projectId} /> : <ErrorNote message={WORKER_TEXT.noProject} />}
      </Screen>
    </ConsoleShell>
  );
}
