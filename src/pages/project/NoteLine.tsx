// The line under a send button: green when it went well, red (and announced) when it did not.
import { Text, View } from '@tarojs/components';
import type { Note } from '../../residents/useProject';

export function NoteLine({ note }: { note: Note | null }) {
  if (!note) return null;
  return (
    <View className={`note note--${note.ok ? 'ok' : 'error'}`} ariaRole={note.ok ? undefined : 'alert'}>
      <Text>{note.message}</Text>
    </View>
  );
}
