// Telling the community a need, and the needs I told it with the projects that answer them.
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { useNeedForm } from '../../projects/useNeedForm';
import { useNeeds } from '../../projects/useNeeds';
import { residentProjectsUrl, residentProjectUrl } from '../../routes';
import { Screen } from '../../common/components/Screen';
import { BigButton } from '../../common/components/BigButton';
import { ErrorNote, Loading } from '../../common/components/StatusView';
import { DeadEnd, namesCommunity } from '../../common/components/DeadEnd';
import { usePageQuery } from '../../common/hooks/usePageQuery';
import { communityIdFromEntry } from '../../survey/entry';
import { RESIDENTS_TEXT } from '../../text/residents';
import { NeedForm } from './NeedForm';
import { MyNeeds } from './MyNeeds';
import './index.scss';

function Needs({ communityId }: { communityId: string }) {
  // My needs load first: they tell whether the community exists, so no one types into a form that cannot be sent.
  const mine = useNeeds('mine', communityId);
  const form = useNeedForm(communityId, mine.add);
  if (mine.load.status === 'error' && mine.load.error.code === 'NOT_FOUND') return <DeadEnd kind='community' />;
  return (
    <>
      <Text className='title'>{RESIDENTS_TEXT.needsTitle}</Text>
      <Text className='subtitle'>{RESIDENTS_TEXT.needsLead}</Text>
      {mine.load.status === 'loading' ? <Loading /> : null}
      {mine.load.status === 'error' ? <ErrorNote message={mine.load.error.message} onRetry={mine.reload} /> : null}
      {mine.load.status === 'ready' ? (
        <>
          <NeedForm form={form} />
          <MyNeeds needs={mine.needs} onOpenProject={(id) => Taro.navigateTo({ url: residentProjectUrl(id) })} />
        </>
      ) : null}
      <BigButton variant='link' onClick={() => Taro.navigateTo({ url: residentProjectsUrl(communityId) })}>
        {RESIDENTS_TEXT.toProjects}
      </BigButton>
    </>
  );
}

export default function NeedsPage() {
  const query = usePageQuery();
  const communityId = communityIdFromEntry(query) ?? '';
  return (
    <Screen className='needs-page'>
      {communityId ? <Needs communityId={communityId} /> : <DeadEnd kind={namesCommunity(query) ? 'community' : 'none'} />}
    </Screen>
  );
}
