// Telling the community a need, and the needs I told it with the projects that answer them.
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Screen } from '../../components/Screen';
import { BigButton } from '../../components/BigButton';
import { ErrorNote, Loading } from '../../components/StatusView';
import { communityIdFromEntry } from '../../survey/entry';
import { projectUrl, projectsUrl } from '../../residents/links';
import { useNeeds } from '../../residents/useNeeds';
import { RESIDENTS_TEXT } from '../../text/residents';
import { NeedForm } from './NeedForm';
import { MyNeeds } from './MyNeeds';
import './index.scss';
import { usePageQuery } from '../../hooks/usePageQuery';

export default function NeedsPage() {
  const communityId = communityIdFromEntry(usePageQuery()) ?? '';
  const n = useNeeds(communityId);

  if (!communityId) {
    return (
      <Screen className='needs-page'>
        <Text className='subtitle'>{RESIDENTS_TEXT.noCommunity}</Text>
        <BigButton onClick={() => Taro.reLaunch({ url: '/pages/index/index' })}>{RESIDENTS_TEXT.toHome}</BigButton>
      </Screen>
    );
  }
  return (
    <Screen className='needs-page'>
      <Text className='title'>{RESIDENTS_TEXT.needsTitle}</Text>
      <Text className='subtitle'>{RESIDENTS_TEXT.needsLead}</Text>
      <NeedForm
        draft={n.draft}
        chooseCategory={n.chooseCategory}
        typeText={n.typeText}
        sending={n.sending}
        note={n.note}
        send={n.send}
      />
      {n.load.status === 'loading' ? <Loading /> : null}
      {n.load.status === 'error' ? <ErrorNote message={n.load.error.message} onRetry={n.reload} /> : null}
      {n.load.status === 'ready' ? (
        <MyNeeds needs={n.load.data.needs} onOpenProject={(id) => Taro.navigateTo({ url: projectUrl(id) })} />
      ) : null}
      <BigButton variant='link' onClick={() => Taro.navigateTo({ url: projectsUrl(communityId) })}>
        {RESIDENTS_TEXT.toProjects}
      </BigButton>
    </Screen>
  );
}
