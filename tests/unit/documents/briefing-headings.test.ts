// Renamed headings per installation: the settings record holds them (Einstellungen ›
// Einsatzbefehl), the builder takes them as its heading map, and the docx prints them in the
// heading and in the title page's Gliederung.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  BRIEFING_HEADING_KEYS,
  defaultSettings,
  settingsSchema,
  type Settings,
} from '@shared/domain';
import { briefingModel, DEFAULT_BRIEFING_HEADINGS } from '@shared/documents/briefing';
import { renderBriefingDocx } from '@shared/documents/briefing/render-briefing';
import { demoBriefing } from './briefing-fixtures';

const NOW = '2026-11-20T10:00:00.000Z';
const withHeadings = (briefingHeadings: unknown) =>
  settingsSchema.safeParse({ ...defaultSettings(NOW), briefingHeadings });

describe('briefing headings in the settings', () => {
  it('every renamable key has a default name, and the defaults are the framework’s', () => {
    expect(Object.keys(DEFAULT_BRIEFING_HEADINGS).sort()).toEqual(
      [...BRIEFING_HEADING_KEYS].sort(),
    );
    expect(DEFAULT_BRIEFING_HEADINGS.situation).toBe('Lage');
    expect(DEFAULT_BRIEFING_HEADINGS.command).toBe('Führung und Kommunikation');
  });

  it('stores renamings of known parts only, each a non-blank name of at most 120 characters', () => {
    expect(withHeadings({ support: 'Versorgung', annexB: 'Objekte' }).success).toBe(true);
    expect(withHeadings(undefined).success).toBe(true);
    expect(withHeadings({ annexG: 'Presse' }).success).toBe(false);
    expect(withHeadings({ support: '   ' }).success).toBe(false);
    expect(withHeadings({ support: 'x'.repeat(121) }).success).toBe(false);
  });

  it('the stored names head the parts and annexes; the rest keep their default', async () => {
    const parsed = withHeadings({ support: 'Versorgung', annexC: 'Ablauf' });
    if (!parsed.success) throw parsed.error;
    const settings: Settings = parsed.data;
    const { input } = demoBriefing();
    const model = briefingModel({ ...input, headings: settings.briefingHeadings });
    const top = model.sections.filter((s) => s.level === 1 && !s.key.startsWith('annex:B:'));
    const byKey = new Map(top.map((s) => [s.key, s]));
    expect(byKey.get('part:support')?.heading).toBe('Versorgung');
    expect(byKey.get('part:support')?.number).toBe('4');
    expect(byKey.get('annex:C')?.heading).toBe('Ablauf');
    expect(byKey.get('part:situation')?.heading).toBe('Lage');
    expect(byKey.get('annex:A')?.heading).toBe('Kräfteübersicht');

    const xml = new TextDecoder().decode(
      unzipSync(await renderBriefingDocx(model))['word/document.xml'],
    );
    // Once in the Gliederung on the title page, once as the part's heading.
    expect(xml.match(/4 {2}Versorgung/g)).toHaveLength(2);
    expect(xml).not.toContain('Einsatzunterstützung</w:t>');
  });
});
