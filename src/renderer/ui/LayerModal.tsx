// A modal for questions (ConfirmDialog): Escape closes it only while it is the top layer, as
// AppModal does, but without AppModal's unsaved-input guard — a question holds no form, and the
// guard itself asks through ConfirmDialog, so building on AppModal would be an import circle.
import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useIsTopLayer } from './layer-stack';

export function LayerModal(props: ModalProps) {
  const { t } = useTranslation();
  const top = useIsTopLayer(props.opened);
  return (
    <Modal
      centered
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      // Mantine draws the title row as <header>, a second banner landmark beside the app's.
      attributes={{ header: { role: 'presentation' } }}
      {...props}
      closeOnEscape={(props.closeOnEscape ?? true) && top}
    />
  );
}
