// Who closes toasts on a language switch: initI18n registers that one listener, however often it
// runs; showing a toast (or importing notify) registers nothing, so tests do not leak listeners.
// The spies only watch: i18next's own `on` and `off` still run.
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initI18n } from '../../../src/renderer/i18n';
import { notifyError, notifySuccess } from '../../../src/renderer/ui/notify';

afterEach(() => vi.restoreAllMocks());

/** The languageChanged listeners added and not removed again while the spies watched. */
function watchLanguageListeners(): () => unknown[] {
  const on = vi.spyOn(i18next, 'on');
  const off = vi.spyOn(i18next, 'off');
  return () => {
    const added = on.mock.calls.filter(([e]) => e === 'languageChanged').map(([, l]) => l);
    const removed = off.mock.calls.filter(([e]) => e === 'languageChanged').map(([, l]) => l);
    return added.filter((l) => !removed.includes(l));
  };
}

describe('the toasts’ language listener', () => {
  it('is not registered by showing a toast', () => {
    const live = watchLanguageListeners();
    notifySuccess('Gespeichert');
    notifyError('Einstellungen', 'Fehler');
    expect(live()).toEqual([]);
  });

  it('is registered once by initI18n, even when it runs again', async () => {
    const live = watchLanguageListeners();
    await initI18n('de');
    await initI18n('de');
    expect(live()).toHaveLength(1);
  });
});
