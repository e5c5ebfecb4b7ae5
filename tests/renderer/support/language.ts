// The app's i18n for renderer tests that switch language: started in German once per file, and
// back to German (with the rendered tree unmounted) after each test, so a test that ends in
// English does not leave the next one reading English.
import { cleanup } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll } from 'vitest';
import { initI18n } from '../../../src/renderer/i18n';

export function germanBetweenTests(): { readonly current: I18n } {
  let instance: I18n | undefined;
  beforeAll(async () => {
    instance = await initI18n('de');
  });
  afterEach(async () => {
    cleanup();
    await instance?.changeLanguage('de');
  });
  return {
    get current(): I18n {
      if (!instance) throw new Error('i18n is started in beforeAll');
      return instance;
    },
  };
}
