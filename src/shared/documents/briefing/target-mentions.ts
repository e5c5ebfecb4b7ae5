// Need-to-know check for late release: the redaction replaces the target list, but team names
// and free texts are the planner's own words and can still name a target ("Kontrollteam 2 –
// Barbershop und Kiosk", "über die Exempelallee"). This finds such mentions so the Ausgabe can
// warn before a not-released recipient gets its copy, and gives the words the copy replaces.
import { premisesKind } from '../../catalog';
import type { Premises } from '../../domain/premises';
import type { PlanSnapshot } from '../../domain/revision';
import type { DocumentSource } from '../source';
import { orderedTargets } from './scope';
import { targetAlias } from '../../domain/target-release';

/** What identifies a target, by how it is matched and replaced. */
// `word`: one word of a premises name ("Probewette", "Wohnanlage") — identifying next to a team
// or a target, often an ordinary noun in the general situation; treated like a kind.
export type MentionKind = 'name' | 'word' | 'street' | 'kind';

export interface TargetNeedle {
  text: string;
  kind: MentionKind;
  alias: string;
  targetId: string;
}

/** One free text that goes into a recipient's copy, with the German name of its field. */
export interface FreeTextField {
  field: string;
  text: string;
}

export interface TargetMention {
  field: string;
  text: string;
  found: string;
  kind: MentionKind;
  alias: string;
}

// Shorter words are ordinary words ("Bar", "Café" is 4 and stays in), and name parts that
// are everyday nouns in German orders would warn on every text.
const MIN_WORD = 4;
const COMMON_WORDS = new Set(['objekt', 'straße', 'platz', 'allee', 'beispiel', 'team']);

function kindWords(p: Premises): string[] {
  const label = premisesKind(p.kind)?.label.de ?? '';
  // "Café / Gaststätte" names two kinds; "Problemimmobilie (Wohnen)" only the first.
  return label
    .replace(/\(.*?\)/g, '')
    .split('/')
    .map((s) => s.trim())
    .filter((s) => s.length >= MIN_WORD);
}

function nameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w.length >= MIN_WORD && /^\p{Lu}/u.test(w))
    .filter((w) => !COMMON_WORDS.has(w.toLowerCase()));
}

/** Everything that identifies each target, longest first (so a name wins over its words). */
export function targetNeedles(source: Pick<DocumentSource, 'plan' | 'premises'>): TargetNeedle[] {
  const premisesById = new Map(source.premises.map((p) => [p.id, p]));
  const out: TargetNeedle[] = [];
  orderedTargets(source.plan).forEach((t, i) => {
    const alias = targetAlias(i);
    const p = premisesById.get(t.premisesId);
    const add = (text: string | undefined, kind: MentionKind) => {
      const s = text?.trim() ?? '';
      if (s.length >= 3 && !/^Objekt \d+$/.test(s))
        out.push({ text: s, kind, alias, targetId: t.id });
    };
    add(t.label, 'name');
    if (!p) return;
    add(p.name, 'name');
    add(p.operator.name, 'name');
    for (const w of nameWords(p.name)) add(w, 'word');
    add(`${p.address.street} ${p.address.houseNumber}`, 'street');
    add(p.address.street, 'street');
    for (const w of kindWords(p)) add(w, 'kind');
  });
  // A street named like a premises word ("Exempelallee") is withheld as a street.
  const rank = (n: TargetNeedle) => (n.kind === 'street' ? 0 : 1);
  return out.sort((a, b) => b.text.length - a.text.length || rank(a) - rank(b));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The needle at a word start, with any inflection after it ("Wettbüros", "Shisha-Bars"). */
export function needlePattern(text: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}[\\p{L}]*`, 'giu');
}

/** The free texts of the plan that every recipient's copy carries, with their field names. */
export function freeTextFields(plan: PlanSnapshot): FreeTextField[] {
  const fw = plan.operation.framework;
  const out: FreeTextField[] = [];
  const add = (field: string, text: string | undefined) => {
    if (text && text.trim() !== '') out.push({ field, text });
  };
  add('Titel', plan.operation.title);
  for (const t of [...plan.teams].sort((a, b) => a.order - b.order)) {
    add('Teamname', t.name);
    add(`Auftrag ${t.name}`, t.notes);
  }
  add('Allgemeine Lage', fw.situation.background);
  add('Anlass', fw.situation.trigger);
  add('Personen, Gruppierungen und Dritte', fw.situation.personsGroups);
  add('Eigene Kräfte', fw.situation.ownForces);
  add('Einsatzziel', fw.mission.goals);
  for (const o of fw.mission.agencyObjectives) add('Auftrag der Behörde', o.objective);
  for (const [phase, text] of Object.entries(fw.execution.phases)) add(`Phase ${phase}`, text);
  add('Einsatzabschnitte', fw.execution.sections);
  add('Verhaltensregeln', fw.execution.rulesOfConduct);
  add('Wege', fw.support.routes);
  add('Fahrzeuge', fw.support.vehicles);
  add('Ausstattung', fw.support.equipment);
  add('Führungsstruktur', fw.command.structure);
  add('Meldewege und Pressearbeit', fw.command.notes);
  for (const r of plan.operation.riskAssessment.items) {
    add('Gefährdung: Erkenntnisse', r.findings);
    add('Gefährdung: Maßnahmen', r.measures);
  }
  for (const c of plan.comms)
    if (c.type === 'phone') add('Telefonliste: Funktion', c.function);
    else {
      add(`Sprechgruppe ${c.name}: Zweck`, c.purpose);
      add(`Sprechgruppe ${c.name}: Hinweise`, c.notes);
    }
  // A place on a target's street keeps its address in the copy (it must be found); warn.
  const place = (p: { name: string; address: string; notes: string }) =>
    [p.name, p.address, p.notes].filter((x) => x.trim() !== '').join(', ');
  add('Sammelpunkt', place(fw.support.assemblyPoint));
  add('Bereitstellungsraum', place(fw.support.stagingArea));
  add('Befehlsstelle', place(fw.command.commandPost));
  add('Einsatzbesprechung: Ort', fw.execution.briefingMeeting.place);
  for (const e of plan.timeline) {
    add('Zeitablauf', e.title);
    add(`Zeitablauf: ${e.title}`, e.description);
  }
  return out;
}

/** Every mention of a target in the free texts, one per field and needle found. */
export function targetMentions(source: Pick<DocumentSource, 'plan' | 'premises'>): TargetMention[] {
  const needles = targetNeedles(source);
  const out: TargetMention[] = [];
  for (const f of freeTextFields(source.plan)) {
    // Longest first; a span already reported ("Kiosk Exempelallee") is not reported again as
    // its parts ("Kiosk", "Exempelallee").
    const taken: [number, number][] = [];
    for (const n of needles)
      for (const m of f.text.matchAll(needlePattern(n.text))) {
        const at = m.index;
        const end = at + m[0].length;
        if (taken.some(([a, b]) => at < b && end > a)) continue;
        taken.push([at, end]);
        out.push({ field: f.field, text: f.text, found: m[0], kind: n.kind, alias: n.alias });
      }
  }
  return out;
}

/** Marks a bare street in a free text: it is not the target's alias (a route runs along it). */
export const STREET_WITHHELD = '[Straße geschwärzt]';

/**
 * `text` as a not-released copy prints it: names and addresses become the target's alias, a
 * bare street is withheld; the kind of a target ("Barbershop") is replaced only where `kinds`
 * says so — in team names and orders it points at the team's own target, in the situation it
 * is the general picture (and stays a warning for the planner).
 */
export function scrubMentions(
  text: string,
  needles: readonly TargetNeedle[],
  kinds: 'replace' | 'keep',
): string {
  let out = text;
  for (const n of needles) {
    if ((n.kind === 'kind' || n.kind === 'word') && kinds === 'keep') continue;
    const bareStreet = n.kind === 'street' && !/\d/.test(n.text);
    out = out.replace(needlePattern(n.text), bareStreet ? STREET_WITHHELD : n.alias);
  }
  return out;
}
