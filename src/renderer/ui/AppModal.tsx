// Modal with an accessible, translated close button; focus is trapped and returned on close.
// Escape closes only the topmost layer (a confirmation, not the drawer beneath it), and asks
// first while a form inside holds unsaved input (unsaved-guard).
import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsTopLayer } from './layer-stack';
import { useUnsavedGuard } from './unsaved-guard';

export function AppModal({ closeOnEscape = true, onClose, children, ...props }: ModalProps) {
  const { t } = useTranslation();
  const top = useIsTopLayer(props.opened);
  const guard = useUnsavedGuard(onClose);
  return (
    <>
      <Modal
        centered
        closeButtonProps={{ 'aria-label': t('actions.close') }}
        {...props}
        onClose={guard.close}
        closeOnEscape={closeOnEscape && top}
      >
        {guard.wrap(children)}
      </Modal>
      {guard.question}
    </>
  );
}
