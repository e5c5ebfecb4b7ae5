// i18n: German first, English second. Namespaces per feature keep translation files small;
// the German files are the reference the types (and the key-parity test) are checked against.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
import { LANGUAGES, type Language } from '@shared/domain';
import { closeToastsOnLanguageSwitch } from '../ui/notify';
import deAgencies from './de/agencies.json';
import deOperationsList from './de/operationsList.json';
import deRoster from './de/roster.json';
import deWorkspace from './de/workspace.json';
import deCommon from './de/common.json';
import deMap from './de/map.json';
import deOperations from './de/operations.json';
import dePremises from './de/premises.json';
import deSettings from './de/settings.json';
import deVault from './de/vault.json';
import deCalendar from './de/calendar.json';
import deBriefing from './de/briefing.json';
import deExchange from './de/exchange.json';
import deResults from './de/results.json';
import deSync from './de/sync.json';
import enAgencies from './en/agencies.json';
import enOperationsList from './en/operationsList.json';
import enRoster from './en/roster.json';
import enWorkspace from './en/workspace.json';
import enCommon from './en/common.json';
import enMap from './en/map.json';
import enOperations from './en/operations.json';
import enPremises from './en/premises.json';
import enSettings from './en/settings.json';
import enVault from './en/vault.json';
import enCalendar from './en/calendar.json';
import enBriefing from './en/briefing.json';
import enExchange from './en/exchange.json';
import enResults from './en/results.json';
import enSync from './en/sync.json';

export const resources = {
  de: {
    common: deCommon,
    agencies: deAgencies,
    operationsList: deOperationsList,
    roster: deRoster,
    workspace: deWorkspace,
    operations: deOperations,
    premises: dePremises,
    map: deMap,
    settings: deSettings,
    vault: deVault,
    calendar: deCalendar,
    briefing: deBriefing,
    exchange: deExchange,
    results: deResults,
    sync: deSync,
  },
  en: {
    common: enCommon,
    agencies: enAgencies,
    operationsList: enOperationsList,
    roster: enRoster,
    workspace: enWorkspace,
    operations: enOperations,
    premises: enPremises,
    map: enMap,
    settings: enSettings,
    vault: enVault,
    calendar: enCalendar,
    briefing: enBriefing,
    exchange: enExchange,
    results: enResults,
    sync: enSync,
  },
} as const;

export const NAMESPACES = Object.keys(resources.de) as (keyof typeof resources.de)[];

const STORAGE_KEY = 'verbundplaner.language';

export function storedLanguage(
  storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage,
): Language {
  const v = storage?.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(v ?? '') ? (v as Language) : 'de';
}

function applyValidationLocale(lang: Language): void {
  z.config(lang === 'de' ? z.locales.de() : z.locales.en());
}

// One listener however often initI18n runs (tests call it per file): a second init replaces it.
let stopClosingToasts: (() => void) | null = null;

export async function initI18n(lang: Language = storedLanguage()): Promise<typeof i18next> {
  stopClosingToasts?.();
  stopClosingToasts = closeToastsOnLanguageSwitch(i18next);
  applyValidationLocale(lang);
  document.documentElement.lang = lang;
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'de',
    supportedLngs: [...LANGUAGES],
    ns: NAMESPACES,
    defaultNS: 'common',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** Switches the language and remembers it on this machine (it is needed before unlock). */
export async function setLanguage(lang: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  applyValidationLocale(lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['de'];
  }
}
