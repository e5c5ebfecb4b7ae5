// Section headings of the written order. The framework's five parts are the default; an
// installation may rename them (some offices use the eight-point variant) by passing a map.
import type { BriefingHeadingKey } from '../../domain/settings';

// The keys are the settings' (Einstellungen › Einsatzbefehl stores the renamings).
export type { BriefingHeadingKey };

export type BriefingHeadings = Record<BriefingHeadingKey, string>;

export const DEFAULT_BRIEFING_HEADINGS: BriefingHeadings = {
  situation: 'Lage',
  mission: 'Auftrag',
  execution: 'Durchführung',
  support: 'Einsatzunterstützung',
  command: 'Führung und Kommunikation',
  annexA: 'Kräfteübersicht',
  annexB: 'Objektblätter',
  annexC: 'Zeitablauf',
  annexD: 'Kommunikationsplan',
  annexE: 'Lagekarte',
  annexF: 'Verteiler',
};

/** Defaults with the installation's renamings; blank names fall back to the default. */
export function briefingHeadings(overrides: Partial<BriefingHeadings> = {}): BriefingHeadings {
  const out = { ...DEFAULT_BRIEFING_HEADINGS };
  for (const key of Object.keys(out) as BriefingHeadingKey[]) {
    const name = overrides[key]?.trim();
    if (name) out[key] = name;
  }
  return out;
}

/** The annex letters in print order. */
export const ANNEX_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export type AnnexLetter = (typeof ANNEX_LETTERS)[number];
export const annexHeadingKey = (letter: AnnexLetter): BriefingHeadingKey =>
  `annex${letter}` as BriefingHeadingKey;
