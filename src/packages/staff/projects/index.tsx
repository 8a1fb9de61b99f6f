// A community's doorstep projects of the year, per category against the two-per-category rule: workers
// publish and open them; officials read them (with the third-party evaluations) as Ⅱ-11/Ⅱ-12 evidence.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { TAspects, TCommunity, TProjectSummary } from '../../../../cloud/contract';
import { Screen } from '../../../components/Screen';
import { BigButton } from '../../../components/BigButton';
import { Loading } from '../../../components/StatusView';
import { useCall } from '../../../hooks/useCall';
import { needsUrl, yearParam } from '../../../official/links';
import { useWorkerCommunity } from '../../../official/useWorkerCommunity';
import { groupByCategory } from '../../../official/worker-projects';
import { WORKER_TEXT } from '../../../text/worker';
import { CallError } from '../components/CallError';
import { CommunityGate } from '../components/CommunityGate';
import { CategorySection } from './CategorySection';
import { PublishForm } from './PublishForm';
import './index.scss';
import { usePageQuery } from '../../../hooks/usePageQuery';

interface Props {
  community: TCommunity;
  year: number;
  canPublish: boolean;
  seesEvaluations: boolean;
  onChange?: () => void;
}

function CommunityProjects({ community, year, canPublish, seesEvaluations, onChange }: Props) {
  const projects = useCall('listProjects', { communityId: community.id, year });
  // The evaluations of the year's projects come with the community's assessment (officials and admins).
  const assessment = useCall('getAssessment', { communityId: community.id, year }, seesEvaluations);
  const evaluations =
    seesEvaluations && assessment.state.status === 'ready'
      ? new Map(assessment.state.data.projects.filter((p) => p.id).map((p) => [p.id!, p.aspects as TAspects]))
      : null;

  // The last list stays on screen while a publish reloads it, so the form keeps its outcome.
  const [known, setKnown] = useState<TProjectSummary[] | null>(null);
  useEffect(() => {
    if (projects.state.status === 'ready') setKnown(projects.state.data.projects);
  }, [projects.state]);

  let list;
  if (projects.state.status === 'error') {
    list = <CallError error={projects.state.error} forbidden={WORKER_TEXT.forbidden} onRetry={projects.reload} />;
  } else if (!known) list = <Loading />;
  else {
    const groups = groupByCategory(known);
    list = (
      <View>
        {canPublish ? (
          <>
            <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: needsUrl(community.id) })}>
              {WORKER_TEXT.needsLink}
            </BigButton>
            <PublishForm communityId={community.id} year={year} groups={groups} onPublished={projects.reload} />
          </>
        ) : (
          <Text className='subtitle'>{WORKER_TEXT.evidenceHint}</Text>
        )}
        {groups.map((g) => (
          <CategorySection key={g.category} group={g} evaluations={evaluations} />
        ))}
      </View>
    );
  }
  return (
    <View>
      <Text className='title'>{WORKER_TEXT.projectsTitle(community.name, year)}</Text>
      {onChange ? (
        <BigButton variant='link' onClick={onChange}>
          {WORKER_TEXT.changeCommunity}
        </BigButton>
      ) : null}
      {list}
    </View>
  );
}

export default function ProjectsPage() {
  const params = usePageQuery();
  const year = yearParam(params.year);
  const w = useWorkerCommunity(params.communityId);
  return (
    <Screen className='projects-page'>
      <CommunityGate choice={w.choice} onChoose={w.choose} title={WORKER_TEXT.projectsNavTitle}>
        {(community) => (
          <CommunityProjects
            key={community.id}
            community={community}
            year={year}
            canPublish={w.canPublish}
            seesEvaluations={w.seesEvaluations}
            onChange={w.canChoose ? () => w.choose('') : undefined}
          />
        )}
      </CommunityGate>
    </Screen>
  );
}
