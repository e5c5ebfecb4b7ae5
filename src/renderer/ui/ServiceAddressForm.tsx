// The form for one remote service of the agency (geocoder, sync server): its address, saved
// switched off; switching it on goes through a notice of what the service learns. The panels
// keep their own rules (what a valid address is, which hosts it opens); this is the part a user
// sees the same way in both places.
import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ConfirmDialog } from './ConfirmDialog';

export interface ServiceAddressTexts {
  title: string;
  hint: string;
  url: string;
  urlHint: string;
  save: string;
  enabled: string;
  /** What the connect policy needs (desktop: done here; web: the IT must add the host). */
  policy: string;
  notice: { title: string; text: string; confirm: string };
}

interface Props {
  texts: ServiceAddressTexts;
  /** Prefix of the test ids: `<id>-url`, `<id>-save`, `<id>-enabled`, `<id>-notice`. */
  testId: string;
  panelTestId: string;
  url: string;
  onUrlChange(url: string): void;
  error: string | null;
  busy: boolean;
  enabled: boolean;
  /** Whether a stored address exists that could be switched on. */
  canEnable: boolean;
  asking: boolean;
  onAsk(asking: boolean): void;
  onSave(): void;
  /** Awaited by the notice, which stays open (busy) until the setting is stored. */
  onEnable(): Promise<void>;
  onDisable(): void;
  children?: ReactNode;
}

export function ServiceAddressForm(p: Props) {
  return (
    <Paper withBorder p="md" data-testid={p.panelTestId}>
      <Title order={2} size="h4" mb="sm">
        {p.texts.title}
      </Title>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {p.texts.hint}
        </Text>
        <TextInput
          label={p.texts.url}
          description={p.texts.urlHint}
          value={p.url}
          onChange={(e) => p.onUrlChange(e.currentTarget.value)}
          error={p.error}
          maxLength={500}
          data-testid={`${p.testId}-url`}
        />
        <Group>
          <Button onClick={p.onSave} loading={p.busy} data-testid={`${p.testId}-save`}>
            {p.texts.save}
          </Button>
        </Group>
        <Switch
          label={p.texts.enabled}
          checked={p.enabled}
          disabled={p.busy || !p.canEnable}
          onChange={(e) => {
            if (e.currentTarget.checked) p.onAsk(true);
            else p.onDisable();
          }}
          data-testid={`${p.testId}-enabled`}
        />
        <Text size="sm" c="dimmed">
          {p.texts.policy}
        </Text>
        {p.children}
      </Stack>
      <ConfirmDialog
        opened={p.asking}
        title={p.texts.notice.title}
        message={p.texts.notice.text}
        confirmLabel={p.texts.notice.confirm}
        danger={false}
        testId={`${p.testId}-notice`}
        onConfirm={p.onEnable}
        onClose={() => p.onAsk(false)}
      />
    </Paper>
  );
}
