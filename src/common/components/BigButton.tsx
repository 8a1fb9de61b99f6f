// A large, easy-to-hit button (many residents are elderly): primary, secondary, or an answer option.
import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { pressable } from './pressable';

interface Props {
  children: ReactNode;
  onClick?: () => void;
  variant?: 'primary' | 'secondary' | 'option' | 'link';
  selected?: boolean;
  disabled?: boolean;
  className?: string;
}

export function BigButton({ children, onClick, variant = 'primary', selected, disabled, className = '' }: Props) {
  const classes = ['big-button', `big-button--${variant}`, className];
  if (selected) classes.push('big-button--selected');
  if (disabled) classes.push('big-button--disabled');
  return (
    <View
      className={classes.join(' ')}
      hoverClass={disabled ? 'none' : 'big-button--pressed'}
      ariaRole='button'
      onClick={disabled ? undefined : onClick}
      {...pressable(disabled ? undefined : onClick)}
    >
      {children}
    </View>
  );
}
