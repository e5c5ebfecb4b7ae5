// Mein Schlüssel: made at first need, shown as a key card (name, agency, function, fingerprint in
// groups and as QR code) to save, print and hand over; replaced with a signed revocation if lost.
import { Alert, Button, Group, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  hasHostileCharacters,
  keyCardOf,
  packageFileName,
  type IdentityRecord,
} from '@shared/exchange';
import { useHost } from '../../host';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyError, notifySuccess } from '../../ui/notify';
import { FingerprintText } from './FingerprintText';
import { CARD_FILTER, PACKAGE_FILTER, saveText } from './save';
import type { ExchangeHandle } from './useExchange';

export function KeyCardPanel({ handle }: { handle: ExchangeHandle }) {
  const identity = handle.state?.identity ?? null;
  return (
    <Stack>
      {identity ? <KeyCard identity={identity} handle={handle} /> : <CreateKey handle={handle} />}
      {(handle.state?.oldIdentities.length ?? 0) > 0 && <OldKeys handle={handle} />}
    </Stack>
  );
}

export function IdentityForm({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial: { name: string; agency: string; function: string };
  submitLabel: string;
  onSubmit(info: { name: string; agency: string; function: string }): Promise<void>;
}) {
  const { t } = useTranslation('exchange');
  const [info, setInfo] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  // The card is what a partner reads aloud and compares: no invisible direction or control
  // characters (partners' readers refuse them too), and our own German messages, not the browser's.
  const problem = (value: string, required: boolean): string | null => {
    if (required && value.trim() === '') return t('key.required');
    if (hasHostileCharacters(value)) return t('key.hostile');
    return null;
  };
  const errors = {
    name: problem(info.name, true),
    agency: problem(info.agency, true),
    function: problem(info.function, false),
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (errors.name || errors.agency || errors.function) return;
    setBusy(true);
    try {
      await onSubmit({
        name: info.name.trim(),
        agency: info.agency.trim(),
        function: info.function.trim(),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      <Stack maw={480}>
        <TextInput
          label={t('key.name')}
          required
          maxLength={200}
          value={info.name}
          error={tried ? errors.name : null}
          onChange={(e) => setInfo({ ...info, name: e.currentTarget.value })}
          data-testid="key-name"
        />
        <TextInput
          label={t('key.agency')}
          required
          maxLength={200}
          value={info.agency}
          error={tried ? errors.agency : null}
          onChange={(e) => setInfo({ ...info, agency: e.currentTarget.value })}
          data-testid="key-agency"
        />
        <TextInput
          label={t('key.function')}
          maxLength={200}
          value={info.function}
          error={tried ? errors.function : null}
          onChange={(e) => setInfo({ ...info, function: e.currentTarget.value })}
          data-testid="key-function"
        />
        <Group>
          <Button type="submit" loading={busy} data-testid="key-create">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CreateKey({ handle }: { handle: ExchangeHandle }) {
  const { t } = useTranslation('exchange');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('key.createTitle')}
      </Title>
      <Text size="sm" mb="md">
        {t('key.createIntro')}
      </Text>
      <IdentityForm
        initial={{ name: handle.userName, agency: '', function: '' }}
        submitLabel={t('key.create')}
        onSubmit={async (info) => {
          try {
            await handle.store.ensureIdentity(info);
            await handle.reload();
            notifySuccess(t('key.created'));
          } catch (e) {
            notifyError(t('key.createTitle'), e);
          }
        }}
      />
    </Paper>
  );
}

function KeyCard({ identity, handle }: { identity: IdentityRecord; handle: ExchangeHandle }) {
  const { t } = useTranslation('exchange');
  const host = useHost();
  const [qr, setQr] = useState<string | null>(null);
  const [replacing, setReplacing] = useState(false);
  const [changing, setChanging] = useState(false);
  const [confirm, setConfirm] = useState(false);
  useEffect(() => {
    // The OpenPGP fingerprint URI: phone apps that read key QR codes understand it.
    void QRCode.toDataURL(`OPENPGP4FPR:${identity.fingerprint.toUpperCase()}`, {
      margin: 1,
      width: 180,
    }).then(setQr);
  }, [identity.fingerprint]);
  const card = keyCardOf(identity, identity);
  const baseName = packageFileName(['Schluesselkarte', identity.name, identity.agency], 'vpkey');

  return (
    <Paper withBorder p="md" data-testid="key-card">
      <Group align="flex-start" justify="space-between" wrap="wrap">
        <Stack gap={4} maw={560}>
          <Title order={2} size="h4">
            {t('key.cardTitle')}
          </Title>
          <Text fw={600} data-testid="key-card-name">
            {identity.name}
          </Text>
          <Text size="sm">{[identity.function, identity.agency].filter(Boolean).join(', ')}</Text>
          <Text size="sm" mt="sm">
            {t('key.fingerprint')}
          </Text>
          <FingerprintText fingerprint={identity.fingerprint} testId="key-fingerprint" />
          <Text size="xs" c="dimmed" mt="xs">
            {t('key.cardHint')}
          </Text>
        </Stack>
        {qr && <Image src={qr} w={180} h={180} alt={t('key.qrAlt')} />}
      </Group>
      <Group mt="md" className="no-print">
        <Button
          onClick={() =>
            void saveText(
              host,
              baseName,
              JSON.stringify(card, null, 2),
              CARD_FILTER,
              t('key.saveTitle'),
            )
          }
          data-testid="key-save-card"
        >
          {t('key.saveCard')}
        </Button>
        <Button
          variant="default"
          onClick={() =>
            void saveText(
              host,
              baseName.replace(/\.vpkey$/, '.asc'),
              identity.publicKey,
              PACKAGE_FILTER,
              t('key.saveTitle'),
            )
          }
        >
          {t('key.savePublic')}
        </Button>
        <Button variant="default" onClick={() => window.print()}>
          {t('key.print')}
        </Button>
        <Button variant="default" onClick={() => setChanging(true)} data-testid="key-change">
          {t('key.change')}
        </Button>
        <Button variant="subtle" color="red" onClick={() => setConfirm(true)}>
          {t('key.replace')}
        </Button>
      </Group>
      {changing && (
        <Paper withBorder p="md" mt="md" data-testid="key-change-form">
          <Alert color="blue" mb="md">
            {t('key.changeIntro')}
          </Alert>
          <IdentityForm
            initial={{ name: identity.name, agency: identity.agency, function: identity.function }}
            submitLabel={t('key.changeSubmit')}
            onSubmit={async (info) => {
              try {
                // A planned change: the old key signs the new card; partners need no revocation.
                const { statement } = await handle.store.changeIdentity(info);
                await handle.reload();
                setChanging(false);
                notifySuccess(t('key.changed'));
                await saveText(
                  host,
                  packageFileName(
                    ['Schluesselwechsel', identity.name, identity.fingerprint.slice(-8)],
                    'asc',
                  ),
                  statement,
                  PACKAGE_FILTER,
                  t('key.saveTitle'),
                );
              } catch (e) {
                notifyError(t('key.change'), e);
              }
            }}
          />
        </Paper>
      )}
      {replacing && (
        <Paper withBorder p="md" mt="md">
          <Alert color="yellow" mb="md">
            {t('key.replaceIntro')}
          </Alert>
          <IdentityForm
            initial={{ name: identity.name, agency: identity.agency, function: identity.function }}
            submitLabel={t('key.replaceSubmit')}
            onSubmit={async (info) => {
              try {
                const { revocation } = await handle.store.replaceIdentity(info);
                await handle.reload();
                setReplacing(false);
                notifySuccess(t('key.replaced'));
                await saveText(
                  host,
                  packageFileName(
                    ['Widerruf', identity.name, identity.fingerprint.slice(-8)],
                    'asc',
                  ),
                  revocation,
                  PACKAGE_FILTER,
                  t('key.saveTitle'),
                );
              } catch (e) {
                notifyError(t('key.replace'), e);
              }
            }}
          />
        </Paper>
      )}
      <ConfirmDialog
        opened={confirm}
        title={t('key.replace')}
        message={t('key.replaceConfirm')}
        confirmLabel={t('key.replaceContinue')}
        onClose={() => setConfirm(false)}
        onConfirm={() => {
          setConfirm(false);
          setReplacing(true);
        }}
      />
    </Paper>
  );
}

function OldKeys({ handle }: { handle: ExchangeHandle }) {
  const { t } = useTranslation('exchange');
  const host = useHost();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h5" mb="xs">
        {t('key.oldTitle')}
      </Title>
      <Stack gap="xs">
        {handle.state?.oldIdentities.map((o) => (
          <Group key={o.id} justify="space-between">
            <FingerprintText fingerprint={o.fingerprint} />
            {/* A key changed as planned has no revocation to send. */}
            {o.revocation !== '' && (
              <Button
                size="xs"
                variant="default"
                onClick={() =>
                  void saveText(
                    host,
                    packageFileName(['Widerruf', o.name, o.fingerprint.slice(-8)], 'asc'),
                    o.revocation,
                    PACKAGE_FILTER,
                    t('key.saveTitle'),
                  )
                }
              >
                {t('key.saveRevocation')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
