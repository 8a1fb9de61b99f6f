// Until a staff page knows its community (useWorkerCommunity): loading, the failure, "none of yours", or the
// list to choose from; then the page itself, for the chosen community.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { TCommunity } from '../../../../cloud/contract';
import { BigButton } from '../../../components/BigButton';
import { ErrorNote, Loading } from '../../../components/StatusView';
import type { CommunityChoice } from '../../../official/useWorkerCommunity';
import { WORKER_TEXT } from '../../../text/worker';
import { CallError } from './CallError';

interface Props {
  choice: CommunityChoice;
  onChoose: (communityId: string) => void;
  /** Shown above the list to choose from. */
  title?: string;
  children: (community: TCommunity) => ReactNode;
}

export function CommunityGate({ choice, onChoose, title, children }: Props) {
  if (choice.status === 'loading') return <Loading />;
  if (choice.status === 'error') return <CallError error={choice.error} forbidden={WORKER_TEXT.forbidden} onRetry={choice.retry} />;
  if (choice.status === 'none') return <ErrorNote message={choice.staff ? WORKER_TEXT.noCommunity : WORKER_TEXT.forbidden} />;
  if (choice.status === 'ready') return <>{children(choice.community)}</>;
  return (
    <View>
      {title ? <Text className='title'>{title}</Text> : null}
      <Text className='field-label'>{WORKER_TEXT.chooseCommunity}</Text>
      {choice.communities.map((c) => (
        <BigButton key={c.id} variant='option' onClick={() => onChoose(c.id)}>
          {WORKER_TEXT.communityLine(c.district, c.name)}
        </BigButton>
      ))}
    </View>
  );
}
