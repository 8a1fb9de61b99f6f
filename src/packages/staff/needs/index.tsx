// The residents' needs of a community (需求调研 starts here), each with its category and date; a worker links
// one to the project that answers it, and the link is shown ("您说，我们做").
import { Text, View } from '@tarojs/components';
import type { TCommunity, TProjectSummary } from '../../../../cloud/contract';
import { Screen } from '../../../components/Screen';
import { BigButton } from '../../../components/BigButton';
import { Loading } from '../../../components/StatusView';
import { formatStamp } from '../../../official/format';
import { yearParam } from '../../../official/links';
import { useNeeds } from '../../../official/useNeeds';
import { useWorkerCommunity } from '../../../official/useWorkerCommunity';
import { categoryName, stageName } from '../../../official/worker-projects';
import { WORKER_TEXT } from '../../../text/worker';
import { CallError } from '../components/CallError';
import { CommunityGate } from '../components/CommunityGate';
import './index.scss';
import { usePageQuery } from '../../../hooks/usePageQuery';

function CommunityNeeds({ community, year }: { community: TCommunity; year: number }) {
  const n = useNeeds(community.id, year);
  const projects: TProjectSummary[] = n.projects.state.status === 'ready' ? n.projects.state.data.projects : [];

  let body;
  if (n.listed.state.status === 'loading') body = <Loading />;
  else if (n.listed.state.status === 'error') {
    body = <CallError error={n.listed.state.error} forbidden={WORKER_TEXT.forbidden} onRetry={n.listed.reload} />;
  } else if (n.needs.length === 0) body = <Text className='subtitle'>{WORKER_TEXT.noNeeds}</Text>;
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
        {n.picking === need.id ? (
          <View className='need-card__picker'>
            <Text className='field-label'>{WORKER_TEXT.chooseProject}</Text>
            {projects.length === 0 ? <Text className='muted-line'>{WORKER_TEXT.noProjectsToLink}</Text> : null}
            {projects.map((p) => (
              <BigButton
                key={p.id}
                variant='option'
                className='need-card__project'
                selected={need.project?.id === p.id}
                disabled={n.busy}
                onClick={() => n.link(need.id, p.id)}
              >
                {`${categoryName(p.category)} · ${p.title}`}
              </BigButton>
            ))}
            <BigButton variant='link' onClick={() => n.pick(null)}>
              {WORKER_TEXT.cancel}
            </BigButton>
          </View>
        ) : (
          <BigButton variant='secondary' onClick={() => n.pick(need.id)}>
            {need.project ? WORKER_TEXT.relink : WORKER_TEXT.linkTo}
          </BigButton>
        )}
        {n.busy && n.picking === need.id ? <Text className='muted-line'>{WORKER_TEXT.linking}</Text> : null}
        {n.error?.needId === need.id ? <Text className='field-error'>{n.error.message}</Text> : null}
      </View>
    ));
  }
  return (
    <View>
      <Text className='title'>{WORKER_TEXT.needsTitle(community.name)}</Text>
      <Text className='subtitle'>{WORKER_TEXT.needsHint}</Text>
      {body}
    </View>
  );
}

export default function NeedsPage() {
  const params = usePageQuery();
  const year = yearParam(params.year);
  const w = useWorkerCommunity(params.communityId);
  return (
    <Screen className='needs-page'>
      <CommunityGate choice={w.choice} onChoose={w.choose}>
        {(community) => <CommunityNeeds community={community} year={year} />}
      </CommunityGate>
    </Screen>
  );
}
