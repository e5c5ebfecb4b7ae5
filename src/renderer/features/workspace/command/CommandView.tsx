// Führung und Kommunikation: command structure and command post (talk groups and the phone list
// live in the Kommunikation tab).
import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../core/context';
import { LineField, ProseField } from '../core/fields';
import { setPartField } from '../core/lenses';
import { PlaceFields } from '../core/PlaceFields';

export function CommandView() {
  const { t } = useTranslation('workspace');
  const { draft, goTo } = useWorkspace();
  return (
    <Stack maw={960}>
      <Paper withBorder p="md">
        <ProseField
          draft={draft}
          field="command.structure"
          label={t('command.structure')}
          get={(o) => o.framework.command.structure}
          set={(v) => setPartField('command', 'structure', v)}
          data-testid="field-command-structure"
        />
      </Paper>
      <PlaceFields
        title={t('command.commandPost')}
        placeRef={{ part: 'command', key: 'commandPost' }}
      />
      <Paper withBorder p="md">
        <Stack>
          <LineField
            draft={draft}
            field="command.commandPostPhone"
            label={t('command.commandPostPhone')}
            maxLength={40}
            get={(o) => o.framework.command.commandPostPhone}
            set={(v) =>
              setPartField('command', 'commandPostPhone', v.replace(/[^+0-9 ()/.-]/g, ''))
            }
            w={320}
          />
          <ProseField
            draft={draft}
            field="command.notes"
            label={t('command.notes')}
            get={(o) => o.framework.command.notes}
            set={(v) => setPartField('command', 'notes', v)}
          />
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
