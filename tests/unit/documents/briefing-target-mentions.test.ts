// Late release over the demo plan: the check finds targets named in team names and free texts,
// and the Ordnungsamt's copy (not released) carries no target name, street or kind in any text.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { premisesKind } from '@shared/catalog';
import {
  agencyScope,
  allTexts,
  briefingModel,
  STREET_WITHHELD,
  targetMentions,
  teamCardsModel,
  type BriefingModel,
} from '@shared/documents/briefing';
import { placeText } from '@shared/documents/plan-text';
import { renderBriefingDocx } from '@shared/documents/briefing/render-briefing';
import { demoBriefing } from './briefing-fixtures';

const { d, input } = demoBriefing();
const ordnungsamt = d.byKey.get('essen_ordnungsamt') ?? '';
const scope = agencyScope(d.plan, ordnungsamt);
const kinds = d.premises.map((p) => premisesKind(p.kind)?.label.de ?? '');
// The distinctive parts of the demo names (the others are kinds: "Kiosk", "Wohnanlage").
const nameParts = ['Musterschnitt', 'Probewette', 'Exempelallee', 'Shisha-Lounge', 'Musterhof'];
const streets = d.premises.map((p) => p.address.street);

describe('target mentions in free texts', () => {
  const found = targetMentions({ plan: d.plan, premises: d.premises });

  it('finds the team names, orders and routes that name a target, with field and text', () => {
    const team2 = found.filter((m) => m.text === 'Kontrollteam 2 – Barbershop und Kiosk');
    expect(team2.map((m) => m.found).sort()).toEqual(['Barbershop', 'Kiosk']);
    expect(team2[0]?.field).toBe('Teamname');
    expect(found).toContainEqual(
      expect.objectContaining({ field: 'Wege', found: 'Exempelallee', kind: 'street' }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ found: 'Wettbüros', kind: 'word', alias: 'Objekt 3' }),
    );
    // The staging area keeps its address in the copy; it lies on the betting shop's street.
    expect(found).toContainEqual(
      expect.objectContaining({ field: 'Bereitstellungsraum', found: 'Am Probeplatz' }),
    );
  });

  it('reports a span once, as the longest thing it names', () => {
    const plan = structuredClone(d.plan);
    plan.operation.framework.support.routes = 'Treffen vor Kiosk Exempelallee.';
    const routes = targetMentions({ plan, premises: d.premises }).filter((m) => m.field === 'Wege');
    expect(routes.map((m) => [m.found, m.kind])).toEqual([['Kiosk Exempelallee', 'name']]);
  });

  it('finds nothing in the demo texts for premises they do not mention', () => {
    const premises = d.premises.map((p, i) => ({
      ...p,
      name: `Zielort Quelle${i}`,
      kind: 'other',
      operator: { ...p.operator, name: `Firma Niemand${i}` },
      address: { ...p.address, street: `Nirgendweg${i}`, houseNumber: `${i + 1}` },
    }));
    expect(targetMentions({ plan: d.plan, premises })).toEqual([]);
  });
});

describe('the Ordnungsamt copy (target list not released)', () => {
  const order = briefingModel({ ...input, scope });
  const cards = teamCardsModel({ ...input, scope });
  const fw = d.plan.operation.framework;
  // Places keep their address (the recipient has to get there); the check warns about them.
  const places = [fw.support.assemblyPoint, fw.support.stagingArea, fw.command.commandPost].map(
    placeText,
  );

  it.each([
    ['Einsatzbefehl', order],
    ['Auftragskarten', cards],
  ] as [string, BriefingModel][])('%s: no target name or street in any text', (_, m) => {
    expect(m.redacted).toBe(true);
    for (const t of allTexts(m)) {
      for (const w of [...d.premises.map((p) => p.name), ...nameParts]) expect(t).not.toContain(w);
      if (!places.includes(t)) for (const s of streets) expect(t).not.toContain(s);
    }
  });

  it('no target kind next to its alias, in any table row or key-value row', () => {
    for (const m of [order, cards])
      for (const b of m.sections.flatMap((s) => s.blocks)) {
        const rows =
          b.type === 'table'
            ? b.rows
            : b.type === 'keyValue'
              ? [b.rows.flatMap((r) => [r.key, r.value])]
              : [];
        for (const row of rows)
          if (row.some((c) => /Objekt \d/.test(c)))
            for (const c of row) for (const k of kinds) expect(c).not.toContain(k);
      }
  });

  it('team names name the targets by alias; a route along a target street is withheld', () => {
    const texts = allTexts(order).join('\n');
    expect(texts).toContain('Kontrollteam 2 – Objekt 2 und Objekt 4');
    expect(texts).toContain(`Abschnitt West über die ${STREET_WITHHELD}`);
    expect(allTexts(cards).join('\n')).toContain('Auftragskarte Kontrollteam 1 – Objekt 1');
  });

  it('the full order keeps every name', () => {
    const full = allTexts(briefingModel({ ...input, scope: { kind: 'full' } })).join('\n');
    expect(full).toContain('Kontrollteam 2 – Barbershop und Kiosk');
    expect(full).toContain('Exempelallee');
  });

  // The review read word/document.xml of the saved files: the same check on the rendered docx.
  it('the saved docx (order and cards) carries none of it either', async () => {
    for (const m of [order, cards]) {
      const xml = strFromU8(
        unzipSync(await renderBriefingDocx(m))['word/document.xml'] ?? new Uint8Array(),
      );
      const text = xml.replace(/<[^>]+>/g, '');
      expect(text).toContain('Objekt 1');
      for (const s of [
        ...d.premises.map((p) => p.name),
        'Barbershop und Kiosk',
        'Wettbüro und Café',
        'Exempelallee',
      ])
        expect(text).not.toContain(s);
    }
  }, 60_000);
});
