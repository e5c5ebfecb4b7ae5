// In the approval dialog: the second person approves at this machine with their own key — a
// passphrase-protected OpenPGP key file they bring. The key is read for this one signature and
// dropped (never stored); the Freigabe is checked and recorded like a package from their own
// installation (approval-flow.ts `approveWithBroughtKey`).
import {
  Alert,
  Button,
  Checkbox,
  FileButton,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApprovalOpenItem } from '@shared/exchange';
import { useRepos } from '../../data/session';
import { notifySuccess } from '../../ui/notify';
import { approveWithBroughtKey } from './approval-flow';
import type { ExchangeHandle } from './useExchange';

/** A key file is a few kilobytes; anything much larger is not one. */
const MAX_KEY_FILE = 100_000;

interface Props {
  handle: ExchangeHandle;
  operationId: string;
  openItems: readonly ApprovalOpenItem[];
  flush(): Promise<void>;
  onApproved(): void;
  /** Runs the work with the panel's busy state and error display. */
  run(work: () => Promise<string | null>): Promise<void>;
  busy: boolean;
}

export function BroughtKeyApproval({
  handle,
  operationId,
  openItems,
  flush,
  onApproved,
  run,
  busy,
}: Props) {
  const { t } = useTranslation('exchange');
  const repos = useRepos();
  const [keyFile, setKeyFile] = useState<{ name: string; text: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [name, setName] = useState('');
  const [fn, setFn] = useState('');
  const [declared, setDeclared] = useState(false);
  const ready =
    keyFile !== null && passphrase !== '' && name.trim() !== '' && fn.trim() !== '' && declared;

  // Cleared after each pick, so the same file can be picked again after a wrong passphrase.
  const resetFile = useRef<() => void>(null);
  const pick = async (file: File | null) => {
    if (!file) return;
    resetFile.current?.();
    // Over the cap: kept as an unreadable marker, refused as "not a key" when signing.
    setKeyFile({
      name: file.name.slice(0, 200),
      text: file.size > MAX_KEY_FILE ? '' : await file.text(),
    });
  };
  const sign = () =>
    run(async () => {
      if (!keyFile) return null;
      await flush();
      const r = await approveWithBroughtKey({
        armoredKey: keyFile.text,
        passphrase,
        approver: { name, function: fn },
        openItems,
        state: await handle.store.load(),
        repos,
        operationId,
        now: new Date(),
      });
      // The key and its passphrase leave the screen whatever happened.
      setPassphrase('');
      setKeyFile(null);
      if (!r.ok) return t(`errors.${r.error.code}`, { defaultValue: r.error.message });
      notifySuccess(t('approval.imported', { name: r.value.approval?.by ?? '' }));
      onApproved();
      return null;
    });

  return (
    <Stack gap="xs" data-testid="brought-key-approval">
      <Text size="sm" fw={600}>
        {t('approval.localTitle')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('approval.localIntro')}
      </Text>
      <Group align="flex-end">
        <FileButton
          accept=".asc,.key,.gpg,.pgp"
          onChange={(f) => void pick(f)}
          resetRef={resetFile}
        >
          {(props) => (
            <Button {...props} variant="default" data-testid="brought-key-file">
              {t('approval.localKeyFile')}
            </Button>
          )}
        </FileButton>
        <Text size="sm" data-testid="brought-key-name">
          {keyFile ? keyFile.name : t('approval.localNoKeyFile')}
        </Text>
      </Group>
      <PasswordInput
        label={t('approval.localPassphrase')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        autoComplete="off"
        data-testid="brought-key-passphrase"
      />
      <Group grow>
        <TextInput
          label={t('approval.approverName')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-testid="brought-key-approver-name"
        />
        <TextInput
          label={t('approval.approverFunction')}
          value={fn}
          onChange={(e) => setFn(e.currentTarget.value)}
          data-testid="brought-key-approver-function"
        />
      </Group>
      <Checkbox
        label={t('approval.localDeclaration')}
        checked={declared}
        onChange={(e) => setDeclared(e.currentTarget.checked)}
        data-testid="brought-key-declare"
      />
      <Group>
        <Button
          onClick={() => void sign()}
          disabled={!ready}
          loading={busy}
          data-testid="brought-key-sign"
        >
          {t('approval.localSign')}
        </Button>
      </Group>
      <Alert color="gray" variant="light">
        <Text size="xs">{t('approval.localNotKept')}</Text>
      </Alert>
    </Stack>
  );
}
