// Picks the current language's text of a catalogue label.
import { useTranslation } from 'react-i18next';
import type { Label, Language } from '@shared/domain';

export function useLang(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'de';
}

export function useLabel(): (l: Label | undefined) => string {
  const lang = useLang();
  return (l) => (l ? l[lang] : '');
}
