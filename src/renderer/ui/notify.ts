// Toast notifications with an accessible close button (Mantine's has no name by default).
// A toast's words are fixed when it is shown (callers pass translated text). Toasts still on
// screen when the language is switched would stay in the old language — an error toast does not
// close by itself — so a language switch closes them; toasts shown from then on, and those that
// follow a state (key rotation), are in the new language. initI18n registers that once: importing
// this module has no side effect.
import { notifications } from '@mantine/notifications';
import i18next, { type i18n } from 'i18next';
import { errorMessage } from './errors';

/** Closes the toasts on screen at each language switch; returns the way to stop. */
export function closeToastsOnLanguageSwitch(i18n: Pick<i18n, 'on' | 'off'>): () => void {
  const close = () => notifications.clean();
  i18n.on('languageChanged', close);
  return () => i18n.off('languageChanged', close);
}

const closeButton = () => ({ 'aria-label': i18next.t('actions.close', { ns: 'common' }) });

export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, closeButtonProps: closeButton() });
}

/** `error` may be a ready message (already translated) or anything thrown. */
export function notifyError(title: string, error: unknown): void {
  notifications.show({
    color: 'red',
    title,
    message: typeof error === 'string' ? error : errorMessage(error),
    autoClose: false,
    closeButtonProps: closeButton(),
  });
}
