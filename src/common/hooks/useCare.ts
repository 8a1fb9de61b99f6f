// 长辈模式 for a component: whether it is on, and a switch; every mounted page follows a change at once.
import { useSyncExternalStore } from 'react';
import { currentCare, setCareMode, subscribeCare } from '../care';

export function useCare(): { care: boolean; setCare: (on: boolean) => void } {
  const care = useSyncExternalStore(subscribeCare, currentCare, currentCare);
  return { care, setCare: setCareMode };
}
