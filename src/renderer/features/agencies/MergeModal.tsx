// Merge a duplicate into this agency: pick the duplicate, see what moves (contacts,
// participations, other references), confirm. Everything is written in one transaction.
import { Alert, Button, Group, List, Select, Stack, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '@shared/domain';
import type { MergePlan } from '@shared/roster';
import { useRepos } from '../../data/session';
import { AppModal } from '../../ui/AppModal';
import { errorMessage } from '../../ui/errors';
import { notifyError, notifySuccess } from '../../ui/notify';

interface Props {
  survivor: Agency | null;
  onClose(): void;
}

export function MergeModal({ survivor, onClose }: Props) {
  const { t } = useTranslation('agencies');
  return (
    <AppModal opened={survivor !== null} onClose={onClose} title={t('merge.title')} size="lg">
      {survivor && <MergeBody key={survivor.id} survivor={survivor} onDone={onClose} />}
    </AppModal>
  );
}

function MergeBody({ survivor, onDone }: { survivor: Agency; onDone(): void }) {
  const { t } = useTranslation('agencies');
  const repos = useRepos();
  const others = useLiveQuery(
    async () =>
      (await repos.agencies.list({ includeRetired: true })).filter((a) => a.id !== survivor.id),
    [repos, survivor.id],
  );
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const [preview, setPreview] = useState<MergePlan | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!duplicateId) return;
    let cancelled = false;
    repos.agencies
      .previewMerge(survivor.id, duplicateId)
      .then((p) => {
        if (cancelled) return;
        setPreview(p);
        setProblem(null);
      })
      .catch((e: unknown) => {
        if (cancelled) return;
        setPreview(null);
        setProblem(errorMessage(e));
      });
    return () => {
      cancelled = true;
    };
  }, [repos, survivor.id, duplicateId]);

  const merge = async () => {
    if (!duplicateId || !preview) return;
    setBusy(true);
    try {
      const done = await repos.agencies.merge(survivor.id, duplicateId);
      notifySuccess(t('merge.done', { duplicate: done.duplicate.name, name: done.survivor.name }));
      onDone();
    } catch (e) {
      notifyError(t('merge.failed'), e);
    } finally {
      setBusy(false);
    }
  };

  const s = preview?.summary;
  const references = s
    ? s.teams + s.phoneEntries + s.operations + s.targets + s.findings + s.results
    : 0;
  return (
    <Stack>
      <Text size="sm">{t('merge.intro', { name: survivor.name })}</Text>
      <Select
        label={t('merge.pick')}
        placeholder={t('merge.pickPlaceholder')}
        data={(others ?? []).map((a) => ({
          value: a.id,
          label: a.shortName ? `${a.name} (${a.shortName})` : a.name,
        }))}
        value={duplicateId}
        onChange={(v) => {
          setPreview(null);
          setDuplicateId(v);
        }}
        searchable
        data-autofocus
        data-testid="merge-pick"
      />
      {problem && <Alert color="red">{problem}</Alert>}
      {s && (
        <Alert color="blue" title={t('merge.preview')} data-testid="merge-preview">
          <List size="sm" spacing={2}>
            <List.Item>{t('merge.contactsMoved', { count: s.contactsMoved })}</List.Item>
            <List.Item>{t('merge.contactsCombined', { count: s.contactsCombined })}</List.Item>
            <List.Item>
              {t('merge.participationsMoved', { count: s.participationsMoved })}
            </List.Item>
            <List.Item>
              {t('merge.participationsFolded', { count: s.participationsFolded })}
            </List.Item>
            <List.Item>{t('merge.references', { count: references })}</List.Item>
          </List>
          {s.participationsFolded > 0 && (
            <Text size="sm" mt="xs">
              {t('merge.foldRule')}
            </Text>
          )}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('actions.cancel')}
        </Button>
        <Button
          color="orange"
          disabled={!preview}
          loading={busy}
          onClick={() => void merge()}
          data-testid="merge-confirm"
        >
          {t('merge.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
