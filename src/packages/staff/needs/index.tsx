// The residents' needs of a community (需求调研 starts here), each with its category and date. Its workers link one
// to the project that answers it, and the link is shown ("您说，我们做"); officials read them.
import { Text, View } from '@tarojs/components';
import type { TCommunity, TNeed, TProjectSummary } from '../../../../cloud/contract';
import { canReadNeeds, canRunProjects, categoryName, stageName, type Actor } from '../../../../cloud/contract/rules';
import { useNeedLink } from '../../../projects/useNeedLink';
import { useNeeds } from '../../../projects/useNeeds';
import { useStaffCommunity } from '../../../projects/useStaffCommunity';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { Loading } from '../../../common/components/StatusView';
import { formatStamp } from '../../../common/format';
import { useCall } from '../../../common/hooks/useCall';
import { usePageQuery, yearParam } from '../../../common/hooks/usePageQuery';
import { WORKER_TEXT } from '../../../text/worker';
import { CommunityGate } from '../components/CommunityGate';
import './index.scss';

interface LinkProps {
  need: TNeed;
  projects: readonly TProjectSummary[];
  link: ReturnType<typeof useNeedLink>;
}

/** A worker's way to link the need: the button, or the projects to choose from. */
function LinkPicker({ need, projects, link: l }: LinkProps) {
  if (l.picking !== need.id) {
    return (
      <BigButton variant='secondary' onClick={() => l.pick(need.id)}>
        {need.project ? WORKER_TEXT.relink : WORKER_TEXT.linkTo}
      </BigButton>
    );
  }
  return (
    <View className='need-card__picker'>
      <Text className='field-label'>{WORKER_TEXT.chooseProject}</Text>
      {projects.length === 0 ? <Text className='muted-line'>{WORKER_TEXT.noProjectsToLink}</Text> : null}
      {projects.map((p) => (
        <BigButton
          key={p.id}
          variant='option'
          className='need-card__project'
          selected={need.project?.id === p.id}
          disabled={l.busy}
          onClick={() => l.link(need.id, p.id)}
        >
          {`${categoryName(p.category)} · ${p.title}`}
        </BigButton>
      ))}
      <BigButton variant='link' onClick={() => l.pick(null)}>
        {WORKER_TEXT.cancel}
      </BigButton>
      {l.busy ? <Text className='muted-line'>{WORKER_TEXT.linking}</Text> : null}
      <ActionResult result={l.result} />
    </View>
  );
}

function CommunityNeeds({ community, actor, year }: { community: TCommunity; actor: Actor; year: number }) {
  const n = useNeeds('community', community.id);
  // Only those who run the projects link needs to them (linkNeed refuses officials).
  const links = canRunProjects(actor, community);
  const projects = useCall('listProjects', { communityId: community.id, year }, { enabled: links });
  const link = useNeedLink(n.replace);

  let body;
  if (n.load.status === 'loading') body = <Loading />;
  else if (n.load.status === 'error') body = <CallError error={n.load.error} forbidden={WORKER_TEXT.forbidden} onRetry={n.reload} />;
  else if (n.needs.length === 0) body = <Text className='subtitle'>{WORKER_TEXT.noNeeds}</Text>;
  else {
    body = n.needs.map((need) => (
      <View key={need.id} className='card need-card' id={`need-${need.id}`}>
        <Text className='muted-line'>
          {WORKER_TEXT.needMeta(need.category ? categoryName(need.category) : WORKER_TEXT.noCategory, formatStamp(need.submittedAt))}
        </Text>
        <Text className='need-card__text'>{need.text}</Text>
        <Text className={`need-card__link${need.project ? ' need-card__link--done' : ''}`}>
          {need.project ? WORKER_TEXT.linkedTo(need.project.title, stageName(need.project.stage)) : WORKER_TEXT.notLinked}
        </Text>
        {links ? <LinkPicker need={need} projects={projects.data?.projects ?? []} link={link} /> : null}
      </View>
    ));
  }
  return (
    <View>
      <Text className='title'>{WORKER_TEXT.needsTitle(community.name)}</Text>
      <Text className='subtitle'>{links ? WORKER_TEXT.needsHint : WORKER_TEXT.needsReadHint}</Text>
      {body}
    </View>
  );
}

export default function NeedsPage() {
  const params = usePageQuery();
  const year = yearParam(params.year);
  const w = useStaffCommunity(params.communityId, canReadNeeds);
  return (
    <ConsoleShell>
      <Screen className='needs-page'>
        <CommunityGate choice={w.choice} onChoose={w.choose}>
          {(community, actor) => <CommunityNeeds community={community} actor={actor} year={year} />}
        </CommunityGate>
      </Screen>
    </ConsoleShell>
  );
}
