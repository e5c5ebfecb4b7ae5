// The workspace's two rows of tabs: the groups (one row, short names) and, for a group with
// more than one part, that group's parts. Both are real tab lists, so the arrow keys move within
// a row and Tab steps from the group row into the parts row. A group remembers the part last
// opened in it, so switching groups and back returns to where the user was.
import { Badge, Box, Tabs } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './WorkspaceTabs.module.css';
import { groupOf, isGroupKey, TAB_GROUPS, type GroupKey, type TabKey } from './tabs';

interface Props {
  tab: TabKey;
  /** Mandatory readiness items still open: a count on Prüfen and on Bereitschaft. */
  errors: number;
  onSelect(tab: TabKey): void;
  children: ReactNode;
}

/**
 * Moves the keyboard focus to the tab that shows `part` (after switching parts by keys, or when
 * a plan opens): its own tab, or its group's tab when the group has only this part.
 */
export function focusTabOf(part: TabKey): void {
  const g = groupOf(part);
  const selector = g.parts.length > 1 ? `[data-part-tab="${part}"]` : `[data-group-tab="${g.key}"]`;
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

export function WorkspaceTabs({ tab, errors, onSelect, children }: Props) {
  const { t } = useTranslation('workspace');
  const group = groupOf(tab);
  const lastPart = useRef(new Map<GroupKey, TabKey>());
  useEffect(() => {
    lastPart.current.set(group.key, tab);
  }, [group.key, tab]);

  // The view's box: useFocusTarget looks for the part's first field in it.
  const view = (
    <Box className={classes.part} data-workspace-part={tab}>
      {children}
    </Box>
  );
  const errorBadge = (show: boolean) =>
    show && errors > 0 ? (
      <Badge size="xs" color="red" circle aria-label={t('readiness.errors', { count: errors })}>
        {errors}
      </Badge>
    ) : null;

  return (
    <Tabs
      value={group.key}
      onChange={(next) => {
        if (!isGroupKey(next) || next === group.key) return;
        const g = TAB_GROUPS.find((x) => x.key === next);
        const part = lastPart.current.get(next) ?? g?.parts[0];
        if (part) onSelect(part);
      }}
      keepMounted={false}
      aria-label={t('tabGroupsLabel')}
    >
      <Tabs.List>
        {TAB_GROUPS.map((g) => (
          <Tabs.Tab
            key={g.key}
            value={g.key}
            data-group-tab={g.key}
            data-testid={`tab-group-${g.key}`}
            fw={600}
            rightSection={errorBadge(g.key === 'review')}
          >
            {t(`tabGroups.${g.key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value={group.key} pt="xs">
        {group.parts.length > 1 ? (
          <Tabs
            value={tab}
            onChange={(next) => {
              const part = group.parts.find((p) => p === next);
              if (part && part !== tab) onSelect(part);
            }}
            keepMounted={false}
            variant="pills"
            aria-label={`${t('tabsLabel')}: ${t(`tabGroups.${group.key}`)}`}
          >
            <Tabs.List>
              {group.parts.map((key) => (
                <Tabs.Tab
                  key={key}
                  value={key}
                  data-part-tab={key}
                  data-testid={`tab-${key}`}
                  rightSection={errorBadge(key === 'readiness')}
                >
                  {t(`tabs.${key}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value={tab} pt="md">
              {view}
            </Tabs.Panel>
          </Tabs>
        ) : (
          <Box pt="sm">{view}</Box>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}
