// The visible entry to 长辈模式 on the first page: one large switch, saying whether it is on and what it does.
import { Text, View } from '@tarojs/components';
import { useCare } from '../hooks/useCare';
import { pressable } from './pressable';
import { CARE_TEXT } from '../../text/care';

export function CareSwitch() {
  const { care, setCare } = useCare();
  return (
    <View
      className={`care-switch${care ? ' care-switch--on' : ''}`}
      id='care-switch'
      ariaRole='switch'
      aria-checked={care ? 'true' : 'false'}
      ariaLabel={CARE_TEXT.careAria(care)}
      hoverClass='big-button--pressed'
      onClick={() => setCare(!care)}
      {...pressable(() => setCare(!care))}
    >
      <View className='care-switch__words'>
        <Text className='care-switch__label'>{CARE_TEXT.careLabel}</Text>
        <Text className='care-switch__state'>{care ? CARE_TEXT.careOn : CARE_TEXT.careOff}</Text>
      </View>
      <View className='care-switch__track'>
        <View className='care-switch__knob' />
      </View>
    </View>
  );
}
