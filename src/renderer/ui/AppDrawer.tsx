// Side panel with a translated close button. Escape closes it only when no dialog opened from
// it is still open (see layer-stack.ts), and asks first while a form inside holds unsaved
// input (unsaved-guard).
import { Drawer, type DrawerProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsTopLayer } from './layer-stack';
import { useUnsavedGuard } from './unsaved-guard';

export function AppDrawer({ closeOnEscape = true, onClose, children, ...props }: DrawerProps) {
  const { t } = useTranslation();
  const top = useIsTopLayer(props.opened);
  const guard = useUnsavedGuard(onClose);
  return (
    <>
      <Drawer
        position="right"
        size="xl"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
        {...props}
        onClose={guard.close}
        closeOnEscape={closeOnEscape && top}
      >
        {guard.wrap(children)}
      </Drawer>
      {guard.question}
    </>
  );
}
