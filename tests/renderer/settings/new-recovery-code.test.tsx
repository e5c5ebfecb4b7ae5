// F3: Einstellungen › Sicherheit › new recovery code. The dialog asks for the passphrase, shows
// the new code once, and from then on only the new code opens the vault. The shared vault
// service runs for real on the web edition's IndexedDB store; only Argon2id runs in the test's
// thread instead of a Web Worker (happy-dom has none).
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createVaultService } from '@shared/crypto';
import { newId } from '@shared/domain';
import type { HostApi } from '@shared/ipc/host-api';
import { NewRecoveryCodeModal } from '../../../src/renderer/features/settings/NewRecoveryCodeModal';
import { HostContext } from '../../../src/renderer/host';
import { browserHost } from '../../../src/renderer/host/browser';
import { indexedDbVaultStore } from '../../../src/renderer/host/browser-vault';
import { toResult } from '../../../src/renderer/host/envelope';
import { initI18n } from '../../../src/renderer/i18n';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'Einsatz Nordstern bleibt geheim';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(cleanup);

describe('new recovery code dialog', () => {
  it('asks for the passphrase, shows the new code once, and the old code stops working', async () => {
    const service = createVaultService({
      store: indexedDbVaultStore(`v-${newId()}`),
      keychain: null,
      now: () => new Date(),
      kdfParams: FAST,
    });
    const { recoveryCode: old, dataKey } = await service.create({
      passphrase: PASS,
      useKeychain: false,
    });
    const base = browserHost();
    const host: HostApi = {
      ...base,
      vault: { ...base.vault, newRecoveryCode: (r) => toResult(() => service.newRecoveryCode(r)) },
    };
    render(
      <I18nextProvider i18n={i18n}>
        <MantineProvider env="test">
          <HostContext.Provider value={host}>
            <NewRecoveryCodeModal opened onClose={() => undefined} />
          </HostContext.Provider>
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText(/öffnet den Tresor danach nicht mehr/)).toBeTruthy();
    const passphrase = screen.getByTestId('new-recovery-passphrase');
    fireEvent.change(passphrase, { target: { value: 'falsch und zu kurz' } });
    fireEvent.click(screen.getByTestId('new-recovery-submit'));
    expect((await screen.findByRole('alert')).textContent).toContain('Die Passphrase ist falsch');
    expect(screen.queryByTestId('new-recovery-code')).toBeNull();

    fireEvent.change(passphrase, { target: { value: PASS } });
    fireEvent.click(screen.getByTestId('new-recovery-submit'));
    const shown = (await screen.findByTestId('new-recovery-code', {}, { timeout: 10_000 }))
      .textContent;
    expect(shown).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(shown).not.toBe(old);
    await expect(service.unlock({ method: 'recovery', recoveryCode: old })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    const opened = await service.unlock({ method: 'recovery', recoveryCode: shown ?? '' });
    expect(opened.dataKey).toEqual(dataKey);
  }, 60_000);
});
