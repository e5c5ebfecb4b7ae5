// Einstellungen › Einsatzbefehl: the names of its parts and annexes for this installation (some
// offices use the eight-point variant). A field shows the name in use; saving it empty or as the
// framework's default name returns to the default, and one button restores every default.
import { Button, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BRIEFING_HEADING_KEYS, type BriefingHeadingKey, type Settings } from '@shared/domain';
import { DEFAULT_BRIEFING_HEADINGS } from '@shared/documents/briefing';
import { useRepos } from '../../data/session';
import { notifyError, notifySuccess } from '../../ui/notify';
import { SettingsTextField } from './SettingsTextField';

type Renamed = Partial<Record<BriefingHeadingKey, string>>;

/** The renamings with `key` set to `name`; a blank or default name is no renaming. */
export function renameHeading(current: Renamed, key: BriefingHeadingKey, name: string): Renamed {
  const trimmed = name.trim();
  const keep = trimmed !== '' && trimmed !== DEFAULT_BRIEFING_HEADINGS[key];
  return Object.fromEntries([
    ...Object.entries(current).filter(([k]) => k !== key),
    ...(keep ? [[key, trimmed]] : []),
  ]) as Renamed;
}

export function BriefingHeadingsPanel({ settings }: { settings: Settings }) {
  const { t } = useTranslation('settings');
  const repos = useRepos();
  const [busy, setBusy] = useState(false);
  const renamed: Renamed = settings.briefingHeadings ?? {};
  const anyRenamed = Object.keys(renamed).length > 0;
  // Saves one after another, each from the stored record: a second field left before the
  // first one's save arrived must not write over it with the older renamings.
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const save = (key: BriefingHeadingKey, name: string) => {
    const run = chain.current.then(async () => {
      const stored = (await repos.settings.get()).briefingHeadings ?? {};
      return repos.settings.update({ briefingHeadings: renameHeading(stored, key, name) });
    });
    chain.current = run.catch(() => undefined);
    return run;
  };
  return (
    <Paper withBorder p="md" data-testid="settings-briefing-headings">
      <Title order={2} size="h4" mb="xs">
        {t('briefingHeadings.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('briefingHeadings.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {BRIEFING_HEADING_KEYS.map((key) => (
          <SettingsTextField
            key={key}
            label={t(`briefingHeadings.keys.${key}`)}
            description={t('briefingHeadings.default', { name: DEFAULT_BRIEFING_HEADINGS[key] })}
            value={renamed[key] ?? DEFAULT_BRIEFING_HEADINGS[key]}
            onSave={(name) => save(key, name)}
            testId={`settings-heading-${key}`}
          />
        ))}
      </SimpleGrid>
      <Button
        mt="sm"
        variant="default"
        // The label wraps at 320 px instead of pushing the page sideways (a11y reflow check).
        h="auto"
        mih={36}
        maw="100%"
        styles={{ label: { whiteSpace: 'normal' } }}
        disabled={!anyRenamed || busy}
        onClick={() => {
          setBusy(true);
          const run = chain.current.then(() => repos.settings.update({ briefingHeadings: {} }));
          chain.current = run.catch(() => undefined);
          run
            .then(() => notifySuccess(t('briefingHeadings.resetDone')))
            .catch((err: unknown) => notifyError(t('briefingHeadings.title'), err))
            .finally(() => setBusy(false));
        }}
        data-testid="settings-headings-reset"
      >
        {t('briefingHeadings.reset')}
      </Button>
    </Paper>
  );
}
