// The line under a button that writes: green when it went well, red (and announced) when it did not.
import { Text, View } from '@tarojs/components';
import type { Outcome } from '../hooks/useAction';

export function ActionResult({ result }: { result: Outcome | null }) {
  if (!result) return null;
  return (
    <View className={`action-result action-result--${result.ok ? 'ok' : 'error'}`} ariaRole={result.ok ? undefined : 'alert'}>
      <Text>{result.message}</Text>
    </View>
  );
}
