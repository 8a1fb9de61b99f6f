// One doorstep project for residents: what it is, its stage and timeline, ratings, my rating, and joining in a role.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { BigButton } from '../../components/BigButton';
import { ErrorNote, Loading } from '../../components/StatusView';
import { categoryName } from '../../residents/projects';
import { projectsUrl } from '../../residents/links';
import { useProject } from '../../residents/useProject';
import { RESIDENTS_TEXT } from '../../text/residents';
import { Stage, Timeline } from './Progress';
import { Ratings } from './Ratings';
import { MyRating } from './MyRating';
import { JoinRoles } from './JoinRoles';
import './index.scss';
import { usePageQuery } from '../../hooks/usePageQuery';

const toHome = () => Taro.reLaunch({ url: '/pages/index/index' });

/** Back to the list it came from, or to the project's community list when opened directly (a shared link). */
function backTo(communityId: string) {
  if (Taro.getCurrentPages().length > 1) Taro.navigateBack();
  else Taro.redirectTo({ url: projectsUrl(communityId) });
}

export default function ProjectPage() {
  const projectId = usePageQuery().projectId ?? '';
  const p = useProject(projectId);
  const { project } = p;

  if (!projectId) {
    return (
      <Screen className='project-page'>
        <Text className='subtitle'>{RESIDENTS_TEXT.noCommunity}</Text>
        <BigButton onClick={toHome}>{RESIDENTS_TEXT.toHome}</BigButton>
      </Screen>
    );
  }
  if (p.load.status === 'error') {
    return (
      <Screen className='project-page'>
        <ErrorNote message={p.load.error.message} onRetry={p.reload} />
        <BigButton variant='link' onClick={toHome}>
          {RESIDENTS_TEXT.toHome}
        </BigButton>
      </Screen>
    );
  }
  if (!project) {
    return (
      <Screen className='project-page'>
        <Loading />
      </Screen>
    );
  }
  return (
    <Screen className='project-page'>
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
        rating={p.rating}
        chooseStars={p.chooseStars}
        typeComment={p.typeComment}
        sendRating={p.sendRating}
        rated={project.mine.feedback !== null}
      />
      <JoinRoles joined={project.mine.joined} busyRole={p.busyRole} joinNote={p.joinNote} toggleRole={p.toggleRole} />
    </Screen>
  );
}
