// The visible save state of the workspace ("Gespeichert 14:03", "Speichert …", errors).
import { Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatTime } from '../../../ui/format';
import type { SaveState } from '../core/save-queue';

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t, i18n } = useTranslation('workspace');
  const content = (() => {
    switch (state.kind) {
      case 'saved':
        return (
          <>
            <IconCheck size={14} aria-hidden />
            {state.at
              ? t('save.savedAt', { time: formatTime(state.at, i18n.language) })
              : t('save.saved')}
          </>
        );
      case 'pending':
      case 'saving':
        return (
          <>
            <Loader size={12} />
            {state.kind === 'pending' ? t('save.pending') : t('save.saving')}
          </>
        );
      case 'error':
        return (
          <>
            <IconAlertTriangle size={14} aria-hidden />
            {t('save.error', { message: state.message })}
          </>
        );
    }
  })();
  return (
    <Text
      size="xs"
      c={state.kind === 'error' ? 'red.8' : 'dimmed'}
      role="status"
      aria-live="polite"
      data-testid="save-state"
      data-state={state.kind}
      component="div"
    >
      <Group gap={4} wrap="nowrap">
        {content}
      </Group>
    </Text>
  );
}
