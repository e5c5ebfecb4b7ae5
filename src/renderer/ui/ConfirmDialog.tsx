// Asks before a destructive or hard-to-undo step. Escape cancels; Enter confirms, unless the
// step cannot be undone at all (`irreversible`): then focus starts on "Abbrechen", so Enter
// alone never deletes anything. A failing step keeps the dialog open and says why.
import { Button, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LayerModal } from './LayerModal';
import { notifyError } from './notify';

interface Props {
  opened: boolean;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  /** Defaults to "Abbrechen"; say what it does where that word is ambiguous. */
  cancelLabel?: string;
  /** Red confirm button (default). */
  danger?: boolean;
  irreversible?: boolean;
  /** Buttons get `<testId>-confirm` and `<testId>-cancel`. */
  testId?: string;
  /** Returning false keeps the dialog open: the step has reported its own failure. */
  onConfirm(): Promise<void | boolean> | void | boolean;
  onClose(): void;
}

export function ConfirmDialog({
  opened,
  title,
  message,
  confirmLabel,
  cancelLabel,
  danger = true,
  irreversible = false,
  testId = 'confirm',
  onConfirm,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      if ((await onConfirm()) !== false) onClose();
    } catch (e) {
      notifyError(t('errors.title'), e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <LayerModal opened={opened} onClose={onClose} title={title} data-testid={testId}>
      <Stack>
        <Text size="sm" component="div">
          {message}
        </Text>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={onClose}
            data-autofocus={irreversible || undefined}
            data-testid={`${testId}-cancel`}
          >
            {cancelLabel ?? t('actions.cancel')}
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            loading={busy}
            data-autofocus={!irreversible || undefined}
            data-testid={`${testId}-confirm`}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </LayerModal>
  );
}
