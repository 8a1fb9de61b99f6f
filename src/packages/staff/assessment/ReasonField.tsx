// Why Ⅱ-10.2/10.3 is set by hand instead of by the rates: the server refuses an override without it.
import { Text, Textarea, View } from '@tarojs/components';
import { REASON_MAX } from '../../../../cloud/contract/rules';
import { STAGES_TEXT } from '../../../text/stages';

interface Props {
  itemId: string;
  reason: string;
  onReason: (itemId: string, reason: string) => void;
}

export function ReasonField({ itemId, reason, onReason }: Props) {
  return (
    <View className='item-row__note item-row__reason-field' id={`reason-${itemId}`}>
      <Text className='field-label'>{STAGES_TEXT.reason}</Text>
      <Textarea
        className='item-row__note-input'
        value={reason}
        maxlength={REASON_MAX}
        autoHeight
        placeholder={STAGES_TEXT.reasonPlaceholder}
        onInput={(e) => onReason(itemId, e.detail.value)}
      />
    </View>
  );
}
