// First start: choose a passphrase, see the recovery code once (print or save it), confirm it.
// A set-up interrupted after the vault exists is finished by SetupResume after the next unlock.
import { Alert, Button, Checkbox, Code, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '@shared/crypto/vault-api';
import { useHost } from '../host';
import { errorMessage } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import {
  EMPTY_NEW_PASSPHRASE,
  NewPassphraseFields,
  newPassphraseProblem,
  type NewPassphrase,
  type NewPassphraseProblem,
} from './NewPassphraseFields';
import { markSetupComplete, markSetupIncomplete } from './setup-progress';
import { SetupSteps } from './SetupSteps';
import { VaultScreen } from './VaultScreen';

interface Props {
  status: VaultStatus;
  /** `userName` is who the audit trail and approvals name; it may be left empty for now. */
  onDone(dataKey: Uint8Array, userName: string): void;
}

export function SetupScreen({ status, onDone }: Props) {
  const { t, i18n } = useTranslation('vault');
  const host = useHost();
  const [step, setStep] = useState(0);
  const [fields, setFields] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  const [useKeychain, setUseKeychain] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<NewPassphraseProblem | null>(null);
  const passphraseField = useRef<HTMLInputElement>(null);
  const repeatField = useRef<HTMLInputElement>(null);
  const recoveryHeading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{ dataKey: Uint8Array; recoveryCode: string } | null>(
    null,
  );
  const [savedAs, setSavedAs] = useState<string | null>(null);
  const [confirmGroup, setConfirmGroup] = useState('');
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [userName, setUserName] = useState('');

  // The button that moved on is gone with its step: the focus goes to the new step's heading
  // (the code to write down) instead of falling to the page. Step 2 focuses its field itself.
  useEffect(() => {
    if (step === 1) recoveryHeading.current?.focus();
  }, [step]);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const found = await newPassphraseProblem(fields);
    setProblem(found);
    if (found) {
      setBusy(false);
      // The message sits at the field it concerns (aria-invalid, aria-describedby): go there.
      (found === 'setup.mismatch' ? repeatField : passphraseField).current?.focus();
      return;
    }
    // Marked before the vault exists, so there is no moment with a vault and no mark.
    await markSetupIncomplete(host);
    const r = await host.vault.create({ passphrase: fields.passphrase, useKeychain });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.code === 'unsupported' ? r.error.message : errorMessage(r.error));
      return;
    }
    setCreated(r.value);
    setFields(EMPTY_NEW_PASSPHRASE);
    setProblem(null);
    setStep(1);
  };

  const saveCode = async () => {
    if (!created) return;
    const text = t('setup.recoveryFileText', {
      code: created.recoveryCode,
      date: formatDateTime(new Date().toISOString(), i18n.language),
    });
    const r = await host.saveFile({
      suggestedName: t('setup.recoveryFileName'),
      data: new TextEncoder().encode(text),
      filters: [{ name: 'Text', extensions: ['txt'] }],
    });
    if (r.ok && r.value.saved) setSavedAs(r.value.fileName);
    else if (!r.ok) setError(errorMessage(r.error));
  };

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!created) return;
    const last = created.recoveryCode.split('-').pop() ?? '';
    if (confirmGroup.trim().toUpperCase() !== last) {
      setConfirmError(t('setup.confirmWrong'));
      return;
    }
    await markSetupComplete(host);
    onDone(created.dataKey, userName.trim());
  };

  const keychain = status.keychain;
  return (
    <VaultScreen title={t('setup.title')} testId="vault-setup">
      <SetupSteps active={step} />
      {step === 0 && (
        <form onSubmit={(e) => void create(e)} noValidate>
          <Stack>
            <Text size="sm">{t('setup.intro')}</Text>
            <NewPassphraseFields
              value={fields}
              onChange={(next) => {
                setFields(next);
                setProblem(null);
              }}
              problem={problem}
              inputRefs={{ passphrase: passphraseField, repeat: repeatField }}
              label={t('setup.passphrase')}
              testIds={{ passphrase: 'setup-passphrase', repeat: 'setup-repeat' }}
              autoFocus
            />
            {host.capabilities.keychain &&
              (keychain.available ? (
                <Checkbox
                  label={t('setup.useKeychain')}
                  description={t('setup.useKeychainHint')}
                  checked={useKeychain}
                  onChange={(e) => setUseKeychain(e.currentTarget.checked)}
                />
              ) : (
                keychain.reason && (
                  <Alert color="gray" variant="light">
                    {t(`setup.keychainUnavailable.${keychain.reason}`)}
                  </Alert>
                )
              ))}
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={busy} data-testid="setup-create">
              {busy ? t('setup.creating') : t('setup.create')}
            </Button>
          </Stack>
        </form>
      )}
      {step === 1 && created && (
        <Stack>
          <Title order={2} size="h5" ref={recoveryHeading} tabIndex={-1}>
            {t('setup.recoveryTitle')}
          </Title>
          <Text size="sm">{t('setup.recoveryIntro')}</Text>
          <Code block fz="lg" ta="center" className="print-recovery" data-testid="recovery-code">
            {created.recoveryCode}
          </Code>
          <Group>
            <Button
              variant="light"
              leftSection={<IconPrinter size={16} />}
              onClick={() => window.print()}
            >
              {t('setup.print')}
            </Button>
            <Button
              variant="light"
              leftSection={<IconDeviceFloppy size={16} />}
              onClick={() => void saveCode()}
            >
              {t('setup.saveFile')}
            </Button>
          </Group>
          {savedAs && (
            <Text size="sm" c="green.8">
              {t('setup.saved', { name: savedAs })}
            </Text>
          )}
          <Group justify="flex-end">
            <Button onClick={() => setStep(2)} data-testid="setup-next">
              {t('setup.next')}
            </Button>
          </Group>
        </Stack>
      )}
      {step === 2 && created && (
        <form onSubmit={(e) => void confirm(e)} noValidate>
          <Stack>
            <Text size="sm">{t('setup.confirmIntro')}</Text>
            <TextInput
              label={t('setup.confirmLabel')}
              value={confirmGroup}
              onChange={(e) => {
                setConfirmGroup(e.currentTarget.value);
                setConfirmError(null);
              }}
              error={confirmError}
              maxLength={4}
              autoComplete="off"
              autoFocus
              data-testid="setup-confirm-group"
            />
            <TextInput
              label={t('setup.userName')}
              description={t('setup.userNameHint')}
              value={userName}
              onChange={(e) => setUserName(e.currentTarget.value)}
              maxLength={200}
              autoComplete="name"
              data-testid="setup-user-name"
            />
            <Group justify="space-between">
              <Button variant="subtle" onClick={() => setStep(1)}>
                {t('setup.back')}
              </Button>
              <Button type="submit" data-testid="setup-finish">
                {t('setup.finish')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </VaultScreen>
  );
}
