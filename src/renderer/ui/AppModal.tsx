// Modal with an accessible, translated close button; focus is trapped and returned on close.
// Escape closes only the topmost layer (a confirmation, not the drawer beneath it).
import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsTopLayer } from './layer-stack';

export function AppModal({ closeOnEscape = true, ...props }: ModalProps) {
  const { t } = useTranslation();
  const top = useIsTopLayer(props.opened);
  return (
    <Modal
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      {...props}
      closeOnEscape={closeOnEscape && top}
    />
  );
}
