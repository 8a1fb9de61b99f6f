// Loading and error states with a retry, shown while a call has not answered well.
import { Text, View } from '@tarojs/components';
import { COMMON_TEXT } from '../../text/common';
import { BigButton } from './BigButton';

export function Loading() {
  return (
    <View className='status'>
      <Text className='status__text'>{COMMON_TEXT.loading}</Text>
    </View>
  );
}

export function ErrorNote({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className='status status--error' ariaRole='alert'>
      <Text className='status__text'>{message}</Text>
      {onRetry ? (
        <BigButton variant='secondary' onClick={onRetry}>
          {COMMON_TEXT.retry}
        </BigButton>
      ) : null}
    </View>
  );
}
