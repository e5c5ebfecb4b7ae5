// Modal with an accessible, translated close button; focus is trapped and returned on close.
import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AppModal(props: ModalProps) {
  const { t } = useTranslation();
  return <Modal centered closeButtonProps={{ 'aria-label': t('actions.close') }} {...props} />;
}
