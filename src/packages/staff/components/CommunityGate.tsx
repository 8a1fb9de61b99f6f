// Until a staff page knows its community (useStaffCommunity): loading, the failure, "none of yours", or the
// list to choose from; then the page itself, for the chosen community and the caller.
import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { TCommunity } from '../../../../cloud/contract';
import type { Actor } from '../../../../cloud/contract/rules';
import type { CommunityChoice } from '../../../projects/useStaffCommunity';
import { BigButton } from '../../../common/components/BigButton';
import { CallError } from '../../../common/components/CallError';
import { ErrorNote, Loading } from '../../../common/components/StatusView';
import { WORKER_TEXT } from '../../../text/worker';

interface Props {
  choice: CommunityChoice;
  onChoose: (communityId: string) => void;
  /** Shown above the list to choose from. */
  title?: string;
  children: (community: TCommunity, actor: Actor) => ReactNode;
}

export function CommunityGate({ choice, onChoose, title, children }: Props) {
  if (choice.status === 'loading') return <Loading />;
  if (choice.status === 'error') return <CallError error={choice.error} forbidden={WORKER_TEXT.forbidden} onRetry={choice.retry} />;
  if (choice.status === 'none') return <ErrorNote message={choice.worker ? WORKER_TEXT.noCommunity : WORKER_TEXT.forbidden} />;
  if (choice.status === 'ready') return <>{children(choice.community, choice.actor)}</>;
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
