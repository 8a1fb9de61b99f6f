// A community's doorstep projects of the year, per category against the two-per-category rule: its workers publish
// and run them; officials and admins read them, with the third-party evaluations, as Ⅱ-11/Ⅱ-12 evidence.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { TCommunity, TProjectSummary } from '../../../../cloud/contract';
import { canReadIndicators, canReadNeeds, canRunProjects, canSeeEvaluations, type Actor } from '../../../../cloud/contract/rules';
import { staffName } from '../../../assessment/staffName';
import { formatStamp } from '../../../common/format';
import { readsStaffProjects } from '../../../projects/access';
import { LOCKS_TEXT } from '../../../text/locks';
import { groupByCategory } from '../../../projects/groups';
import { useStaffCommunity } from '../../../projects/useStaffCommunity';
import { staffNeedsUrl } from '../../../routes';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { Loading } from '../../../common/components/StatusView';
import { useCall } from '../../../common/hooks/useCall';
import { usePageQuery, yearParam } from '../../../common/hooks/usePageQuery';
import { WORKER_TEXT } from '../../../text/worker';
import { CommunityGate } from '../components/CommunityGate';
import { CategorySection } from './CategorySection';
import { PublishForm } from './PublishForm';
import './index.scss';

interface Props {
  community: TCommunity;
  actor: Actor;
  year: number;
  onChange?: () => void;
}

/** The third-party evaluations of the year's projects, by project id; they come with the community's assessment. */
function useEvaluations(community: TCommunity, year: number, actor: Actor) {
  const communityId = community.id;
  const sees = canSeeEvaluations(actor, community) && canReadIndicators(actor, community);
  const { data } = useCall('getAssessment', { communityId, year }, { enabled: sees });
  if (!sees) return null;
  return new Map((data?.projects ?? []).flatMap((p) => (p.id ? [[p.id, p.aspects] as const] : [])));
}

function CommunityProjects({ community, actor, year, onChange }: Props) {
  const projects = useCall('listProjects', { communityId: community.id, year });
  const evaluations = useEvaluations(community, year, actor);
  const lock = projects.data?.lock ?? null;
  // A locked year (终期验收) is read, not run: no publishing; each project's page is read-only too.
  const runs = canRunProjects(actor, community) && !lock;

  // The last list stays on screen while a publish reloads it, so the form keeps its outcome.
  const [known, setKnown] = useState<TProjectSummary[] | null>(null);
  useEffect(() => {
    if (projects.data) setKnown(projects.data.projects);
  }, [projects.data]);

  let list;
  if (projects.state.status === 'error') {
    list = <CallError error={projects.state.error} forbidden={WORKER_TEXT.forbidden} onRetry={projects.reload} />;
  } else if (!known) list = <Loading />;
  else {
    const groups = groupByCategory(known, { withEmpty: true });
    list = (
      <View>
        {lock ? (
          <Text className='subtitle projects-page__locked' id='projects-locked'>
            {LOCKS_TEXT.yearLocked(formatStamp(lock.at), staffName(lock.by))}
          </Text>
        ) : null}
        {runs || lock ? null : <Text className='subtitle'>{WORKER_TEXT.evidenceHint}</Text>}
        {canReadNeeds(actor, community) ? (
          <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: staffNeedsUrl(community.id, year) })}>
            {WORKER_TEXT.needsLink}
          </BigButton>
        ) : null}
        {runs ? <PublishForm communityId={community.id} year={year} groups={groups} onPublished={projects.reload} /> : null}
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
  const w = useStaffCommunity(params.communityId, readsStaffProjects);
  return (
    <ConsoleShell>
      <Screen className='projects-page'>
        <CommunityGate choice={w.choice} onChoose={w.choose} title={WORKER_TEXT.projectsNavTitle}>
          {(community, actor) => (
            <CommunityProjects
              key={community.id}
              community={community}
              actor={actor}
              year={year}
              onChange={w.canChoose ? () => w.choose('') : undefined}
            />
          )}
        </CommunityGate>
      </Screen>
    </ConsoleShell>
  );
}
