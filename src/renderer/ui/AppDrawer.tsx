// Side panel with a translated close button. Escape and closing behave as app-layer.tsx
// describes.
import { Drawer, type DrawerProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppLayer } from './app-layer';

export function AppDrawer(props: DrawerProps) {
  const { t } = useTranslation();
  const { layer, question } = useAppLayer(props);
  return (
    <>
      <Drawer
        position="right"
        size="xl"
        closeButtonProps={{ 'aria-label': t('actions.close') }}
        // Mantine draws the title row as <header>, a second banner landmark beside the app's.
        attributes={{ header: { role: 'presentation' } }}
        {...props}
        {...layer}
      />
      {question}
    </>
  );
}
