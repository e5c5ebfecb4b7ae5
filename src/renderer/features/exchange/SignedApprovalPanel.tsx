// In the approval dialog, the signed path of "Freigabe nur durch eine zweite Person": save a
// Freigabeanfrage sealed to the second person's registered key, and import their signed Freigabe;
// or the second person signs here with their own brought key (BroughtKeyApproval).
// The import approves through the repository; every refusal is shown with its German reason.
import { Alert, Button, Divider, FileButton, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fingerprintGroups, MAX_PACKAGE_BYTES, type ApprovalOpenItem } from '@shared/exchange';
import { ApprovalRefusedError } from '../../data/repositories/operation-lifecycle';
import { useRepos } from '../../data/session';
import { useHost } from '../../host';
import { errorMessage } from '../../ui/errors';
import { notifySuccess } from '../../ui/notify';
import { importSignedApproval, prepareApprovalRequest } from './approval-flow';
import { BroughtKeyApproval } from './BroughtKeyApproval';
import { PACKAGE_FILTER, saveText } from './save';
import { readFiles, useExchange } from './useExchange';

interface Props {
  operationId: string;
  openItems: readonly ApprovalOpenItem[];
  /** Saves pending edits first, so the request's hash is of the plan as shown. */
  flush(): Promise<void>;
  onApproved(): void;
}

export function SignedApprovalPanel({ operationId, openItems, flush, onApproved }: Props) {
  const { t } = useTranslation('exchange');
  const handle = useExchange();
  const repos = useRepos();
  const host = useHost();
  const [keyId, setKeyId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const state = handle.state;
  if (!state) return null;
  const identity = state.identity;
  if (!identity) {
    return (
      <Alert color="gray" variant="light" data-testid="signed-approval-no-key">
        {t('approval.noKey')}
      </Alert>
    );
  }
  const keys = state.trusted.filter((k) => !k.revoked && k.fingerprint !== identity.fingerprint);
  const chosen = keys.find((k) => k.id === keyId) ?? null;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      // The repository decides the approval rules again (reasons, not the drafter).
      setError(
        e instanceof ApprovalRefusedError
          ? t(`approve.errors.${e.reason}`, { ns: 'workspace' })
          : errorMessage(e),
      );
    } finally {
      setBusy(false);
    }
  };
  // The brought-key path reports its refusals as text, shown where the package path shows its.
  const runForKey = (work: () => Promise<string | null>) =>
    run(async () => {
      const message = await work();
      if (message) setError(message);
    });
  const sendRequest = () =>
    run(async () => {
      if (!chosen) return;
      await flush();
      const plan = await repos.operations.loadPlan(operationId);
      const sealed = await prepareApprovalRequest({
        plan,
        identity,
        approverKey: chosen,
        openItems,
        note: '',
        now: new Date(),
      });
      if (await saveText(host, sealed.fileName, sealed.data, PACKAGE_FILTER, t('approval.title')))
        notifySuccess(t('approval.requestSaved', { name: chosen.name }));
    });
  const importFile = (file: File | null) =>
    run(async () => {
      if (!file) return;
      const [read] = await readFiles([file], MAX_PACKAGE_BYTES);
      if (!read) return;
      const r = await importSignedApproval({ data: read.data, state, repos, operationId });
      if (!r.ok) {
        setError(t(`errors.${r.error.code}`, { defaultValue: r.error.message }));
        return;
      }
      notifySuccess(t('approval.imported', { name: r.value.approval?.by ?? '' }));
      onApproved();
    });

  return (
    <Stack gap="xs" data-testid="signed-approval">
      <Divider label={t('approval.or')} labelPosition="center" />
      <Text size="sm" fw={600}>
        {t('approval.title')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('approval.intro')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('approval.approverKey')}
          placeholder={keys.length ? t('approval.pickKey') : t('approval.noTrusted')}
          data={keys.map((k) => ({
            value: k.id,
            label: `${k.name}${k.agency ? ` (${k.agency})` : ''} · ${fingerprintGroups(k.fingerprint).slice(0, 19)}${k.verified ? '' : ` · ${t('trust.stateUnverified')}`}`,
          }))}
          value={keyId}
          onChange={setKeyId}
          disabled={keys.length === 0}
          style={{ flex: 1 }}
          data-testid="signed-approval-key"
        />
        <Button
          variant="default"
          onClick={() => void sendRequest()}
          disabled={!chosen}
          loading={busy}
          data-testid="signed-approval-send"
        >
          {t('approval.saveRequest')}
        </Button>
      </Group>
      <Group>
        <FileButton accept=".asc,.pgp,.gpg" onChange={(f) => void importFile(f)}>
          {(props) => (
            <Button {...props} variant="light" loading={busy} data-testid="signed-approval-import">
              {t('approval.import')}
            </Button>
          )}
        </FileButton>
      </Group>
      <Divider label={t('approval.or')} labelPosition="center" />
      <BroughtKeyApproval
        handle={handle}
        operationId={operationId}
        openItems={openItems}
        flush={flush}
        onApproved={onApproved}
        run={runForKey}
        busy={busy}
      />
      {error && (
        <Alert color="red" role="alert" data-testid="signed-approval-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
