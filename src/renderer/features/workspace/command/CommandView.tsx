// Führung und Kommunikation: command structure and command post (talk groups and the phone list
// live in the Kommunikation tab).
import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../core/context';
import { LineField, ProseField } from '../core/fields';
import { PlaceFields } from '../core/PlaceFields';

export function CommandView() {
  const { t } = useTranslation('workspace');
  const { goTo } = useWorkspace();
  return (
    <Stack maw={960}>
      <Paper withBorder p="md">
        <ProseField path="framework.command.structure" data-testid="field-command-structure" />
      </Paper>
      <PlaceFields title={t('command.commandPost')} place="framework.command.commandPost" />
      <Paper withBorder p="md">
        <Stack>
          <LineField
            path="framework.command.commandPostPhone"
            maxLength={40}
            clean={(v) => v.replace(/[^+0-9 ()/.-]/g, '')}
            w={320}
          />
          <ProseField path="framework.command.notes" />
          <Text size="sm" c="dimmed">
            <Anchor component="button" type="button" onClick={() => goTo('comms')}>
              {t('command.commsHint')}
            </Anchor>
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
