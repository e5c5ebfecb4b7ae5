// Muster: send one of this installation's templates to partners as a signed package, and import
// a partner's Muster as a template — with the agencies this catalogue does not know listed; the
// same Muster again says so and changes nothing, a newer version replaces it once confirmed. The
// review lists the checklist items and notes per thematic field the Muster brought.
import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  MultiSelect,
  Paper,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { thematicField } from '@shared/catalog';
import { guideSummary } from '@shared/domain';
import { MAX_PACKAGE_BYTES } from '@shared/exchange';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { formatDateTime } from '../../ui/format';
import { useLabel } from '../../ui/useLabel';
import { notifyError, notifySuccess } from '../../ui/notify';
import { PACKAGE_FILTER, saveText } from './save';
import {
  importTemplate,
  sealTemplate,
  type ImportedTemplate,
  type TemplateImport,
} from './template-flow';
import { readFiles, type ExchangeHandle } from './useExchange';

export function TemplatePanel({ handle }: { handle: ExchangeHandle }) {
  const { t, i18n } = useTranslation('exchange');
  const repos = useRepos();
  const host = useHost();
  const label = useLabel();
  const templates = useLiveQuery(
    async () => (await repos.operationQueries.overview()).templates,
    [repos],
  );
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [recipientIds, setRecipientIds] = useState<string[]>([]);
  const [imported, setImported] = useState<ImportedTemplate | null>(null);
  /** An import that changed nothing, or a newer version waiting for the user's answer. */
  const [known, setKnown] = useState<Exclude<TemplateImport, { status: 'imported' }> | null>(null);
  const [updated, setUpdated] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = handle.state;
  const identity = state?.identity ?? null;
  if (!state) return null;
  const keys = state.trusted.filter((k) => !k.revoked);

  const send = async () => {
    if (!identity || !templateId) return;
    setBusy(true);
    try {
      const sealed = await sealTemplate({
        repos,
        operationId: templateId,
        identity,
        recipients: keys.filter((k) => recipientIds.includes(k.id)),
        now: new Date(),
      });
      if (await saveText(host, sealed.fileName, sealed.data, PACKAGE_FILTER, t('templates.send')))
        notifySuccess(t('templates.saved'));
    } catch (e) {
      notifyError(t('templates.send'), e);
    } finally {
      setBusy(false);
    }
  };
  const importFile = async (file: File | null) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setImported(null);
    setKnown(null);
    setUpdated(false);
    try {
      const [read] = await readFiles([file], MAX_PACKAGE_BYTES);
      if (!read) return;
      const r = await importTemplate({
        data: read.data,
        // Read now, not the state drawn: an import a moment ago must count (same Muster twice).
        state: await handle.store.load(),
        store: handle.store,
        repos,
        now: new Date(),
      });
      if (!r.ok) setError(t(`errors.${r.error.code}`, { defaultValue: r.error.message }));
      else if (r.value.status === 'imported') {
        setImported(r.value);
        await handle.reload();
      } else setKnown(r.value);
    } catch (e) {
      notifyError(t('templates.import'), e);
    } finally {
      setBusy(false);
    }
  };

  const applyNewer = async () => {
    if (known?.status !== 'newer') return;
    setBusy(true);
    try {
      setImported(await known.apply());
      setKnown(null);
      setUpdated(true);
      await handle.reload();
    } catch (e) {
      notifyError(t('templates.import'), e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Paper withBorder p="md" data-testid="templates-send">
        <Title order={2} size="h4" mb="xs">
          {t('templates.sendTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('templates.sendIntro')}
        </Text>
        {!identity ? (
          <Alert color="gray" variant="light">
            {t('approval.noKey')}
          </Alert>
        ) : (
          <Stack gap="sm" maw={640}>
            <Select
              label={t('templates.template')}
              placeholder={(templates ?? []).length ? undefined : t('templates.none')}
              data={(templates ?? []).map((o) => ({ value: o.id, label: o.codeName }))}
              value={templateId}
              onChange={setTemplateId}
              searchable
              data-testid="templates-pick"
            />
            <MultiSelect
              label={t('templates.recipients')}
              data={keys.map((k) => ({
                value: k.id,
                label: `${k.name}${k.agency ? ` (${k.agency})` : ''}`,
              }))}
              value={recipientIds}
              onChange={setRecipientIds}
              data-testid="templates-recipients"
            />
            <Group>
              <Button
                onClick={() => void send()}
                disabled={!templateId || recipientIds.length === 0}
                loading={busy}
                data-testid="templates-save"
              >
                {t('templates.send')}
              </Button>
            </Group>
          </Stack>
        )}
      </Paper>
      <Paper withBorder p="md" data-testid="templates-import-panel">
        <Title order={2} size="h4" mb="xs">
          {t('templates.importTitle')}
        </Title>
        <Text size="sm" mb="sm">
          {t('templates.importIntro')}
        </Text>
        <FileButton accept=".asc,.pgp,.gpg" onChange={(f) => void importFile(f)}>
          {(props) => (
            <Button {...props} variant="light" loading={busy} data-testid="templates-import">
              {t('templates.import')}
            </Button>
          )}
        </FileButton>
        {error && (
          <Alert color="red" role="alert" mt="sm" data-testid="templates-error">
            {error}
          </Alert>
        )}
        {known && known.status !== 'newer' && (
          <Alert color="blue" mt="sm" role="status" data-testid="templates-present">
            {t(`templates.${known.status}`, {
              name: known.operation.codeName,
              author: known.author,
            })}
          </Alert>
        )}
        {known?.status === 'newer' && (
          <Alert color="yellow" mt="sm" data-testid="templates-newer">
            <Text size="sm">
              {t('templates.newer', {
                name: known.operation.codeName,
                author: known.author,
                from: formatDateTime(known.from, i18n.language),
                to: formatDateTime(known.to, i18n.language),
              })}
            </Text>
            <Group mt="xs" gap="xs">
              <Button
                size="xs"
                onClick={() => void applyNewer()}
                loading={busy}
                data-testid="templates-update"
              >
                {t('templates.update')}
              </Button>
              <Button
                size="xs"
                variant="default"
                onClick={() => setKnown(null)}
                disabled={busy}
                data-testid="templates-keep"
              >
                {t('templates.keep')}
              </Button>
            </Group>
          </Alert>
        )}
        {imported && (
          <Alert color="green" mt="sm" data-testid="templates-imported">
            <Text size="sm">
              {t(updated ? 'templates.updated' : 'templates.imported', {
                name: imported.operation.codeName,
                author: imported.author,
              })}
            </Text>
            {imported.dropped.length > 0 && (
              <>
                <Text size="sm" mt="xs" fw={500}>
                  {t('templates.dropped', { count: imported.dropped.length })}
                </Text>
                <List size="sm" data-testid="templates-dropped">
                  {imported.dropped.map((name) => (
                    <List.Item key={name}>{name}</List.Item>
                  ))}
                </List>
              </>
            )}
            {guideSummary(imported.operation.fieldGuides).length > 0 && (
              <>
                <Text size="sm" mt="xs" fw={500}>
                  {t('templates.guides')}
                </Text>
                <List size="sm" data-testid="templates-guides">
                  {guideSummary(imported.operation.fieldGuides).map((g) => (
                    <List.Item key={g.field}>
                      {t(g.notes ? 'templates.guideWithNotes' : 'templates.guide', {
                        field: label(thematicField(g.field)?.label) || g.field,
                        count: g.items,
                      })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
      </Paper>
    </Stack>
  );
}
