// Toasts and the language switch (real Mantine notifications in happy-dom, the app's i18n): a
// toast shown in German does not stay on screen in German after switching to English (an error
// toast never closes by itself); one shown after the switch is English — text, translated
// error and close button.
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useTranslation } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CodedError } from '@shared/result';
import { initI18n, setLanguage } from '../../../src/renderer/i18n';
import { notifyError, notifySuccess } from '../../../src/renderer/ui/notify';

beforeAll(async () => {
  await initI18n('de');
});
afterEach(async () => {
  cleanup();
  await setLanguage('de');
});

function Buttons() {
  const { t } = useTranslation('settings');
  return (
    <>
      <button onClick={() => notifySuccess(t('saved'))}>ok</button>
      <button onClick={() => notifyError(t('title'), new CodedError('not_found', 'x'))}>bad</button>
    </>
  );
}

const toasts = () =>
  [...document.querySelectorAll('.mantine-Notification-root')].map((n) => ({
    text: n.textContent,
    close: n.querySelector('button')?.getAttribute('aria-label'),
  }));

describe('toasts and the language switch', () => {
  it('closes toasts of the old language and shows new ones in the chosen one', async () => {
    render(
      <MantineProvider env="test">
        <Notifications />
        <Buttons />
      </MantineProvider>,
    );
    fireEvent.click(screen.getByText('bad'));
    await screen.findByText('Der Eintrag wurde nicht gefunden.');
    expect(toasts()).toEqual([
      { text: 'EinstellungenDer Eintrag wurde nicht gefunden.', close: 'Schließen' },
    ]);

    await act(() => setLanguage('en'));
    await waitFor(() => expect(toasts()).toEqual([]));

    fireEvent.click(screen.getByText('ok'));
    fireEvent.click(screen.getByText('bad'));
    await screen.findByText('Saved');
    expect(toasts()).toEqual([
      { text: 'Saved', close: 'Close' },
      { text: 'SettingsThe entry was not found.', close: 'Close' },
    ]);
  });
});
