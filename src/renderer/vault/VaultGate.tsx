// The vault's state machine around the app: set-up on first start, unlock screen while locked,
// and the data session only while unlocked. Locking unmounts every screen, so no decrypted data
// stays in the UI, and drops the keys once the automatic backup is written.
import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { Notifications, notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { deriveSessionKeys, type SessionKeys } from '@shared/crypto';
import type { VaultStatus } from '@shared/crypto/vault-api';
import type { SealProgress } from '../data/seal/seal-plaintext';
import { flushPendingSaves, type UnsavedEdits } from '../data/pending-saves';
import type { RekeyKeys } from '../data/rekey';
import type { DataSession } from '../data/session';
import { DataContext } from '../data/session-context';
import { useHost } from '../host';
import { errorMessage } from '../ui/errors';
import { ReopenShares } from '../sync/ReopenShares';
import { VaultContext, type LockReason } from './context';
import { IdleLock } from './IdleLock';
import type { RotationProgress } from './key-rotation';
import { RotationNotice } from './RotationNotice';
import { SetupScreen } from './SetupScreen';
import { UnlockScreen } from './UnlockScreen';

/** The data layer, loaded after unlock (boot bundle ≤ 400 kB); a second call is the cached module. */
const loadUnlocked = () => import('./unlocked-session');

type GateState =
  | { kind: 'checking' }
  | { kind: 'error'; message: string }
  | { kind: 'setup'; status: VaultStatus }
  | { kind: 'locked'; status: VaultStatus; notice: string | null; unsaved: UnsavedEdits[] }
  | { kind: 'opening'; progress: SealProgress | null }
  | { kind: 'open'; session: DataSession; keys: SessionKeys };

export function markAppState(state: string): void {
  document.documentElement.dataset.appState = state;
}

export function VaultGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation('vault');
  const host = useHost();
  const [state, setState] = useState<GateState>({ kind: 'checking' });
  const notice = useRef<string | null>(null);
  /** Edits that could not be stored before the last lock: the unlock screen names them. */
  const unsavedAtLock = useRef<UnsavedEdits[]>([]);
  const locking = useRef(false);
  /** A key rotation (F3) running in this session: started in the settings or resumed at unlock. */
  const [rotation, setRotation] = useState<RotationProgress | null>(null);

  // Bumping the nonce re-reads the vault status (after a lock, a failed attempt, a change).
  const [statusNonce, setStatusNonce] = useState(0);
  const loadStatus = useCallback(() => setStatusNonce((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void host.vault.status().then((r) => {
      if (!live) return;
      if (!r.ok) {
        setState({ kind: 'error', message: errorMessage(r.error) });
        markAppState('error');
        return;
      }
      const status = r.value;
      setState((s) => {
        if (s.kind === 'open' || s.kind === 'opening') return s;
        if (!status.exists) return { kind: 'setup', status };
        return { kind: 'locked', status, notice: notice.current, unsaved: unsavedAtLock.current };
      });
      markAppState(status.exists ? 'locked' : 'setup');
    });
    return () => {
      live = false;
    };
  }, [host, statusNonce]);

  const rotate = useCallback(
    async (session: DataSession, keys: RekeyKeys) => {
      const at = (p: { done: number; total: number }, status: RotationProgress['status']) =>
        setRotation({ status, done: p.done, total: p.total, error: null });
      let last = { done: 0, total: 0 };
      at(last, 'running');
      try {
        const { completeRotation } = await loadUnlocked();
        await completeRotation(host, session, keys, (p) => {
          last = p;
          at(p, 'running');
        });
        at(last, 'done');
      } catch (e) {
        // Locked meanwhile: the rotation stays pending and resumes at the next unlock.
        if (!session.store.isOpen) return;
        console.error(e);
        setRotation({ status: 'failed', ...last, error: errorMessage(e) });
      }
    },
    [host],
  );

  const open = useCallback(
    async (dataKey: Uint8Array, userName = '') => {
      setState({ kind: 'opening', progress: null });
      markAppState('opening');
      try {
        const { automaticBackup, hostSentinelCopy, openDataSession, pendingNewKey, sealingCodec } =
          await loadUnlocked();
        // A rotation under way (F3): write under its new key, read both until it is finished.
        const newKey = await pendingNewKey(host, dataKey);
        const keys = await deriveSessionKeys(newKey ?? dataKey);
        const previous = newKey ? (await deriveSessionKeys(dataKey)).record : undefined;
        dataKey.fill(0);
        newKey?.fill(0);
        const session = await openDataSession({
          codec: sealingCodec(keys.record, previous),
          outside: hostSentinelCopy(host),
          onSealProgress: (progress) => setState({ kind: 'opening', progress }),
        });
        // The name given at the first start: changes and approvals are attributed from the start.
        // It is optional, so failing to store it must not keep the user out: Einstellungen has it.
        if (userName) {
          await session.repos.settings
            .update({ userName })
            .then(() => session.setActor(userName))
            .catch((e: unknown) => console.warn('Name konnte nicht gespeichert werden', e));
        }
        notice.current = null;
        unsavedAtLock.current = [];
        setState({ kind: 'open', session, keys });
        markAppState('ready');
        if (previous) void rotate(session, { record: keys.record, previous });
        void automaticBackup(host, session, keys, 'daily').catch((e: unknown) =>
          console.warn('Tägliche Sicherung fehlgeschlagen', e),
        );
      } catch (e) {
        console.error(e);
        setState({ kind: 'error', message: errorMessage(e) });
        markAppState('error');
      }
    },
    [host, rotate],
  );

  /** Starts re-sealing under a new data key that the host has just stored as pending. */
  const rotateKey = useCallback(
    async (newKey: Uint8Array) => {
      if (state.kind !== 'open') return;
      const { session } = state;
      const keys = await deriveSessionKeys(newKey);
      newKey.fill(0);
      const previous = state.keys.record;
      const { sealingCodec } = await loadUnlocked();
      session.store.setCodec(sealingCodec(keys.record, previous));
      // New backups are sealed under the new key (their header carries its pending wraps).
      setState((s) => (s.kind === 'open' && s.session === session ? { ...s, keys } : s));
      await rotate(session, { record: keys.record, previous });
    },
    [state, rotate],
  );

  const close = useCallback(
    (session: DataSession, keys: SessionKeys, reason: LockReason) => {
      setState({ kind: 'checking' });
      setRotation(null);
      notifications.clean();
      notice.current = reason === 'idle' ? 'idle' : 'manual';
      loadStatus();
      // The UI is gone already; back up (needs the keys), then close the session and drop them.
      void loadUnlocked()
        .then(({ automaticBackup }) => automaticBackup(host, session, keys, 'lock'))
        .catch((e: unknown) => console.warn('Sicherung beim Sperren fehlgeschlagen', e))
        .finally(() => session.close());
    },
    [host, loadStatus],
  );

  const lock = useCallback(
    (reason: LockReason) => {
      if (state.kind !== 'open' || locking.current) return;
      const { session, keys } = state;
      locking.current = true;
      // Every lock path (button, shortcut, idle) stores pending edits first: after this the UI,
      // the database and the keys are gone. A bounded wait, so a hanging write cannot keep the
      // vault open; what is still unsaved is named on the unlock screen.
      void flushPendingSaves().then((unsaved) => {
        locking.current = false;
        unsavedAtLock.current = unsaved;
        close(session, keys, reason);
      });
    },
    [state, close],
  );

  switch (state.kind) {
    case 'checking':
    case 'opening':
      return (
        <Center h="100vh">
          <Stack align="center">
            <Loader />
            <Text c="dimmed" data-testid="vault-progress">
              {state.kind === 'opening' && state.progress
                ? t('unlock.migrating', { done: state.progress.done, total: state.progress.total })
                : t('unlock.opening')}
            </Text>
          </Stack>
        </Center>
      );
    case 'error':
      return (
        <Center h="100vh" p="xl">
          <Alert
            color="red"
            icon={<IconAlertTriangle />}
            title={t('errors.title', { ns: 'common' })}
            role="alert"
          >
            {state.message}
            <Button mt="sm" variant="light" color="red" onClick={loadStatus}>
              {t('errors.retry', { ns: 'common' })}
            </Button>
          </Alert>
        </Center>
      );
    case 'setup':
      return (
        <SetupScreen status={state.status} onDone={(key, userName) => void open(key, userName)} />
      );
    case 'locked':
      return (
        <UnlockScreen
          status={state.status}
          notice={
            state.notice === null
              ? null
              : [
                  state.notice === 'idle' ? t('lock.autoLockedShort') : t('lock.locked'),
                  state.unsaved.length > 0 &&
                    t('lock.unsaved', {
                      items: state.unsaved
                        .map((u) => t('lock.unsavedItem', { label: u.label, count: u.count }))
                        .join(', '),
                    }),
                ]
                  .filter(Boolean)
                  .join(' ')
          }
          onUnlocked={(key) => void open(key)}
          onStatusChanged={loadStatus}
        />
      );
    case 'open':
      return (
        <VaultContext.Provider
          value={{ keys: state.keys, lock, refreshStatus: loadStatus, rotation, rotateKey }}
        >
          <DataContext.Provider value={state.session}>
            <IdleLock onIdle={() => lock('idle')} />
            {/* Shared operations kept on this machine reopen in the background after unlock. */}
            <ReopenShares />
            {/* Toasts live inside the unlocked tree (locking removes them), bottom left over the
                navigation's free space, wide enough to read (216 px squeezed them to three lines). */}
            <Notifications position="bottom-left" containerWidth={380} />
            <RotationNotice rotation={rotation} />
            {children}
          </DataContext.Provider>
        </VaultContext.Provider>
      );
  }
}
