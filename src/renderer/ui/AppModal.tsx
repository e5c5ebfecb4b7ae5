// Modal with an accessible, translated close button; focus is trapped and returned on close.
// Escape and closing behave as app-layer.tsx describes.
import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAppLayer } from './app-layer';

export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  const { layer, question } = useAppLayer(props);
  return (
    <>
      <Modal
        centered
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
