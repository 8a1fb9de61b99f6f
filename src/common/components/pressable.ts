// What makes a View that acts as a button reachable without a finger in the H5 build (a keyboard, a switch
// control, a screen reader's focus): it takes focus and Enter or Space presses it. The mini-program ignores both.
// Taro's View types carry neither prop, hence the plain object spread onto it.

interface KeyEventLike {
  key: string;
  preventDefault: () => void;
}

export function pressable(onPress: (() => void) | undefined): Record<string, unknown> {
  if (!onPress) return {};
  return {
    tabIndex: 0,
    onKeyDown: (e: KeyEventLike) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onPress();
    },
  };
}
