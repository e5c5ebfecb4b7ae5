// Toast notifications with an accessible close button (Mantine's has no name by default).
import { notifications } from '@mantine/notifications';
import i18next from 'i18next';
import { errorMessage } from './errors';

export function notifySuccess(message: string): void {
  notifications.show({
    color: 'green',
    message,
    closeButtonProps: { 'aria-label': i18next.t('actions.close', { ns: 'common' }) },
  });
}

/** `error` may be a ready message (already translated) or anything thrown. */
export function notifyError(title: string, error: unknown): void {
  notifications.show({
    color: 'red',
    title,
    message: typeof error === 'string' ? error : errorMessage(error),
    autoClose: false,
    closeButtonProps: { 'aria-label': i18next.t('actions.close', { ns: 'common' }) },
  });
}
