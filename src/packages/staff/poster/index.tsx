// A community's survey poster (getCommunityPoster): the code residents scan, to see and to download for printing.
import { Image, Text, View } from '@tarojs/components';
import { ActionResult } from '../../../common/components/ActionResult';
import { BigButton } from '../../../common/components/BigButton';
import { Screen } from '../../../common/components/Screen';
import { ConsoleShell } from '../../../common/components/console/ConsoleShell';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { useAction } from '../../../common/hooks/useAction';
import { useCall } from '../../../common/hooks/useCall';
import { usePageQuery } from '../../../common/hooks/usePageQuery';
import { openImage } from '../../../staffing/openImage';
import { STAFFING_TEXT } from '../../../text/staffing';
import './index.scss';

export default function PosterPage() {
  const communityId = usePageQuery().communityId ?? '';
  const communities = useCall('listCommunities', {});
  const poster = useCall('getCommunityPoster', { communityId }, { enabled: communityId !== '' });
  const download = useAction();
  const name = communities.data?.communities.find((c) => c.id === communityId)?.name ?? communityId;
  let body;
  if (poster.state.status === 'loading') body = <Loading />;
  else if (poster.state.status === 'error') {
    const e = poster.state.error;
    body = (
      <ErrorNote
        message={e.code === 'FORBIDDEN' ? STAFFING_TEXT.posterForbidden : e.message}
        onRetry={e.code === 'FORBIDDEN' ? undefined : poster.reload}
      />
    );
  } else {
    const file = poster.state.data;
    body = (
      <View className='card poster'>
        <Image className='poster__qr' src={file.url} mode='aspectFit' />
        <Text className='subtitle'>{STAFFING_TEXT.posterHint}</Text>
        <ActionResult result={download.result} />
        <BigButton disabled={download.busy} onClick={() => download.run(() => openImage(file), { failed: (e) => e.message })}>
          {STAFFING_TEXT.download}
        </BigButton>
      </View>
    );
  }
  return (
    <ConsoleShell>
      <Screen className='poster-page'>
        <Text className='title'>{STAFFING_TEXT.posterTitle(name)}</Text>
        {body}
      </Screen>
    </ConsoleShell>
  );
}
