// One doorstep project for residents: what it is, its stage and timeline, ratings, my rating, and joining in a role.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { categoryName } from '../../../cloud/contract/rules';
import { useJoin } from '../../projects/useJoin';
import { useProject } from '../../projects/useProject';
import { useRating } from '../../projects/useRating';
import { homeUrl, residentProjectsUrl, residentProjectUrl } from '../../routes';
import { Screen } from '../../common/components/Screen';
import { BigButton } from '../../common/components/BigButton';
import { ErrorNote, Loading } from '../../common/components/StatusView';
import { DeadEnd } from '../../common/components/DeadEnd';
import { usePageQuery } from '../../common/hooks/usePageQuery';
import { RESIDENTS_TEXT } from '../../text/residents';
import { Stage, Timeline } from './Progress';
import { Ratings } from './Ratings';
import { MyRating } from './MyRating';
import { JoinRoles } from './JoinRoles';
import { useShare } from '../../common/hooks/useShare';
import { STAFFING_TEXT } from '../../text/staffing';
import './index.scss';

const toHome = () => Taro.reLaunch({ url: homeUrl() });

/** Back to the list it came from, or to the project's community list when opened directly (a shared link). */
function backTo(communityId: string) {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack();
  else Taro.redirectTo({ url: residentProjectsUrl(communityId) });
}

function ProjectView({ projectId }: { projectId: string }) {
  // My earlier rating fills the form when the project loads (the callback runs after this render).
  const p = useProject(projectId, (loaded) => rating.seed(loaded));
  const rating = useRating(projectId, p.apply);
  const join = useJoin(p.project, p.apply);
  const { project } = p;

  if (p.load.status === 'error') {
    if (p.load.error.code === 'NOT_FOUND') return <DeadEnd kind='project' />;
    return (
      <>
        <ErrorNote message={p.load.error.message} onRetry={p.reload} />
        <BigButton variant='link' onClick={toHome}>
          {RESIDENTS_TEXT.toHome}
        </BigButton>
      </>
    );
  }
  if (!project) return <Loading />;
  return (
    <>
      <BigButton variant='link' className='back-link' onClick={() => backTo(project.communityId)}>
        {RESIDENTS_TEXT.backToList}
      </BigButton>
      <View className='card'>
        <Text className='project__category'>{RESIDENTS_TEXT.categoryHeading(categoryName(project.category))}</Text>
        <Text className='title project__title'>{project.title}</Text>
        {project.summary ? <Text className='paragraph'>{project.summary}</Text> : null}
        {project.plan ? (
          <>
            <Text className='section-title'>{RESIDENTS_TEXT.plan}</Text>
            <Text className='paragraph'>{project.plan}</Text>
          </>
        ) : null}
      </View>
      <Stage project={project} />
      <Timeline project={project} />
      <Ratings project={project} />
      <MyRating
        rating={rating}
        rated={project.mine.feedback !== null}
        hidden={project.mine.feedback?.hidden ?? null}
        reply={project.mine.feedback?.reply ?? null}
      />
      <JoinRoles joined={project.mine.joined} join={join} />
    </>
  );
}

export default function ProjectPage() {
  const projectId = usePageQuery().projectId ?? '';
  useShare(STAFFING_TEXT.shareProject, projectId ? residentProjectUrl(projectId) : homeUrl());
  return <Screen className='project-page'>{projectId ? <ProjectView projectId={projectId} /> : <DeadEnd kind='project' />}</Screen>;
}
