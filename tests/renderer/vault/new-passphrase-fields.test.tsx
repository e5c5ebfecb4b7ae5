// One set of new-passphrase fields for set-up, change and recovery: the meter appears once the
// word lists have loaded, short and mismatching input is named inline, and the submit check
// waits for the estimator instead of letting a weak passphrase through.
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { initI18n } from '../../../src/renderer/i18n';
import {
  EMPTY_NEW_PASSPHRASE,
  NewPassphraseFields,
  newPassphraseProblem,
  type NewPassphrase,
} from '../../../src/renderer/vault/NewPassphraseFields';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(cleanup);

function Form() {
  const [value, setValue] = useState<NewPassphrase>(EMPTY_NEW_PASSPHRASE);
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <NewPassphraseFields
          value={value}
          onChange={setValue}
          label="Neue Passphrase"
          testIds={{ passphrase: 'p', repeat: 'r' }}
        />
      </MantineProvider>
    </I18nextProvider>
  );
}

const type = (testId: string, text: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value: text } });

describe('NewPassphraseFields', () => {
  it('shows the strength with German hints and names a short or mismatching entry', async () => {
    render(<Form />);
    expect(screen.queryByTestId('passphrase-strength')).toBeNull();
    type('p', 'qwertz');
    expect(screen.getByText('Zu kurz.')).toBeTruthy();
    type('p', 'qwertzuiop');
    const meter = await waitFor(
      () => {
        const el = screen.getByTestId('passphrase-strength');
        expect(el.getAttribute('data-score')).not.toBeNull();
        return el;
      },
      { timeout: 10_000 },
    );
    expect(Number(meter.getAttribute('data-score'))).toBeLessThan(3);
    expect(meter.textContent).toContain('Tastaturfolgen');
    type('r', 'qwertzuiopx');
    expect(screen.getByText('Die beiden Eingaben stimmen nicht überein.')).toBeTruthy();
    type('p', 'Kaffee-Tasse-Wolke-Brücke-17');
    expect(screen.getByTestId('passphrase-strength').getAttribute('data-score')).toMatch(/[34]/);
  });

  it('refuses weak and mismatching passphrases on submit', async () => {
    const strong = 'Kaffee-Tasse-Wolke-Brücke-17';
    expect(await newPassphraseProblem({ passphrase: 'Sommer2026!', repeat: 'Sommer2026!' })).toBe(
      'strength.required',
    );
    expect(await newPassphraseProblem({ passphrase: 'kurz', repeat: 'kurz' })).toBe(
      'strength.required',
    );
    expect(await newPassphraseProblem({ passphrase: strong, repeat: `${strong}x` })).toBe(
      'setup.mismatch',
    );
    expect(await newPassphraseProblem({ passphrase: strong, repeat: strong })).toBeNull();
  });
});
