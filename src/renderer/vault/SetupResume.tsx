// The first start's last step, resumed after an unlock: the set-up was interrupted after the
// vault was created (crash, closed window) and the recovery code was never confirmed. The code
// cannot be shown again (only its wrap of the key is stored), so the user types it in full and
// the vault checks it; the name asked for at the first start is asked for here too.
import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeRecoveryCode } from '@shared/crypto';
import { useDataSession } from '../data/session-context';
import { useHost } from '../host';
import { errorMessage } from '../ui/errors';
import { markSetupComplete, setupIncomplete } from './setup-progress';
import { SetupSteps } from './SetupSteps';
import { VaultScreen } from './VaultScreen';

/** Whether the resume screen is due: read once per unlock; `done` hides it for this session. */
export function useSetupResume(): { due: boolean; done(): void } {
  const host = useHost();
  const [due, setDue] = useState(false);
  useEffect(() => {
    let live = true;
    void setupIncomplete(host).then((pending) => live && setDue(pending));
    return () => {
      live = false;
    };
  }, [host]);
  return { due, done: () => setDue(false) };
}

export function SetupResume({ onDone }: { onDone(): void }) {
  const { t } = useTranslation('vault');
  const host = useHost();
  const session = useDataSession();
  const [code, setCode] = useState('');
  const [userName, setUserName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeField = useRef<HTMLInputElement>(null);

  const finish = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (normalizeRecoveryCode(code) === null) {
      setError(t('recover.codeInvalid'));
      codeField.current?.focus();
      return;
    }
    setBusy(true);
    // Opening with the code is the check that it is the vault's own; the key is not needed.
    const r = await host.vault.unlock({ method: 'recovery', recoveryCode: code });
    if (!r.ok) {
      setBusy(false);
      setError(r.error.code === 'wrong_passphrase' ? t('resume.wrong') : errorMessage(r.error));
      codeField.current?.focus();
      return;
    }
    r.value.dataKey.fill(0);
    const name = userName.trim();
    if (name) {
      await session.repos.settings
        .update({ userName: name })
        .then(() => session.setActor(name))
        .catch((err: unknown) => console.warn('Name konnte nicht gespeichert werden', err));
    }
    await markSetupComplete(host);
    setBusy(false);
    onDone();
  };

  return (
    <VaultScreen title={t('resume.title')} testId="setup-resume">
      <SetupSteps active={2} />
      <form onSubmit={(e) => void finish(e)} noValidate>
        <Stack>
          <Text size="sm">{t('resume.intro')}</Text>
          <TextInput
            ref={codeField}
            label={t('recover.code')}
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            errorProps={{ role: 'alert', 'data-testid': 'setup-resume-error' }}
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
            autoFocus
            data-testid="setup-resume-code"
          />
          <TextInput
            label={t('setup.userName')}
            description={t('setup.userNameHint')}
            value={userName}
            onChange={(e) => setUserName(e.currentTarget.value)}
            maxLength={200}
            autoComplete="name"
            data-testid="setup-resume-user-name"
          />
          <Alert color="yellow" variant="light">
            {t('resume.laterHint')}
          </Alert>
          <Group justify="space-between">
            <Button variant="subtle" onClick={onDone} data-testid="setup-resume-later">
              {t('resume.later')}
            </Button>
            <Button type="submit" loading={busy} data-testid="setup-resume-finish">
              {t('setup.finish')}
            </Button>
          </Group>
        </Stack>
      </form>
    </VaultScreen>
  );
}
