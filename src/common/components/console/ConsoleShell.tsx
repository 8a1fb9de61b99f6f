// The staff console's frame: from 1024 px wide a navigation column at the side (the staff pages this caller may use,
// by the contract's permission rules) beside the page; below that width the page alone, as on a phone.
// Wrap a staff page's <Screen> in it: <ConsoleShell><Screen className='…'>…</Screen></ConsoleShell>.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { shanghaiYear } from '../../../../cloud/contract/rules';
import { useMe } from '../../hooks/useMe';
import { leaveTo } from '../../hooks/useUnsavedGuard';
import { useWideScreen } from '../../wide';
import { CONSOLE_TEXT } from '../../../text/console';
import { activeEntry, consoleNav, type NavKey } from './nav';
import './ConsoleShell.scss';

interface Props {
  children: ReactNode;
  /** The entry to light up; by default the one of the current page's path. */
  active?: NavKey;
  /** The year the console's links open (overview, projects, evaluation); the current year by default. */
  year?: number;
}

const currentPath = (): string => Taro.getCurrentInstance?.()?.router?.path ?? '';

export function ConsoleShell({ children, active, year = shanghaiYear() }: Props) {
  const { actor } = useMe();
  // Below 1024 px the page is a phone's: no navigation column at all (the stylesheet hides it too).
  const wide = useWideScreen();
  const entries = actor && wide ? consoleNav(actor, year) : [];
  const lit = active ?? activeEntry(currentPath(), entries);
  return (
    <View className={`console${wide ? ' console--wide' : ''}`}>
      <View className='console__nav' ariaRole='navigation' ariaLabel={CONSOLE_TEXT.navLabel}>
        <Text className='console__brand'>{CONSOLE_TEXT.brand}</Text>
        {entries.map((e) => (
          <View
            key={e.key}
            id={`console-nav-${e.key}`}
            className={`console__link${e.key === lit ? ' console__link--active' : ''}`}
            ariaRole='link'
            onClick={() => void leaveTo(e.url)}
          >
            {e.text}
          </View>
        ))}
      </View>
      <View className='console__main'>{children}</View>
    </View>
  );
}
