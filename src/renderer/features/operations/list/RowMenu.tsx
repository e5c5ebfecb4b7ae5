// The row actions (open, duplicate, save as template, archive or unarchive, move to the trash) in
// one menu for the whole table, anchored where the row's button is: a Mantine menu per row
// would add a popover to each of the dozens of rows re-rendered on every keystroke.
import { Menu } from '@mantine/core';
import {
  IconArchive,
  IconArchiveOff,
  IconCopy,
  IconExternalLink,
  IconTemplate,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListRow } from './list-rows';
import classes from './OperationsTable.module.css';

export type RowAction = 'open' | 'duplicate' | 'archive' | 'unarchive' | 'template' | 'trash';

export interface MenuRequest {
  row: ListRow;
  /** Where the row's button is, relative to the table's frame. */
  anchor: { top: number; left: number; width: number; height: number };
}

interface Props {
  request: MenuRequest;
  onClose(): void;
  onAction(action: RowAction, row: ListRow): void;
}

export function RowMenu({ request, onClose, onAction }: Props) {
  const { t } = useTranslation('operationsList');
  const { row, anchor } = request;
  const item = (action: RowAction, icon: ReactNode, color?: string) => (
    <Menu.Item
      leftSection={icon}
      color={color}
      onClick={() => onAction(action, row)}
      data-testid={`row-action-${action}`}
    >
      {t(`actions.${action}`)}
    </Menu.Item>
  );
  return (
    <Menu
      opened
      onChange={(opened) => {
        if (!opened) onClose();
      }}
      position="bottom-end"
      shadow="md"
      withinPortal
      // Inside the main region, not at the end of <body>: every menu stays within a landmark
      // (axe "region"), and it still escapes the table's scroll container.
      portalProps={{ target: document.getElementById('main-content') ?? undefined }}
      returnFocus={false}
      // Mantine's focus placeholder is a focusable child of role=menu (an ARIA error); without
      // it the menu itself takes focus and the arrow keys go to its items.
      withInitialFocusPlaceholder={false}
    >
      <Menu.Target>
        <div className={classes.menuAnchor} style={anchor} aria-hidden />
      </Menu.Target>
      <Menu.Dropdown aria-label={t('actions.menu', { codeName: row.codeName })}>
        {item('open', <IconExternalLink size={14} aria-hidden />)}
        {item('duplicate', <IconCopy size={14} aria-hidden />)}
        {item('template', <IconTemplate size={14} aria-hidden />)}
        {row.archived
          ? item('unarchive', <IconArchiveOff size={14} aria-hidden />)
          : item('archive', <IconArchive size={14} aria-hidden />)}
        <Menu.Divider />
        {/* The darkest red keeps the text above 4.5:1 on white. */}
        {item('trash', <IconTrash size={14} aria-hidden />, 'red.9')}
      </Menu.Dropdown>
    </Menu>
  );
}
