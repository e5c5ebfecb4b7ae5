// The key-card form speaks German for a missing field (not the browser's own bubble) and refuses
// invisible direction or control characters, which would make a card read differently than stored.
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { initI18n } from '../../../src/renderer/i18n';
import { IdentityForm } from '../../../src/renderer/features/exchange/KeyCardPanel';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(cleanup);

function show(submitted: unknown[]) {
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <IdentityForm
          initial={{ name: 'Vera Verbindung', agency: '', function: '' }}
          submitLabel="Schlüssel erzeugen"
          onSubmit={async (info) => {
            submitted.push(info);
          }}
        />
      </MantineProvider>
    </I18nextProvider>,
  );
}

describe('IdentityForm', () => {
  it('names a missing agency in German and submits nothing', async () => {
    const submitted: unknown[] = [];
    show(submitted);
    await act(async () => fireEvent.click(screen.getByTestId('key-create')));
    expect(screen.getByText('Bitte ausfüllen.')).toBeTruthy();
    expect(screen.getByTestId('key-agency').getAttribute('aria-invalid')).toBe('true');
    expect(submitted).toEqual([]);
  });

  it('refuses a direction override and submits once it is gone', async () => {
    const submitted: unknown[] = [];
    show(submitted);
    fireEvent.change(screen.getByTestId('key-agency'), { target: { value: 'HZA Essen' } });
    fireEvent.change(screen.getByTestId('key-function'), {
      target: { value: '\u202Eedirrevo' },
    });
    await act(async () => fireEvent.click(screen.getByTestId('key-create')));
    expect(screen.getByText(/Unsichtbare Steuerzeichen/)).toBeTruthy();
    expect(submitted).toEqual([]);
    fireEvent.change(screen.getByTestId('key-function'), { target: { value: 'VB' } });
    await act(async () => fireEvent.click(screen.getByTestId('key-create')));
    expect(submitted).toEqual([{ name: 'Vera Verbindung', agency: 'HZA Essen', function: 'VB' }]);
  });
});
