// Review finding 8: closing a dialog with Escape gives focus back to the button that opened it,
// also when the caller unmounts the dialog on close (BriefingPreview, MoveHDialog do that).
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { initI18n } from '../../../src/renderer/i18n';
import { AppModal } from '../../../src/renderer/ui/AppModal';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('de');
});
afterEach(cleanup);

function Page({ unmountOnClose }: { unmountOnClose: boolean }) {
  const [open, setOpen] = useState(false);
  const modal = (
    <AppModal opened={open} onClose={() => setOpen(false)} title="Vorschau">
      <button type="button">Im Dialog</button>
    </AppModal>
  );
  return (
    <I18nextProvider i18n={i18n}>
      <MantineProvider env="test">
        <button type="button" onClick={() => setOpen(true)}>
          Öffnen
        </button>
        {unmountOnClose ? open && modal : modal}
      </MantineProvider>
    </I18nextProvider>
  );
}

async function openThenEscape() {
  const opener = screen.getByRole('button', { name: 'Öffnen' });
  opener.focus();
  fireEvent.click(opener);
  const dialog = await screen.findByRole('dialog');
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true));
  fireEvent.keyDown(dialog, { key: 'Escape' });
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  return opener;
}

describe('AppModal focus return', () => {
  it.each([true, false])('Escape returns focus to the opener (unmount on close: %s)', async (u) => {
    render(<Page unmountOnClose={u} />);
    const opener = await openThenEscape();
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });
});
