// A large tappable consent box with its words: ☑ / ☐, read out with its state (a volunteer's phone, a resident's oral consent).
import { Text, View } from '@tarojs/components';

interface Props {
  id: string;
  checked: boolean;
  label: string;
  onToggle: () => void;
}

export function CheckRow({ id, checked, label, onToggle }: Props) {
  return (
    <View
      id={id}
      className={`check-row${checked ? ' check-row--checked' : ''}`}
      ariaRole='checkbox'
      aria-checked={checked ? 'true' : 'false'}
      ariaLabel={`${checked ? '已勾选' : '未勾选'}：${label}`}
      onClick={onToggle}
    >
      <Text className='check-row__box'>{checked ? '☑' : '☐'}</Text>
      <Text className='check-row__label'>{label}</Text>
    </View>
  );
}
