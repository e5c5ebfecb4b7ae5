// Picks the current language's text of a catalogue label.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Label, Language } from '@shared/domain';

export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}

/** The same function while the language stays, so memos that use it keep their values. */
export function useLabel(): (l: Label | undefined) => string {
  const lang = useLang();
  return useCallback((l) => (l ? l[lang] : ''), [lang]);
}
