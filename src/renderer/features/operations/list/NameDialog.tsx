// Asks for a name before a copy is made: the new code name for a duplicate, the template's name.
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../../ui/AppModal';
import { errorMessage } from '../../../ui/errors';

export interface NameRequest {
  title: string;
  label: string;
  confirm: string;
  initial: string;
  submit(name: string): Promise<void>;
}

export function NameDialog({ request, onClose }: { request: NameRequest | null; onClose(): void }) {
  return (
    <AppModal opened={request !== null} onClose={onClose} title={request?.title}>
      {/* Keyed so each request starts with its own suggestion and no old error. */}
      {request && (
        <NameForm key={request.title + request.initial} request={request} onClose={onClose} />
      )}
    </AppModal>
  );
}

function NameForm({ request, onClose }: { request: NameRequest; onClose(): void }) {
  const { t } = useTranslation('operationsList');
  const [name, setName] = useState(request.initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setError(t('errors.nameRequired'));
      return;
    }
    setBusy(true);
    try {
      await request.submit(name.trim());
      onClose();
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <TextInput
          label={request.label}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={error}
          required
          maxLength={200}
          data-autofocus
          data-testid="name-input"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel', { ns: 'common' })}
          </Button>
          <Button type="submit" loading={busy} data-testid="name-submit">
            {request.confirm}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
