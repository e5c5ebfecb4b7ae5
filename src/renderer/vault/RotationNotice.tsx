// Shows a key rotation's progress as one toast that follows it (F3): while it runs — also when
// it resumed by itself after an unlock — how far it is, then that it is done or why it stopped.
import { notifications, notificationsStore } from '@mantine/notifications';
import i18next from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotationProgress } from './key-rotation';

const ID = 'key-rotation';

export function RotationNotice({ rotation }: { rotation: RotationProgress | null }) {
  const { t, i18n } = useTranslation('settings');
  useEffect(() => {
    if (!rotation) return;
    const count = (n: number) => n.toLocaleString(i18n.language);
    const common = {
      id: ID,
      closeButtonProps: { 'aria-label': i18next.t('actions.close', { ns: 'common' }) },
    };
    const message =
      rotation.status === 'running'
        ? rotation.total === 0
          ? t('rotation.preparing')
          : t('rotation.progress', { done: count(rotation.done), total: count(rotation.total) })
        : rotation.status === 'done'
          ? t('rotation.done')
          : t('rotation.failed', { error: rotation.error ?? '' });
    const look =
      rotation.status === 'running'
        ? { title: t('rotation.running'), loading: true, autoClose: false as const }
        : rotation.status === 'done'
          ? { color: 'green', loading: false, autoClose: 8_000 }
          : { color: 'red', loading: false, autoClose: false as const };
    // update() does nothing for a toast that is not shown (closed by the user): show it again.
    if (notificationsStore.getState().notifications.some((n) => n.id === ID)) {
      notifications.update({ ...common, ...look, message });
    } else {
      notifications.show({ ...common, ...look, message });
    }
  }, [rotation, t, i18n.language]);
  return null;
}
