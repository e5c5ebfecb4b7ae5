// A text setting that saves on blur or Enter and says so; invalid input stays in the field.
import { TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../ui/errors';

interface Props {
  label: string;
  description?: string;
  value: string;
  onSave(value: string): Promise<unknown>;
  testId: string;
}

export function SettingsTextField({ label, description, value, onSave, testId }: Props) {
  const { t } = useTranslation('settings');
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<'idle' | 'saved' | { error: string }>('idle');

  // Follow the stored value when it changes elsewhere (derived state, no effect needed).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }

  const save = async () => {
    if (draft === value) return;
    try {
      await onSave(draft.trim());
      setState('saved');
    } catch (e) {
      setState({ error: errorMessage(e) });
    }
  };

  return (
    <TextInput
      label={label}
      description={description}
      value={draft}
      maxLength={200}
      onChange={(e) => {
        setDraft(e.currentTarget.value);
        setState('idle');
      }}
      onBlur={() => void save()}
      onKeyDown={(e) => e.key === 'Enter' && void save()}
      error={typeof state === 'object' ? state.error : undefined}
      rightSection={state === 'saved' ? <IconCheck size={16} aria-label={t('saved')} /> : null}
      data-testid={testId}
    />
  );
}
