// The community's doorstep projects of this year, under their categories; tap one to open it.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMemo } from 'react';
import { shanghaiYear } from '../../../cloud/contract/rules';
import { groupByCategory } from '../../projects/groups';
import { homeUrl, residentNeedsUrl, residentProjectsUrl, residentProjectUrl } from '../../routes';
import { Screen } from '../../common/components/Screen';
import { BigButton } from '../../common/components/BigButton';
import { ErrorNote, Loading } from '../../common/components/StatusView';
import { DeadEnd, namesCommunity } from '../../common/components/DeadEnd';
import { useCall } from '../../common/hooks/useCall';
import { usePageQuery } from '../../common/hooks/usePageQuery';
import { communityIdFromEntry } from '../../survey/entry';
import { RESIDENTS_TEXT } from '../../text/residents';
import { ProjectCard } from './ProjectCard';
import { useShare } from '../../common/hooks/useShare';
import { STAFFING_TEXT } from '../../text/staffing';
import './index.scss';

function CommunityName({ communityId, year }: { communityId: string; year: number }) {
  const { data } = useCall('listCommunities', {});
  const name = data?.communities.find((c) => c.id === communityId)?.name ?? '';
  return <Text className='subtitle'>{RESIDENTS_TEXT.projectsLead(name, year)}</Text>;
}

export default function ProjectsPage() {
  const query = usePageQuery();
  const communityId = communityIdFromEntry(query) ?? '';
  const year = shanghaiYear();
  useShare(STAFFING_TEXT.shareProjects, communityId ? residentProjectsUrl(communityId) : homeUrl());
  const { state, data, reload } = useCall('listProjects', { communityId, year }, { enabled: !!communityId });
  const groups = useMemo(() => (data ? groupByCategory(data.projects) : []), [data]);

  if (!communityId || (state.status === 'error' && state.error.code === 'NOT_FOUND')) {
    return (
      <Screen className='projects-page'>
        <DeadEnd kind={communityId || namesCommunity(query) ? 'community' : 'none'} />
      </Screen>
    );
  }
  return (
    <Screen className='projects-page'>
      <Text className='title'>{RESIDENTS_TEXT.projectsTitle}</Text>
      <CommunityName communityId={communityId} year={year} />
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorNote message={state.error.message} onRetry={reload} /> : null}
      {state.status === 'ready' && groups.length === 0 ? <Text className='paragraph'>{RESIDENTS_TEXT.noProjects}</Text> : null}
      {groups.map((g) => (
        <View key={g.category} className='category' id={`category-${g.category}`}>
          <Text className='category__name'>{RESIDENTS_TEXT.categoryHeading(g.name)}</Text>
          {g.projects.map((p) => (
            <ProjectCard key={p.id} project={p} onOpen={() => Taro.navigateTo({ url: residentProjectUrl(p.id) })} />
          ))}
        </View>
      ))}
      <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: residentNeedsUrl(communityId) })}>
        {RESIDENTS_TEXT.tellNeed}
      </BigButton>
    </Screen>
  );
}
