// Side panel with a translated close button. Escape closes it only when no dialog opened from
// it is still open (see layer-stack.ts).
import { Drawer, type DrawerProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsTopLayer } from './layer-stack';

export function AppDrawer({ closeOnEscape = true, ...props }: DrawerProps) {
  const { t } = useTranslation();
  const top = useIsTopLayer(props.opened);
  return (
    <Drawer
      position="right"
      size="xl"
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      {...props}
      closeOnEscape={closeOnEscape && top}
    />
  );
}
