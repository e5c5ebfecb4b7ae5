// The main sections in navigation order; the index is the Alt+<n> shortcut.
import {
  IconBuildingCommunity,
  IconCalendarEvent,
  IconChartBar,
  IconClipboardList,
  IconKey,
  IconMap2,
  IconMapPin,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';

export interface NavEntry {
  key:
    | 'operations'
    | 'calendar'
    | 'map'
    | 'premises'
    | 'agencies'
    | 'results'
    | 'exchange'
    | 'settings';
  path: string;
  icon: Icon;
}

export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: 'operations', path: '/operations', icon: IconClipboardList },
  { key: 'calendar', path: '/calendar', icon: IconCalendarEvent },
  { key: 'map', path: '/map', icon: IconMap2 },
  { key: 'premises', path: '/premises', icon: IconMapPin },
  { key: 'agencies', path: '/agencies', icon: IconBuildingCommunity },
  { key: 'results', path: '/results', icon: IconChartBar },
  { key: 'exchange', path: '/exchange', icon: IconKey },
  { key: 'settings', path: '/settings', icon: IconSettings },
];
