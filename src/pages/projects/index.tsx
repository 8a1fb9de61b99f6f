// The community's doorstep projects of this year, under their categories; tap one to open it.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { Screen } from '../../components/Screen';
import { BigButton } from '../../components/BigButton';
import { ErrorNote, Loading } from '../../components/StatusView';
import { useCall } from '../../hooks/useCall';
import { communityIdFromEntry } from '../../survey/entry';
import { groupByCategory, shanghaiYear } from '../../residents/projects';
import { needsUrl, projectUrl } from '../../residents/links';
import { RESIDENTS_TEXT } from '../../text/residents';
import { ProjectCard } from './ProjectCard';
import './index.scss';
import { usePageQuery } from '../../hooks/usePageQuery';

const toHome = () => Taro.reLaunch({ url: '/pages/index/index' });

function CommunityName({ communityId }: { communityId: string }) {
  const { state } = useCall('listCommunities', {});
  const name = state.status === 'ready' ? (state.data.communities.find((c) => c.id === communityId)?.name ?? '') : '';
  return <Text className='subtitle'>{RESIDENTS_TEXT.projectsLead(name, shanghaiYear())}</Text>;
}

export default function ProjectsPage() {
  const communityId = communityIdFromEntry(usePageQuery()) ?? '';
  const year = shanghaiYear();
  const { state, reload } = useCall('listProjects', { communityId, year }, !!communityId);
  const groups = useMemo(() => (state.status === 'ready' ? groupByCategory(state.data.projects) : []), [state]);

  if (!communityId) {
    return (
      <Screen className='projects-page'>
        <Text className='subtitle'>{RESIDENTS_TEXT.noCommunity}</Text>
        <BigButton onClick={toHome}>{RESIDENTS_TEXT.toHome}</BigButton>
      </Screen>
    );
  }

  const tellNeed = (
    <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: needsUrl(communityId) })}>
      {RESIDENTS_TEXT.tellNeed}
    </BigButton>
  );
  return (
    <Screen className='projects-page'>
      <Text className='title'>{RESIDENTS_TEXT.projectsTitle}</Text>
      <CommunityName communityId={communityId} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorNote message={state.error.message} onRetry={reload} /> : null}
      {state.status === 'ready' && groups.length === 0 ? <Text className='paragraph'>{RESIDENTS_TEXT.noProjects}</Text> : null}
      {groups.map((g) => (
        <View key={g.category} className='category' id={`category-${g.category}`}>
          <Text className='category__name'>{RESIDENTS_TEXT.categoryHeading(g.name)}</Text>
          {g.projects.map((p) => (
            <ProjectCard key={p.id} project={p} onOpen={() => Taro.navigateTo({ url: projectUrl(p.id) })} />
          ))}
        </View>
      ))}
      {tellNeed}
    </Screen>
  );
}
