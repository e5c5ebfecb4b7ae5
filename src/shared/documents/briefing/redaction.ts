// Late release: while the target list is not released for a recipient, its copy names targets
// only as "Objekt 1…n" — no name, address, operator, map or photo. Redaction works on the
// source (so every builder, the force overview included, prints aliases without knowing it),
// and a final scrub replaces any remaining mention in free text (a note that names a bar).
import { targetAlias } from '../../domain/target-release';
import type { DocumentSource } from '../source';
import { orderedTargets } from './scope';

export const REDACTED_SUMMARY =
  'Die Einsatzobjekte werden aus Geheimhaltungsgründen erst in der Einsatzbesprechung bekannt gegeben.';

/** Alias per target id, counted in print order, the same in every copy. */
export function aliasesOf(source: DocumentSource): Map<string, string> {
  return new Map(orderedTargets(source.plan).map((t, i) => [t.id, targetAlias(i)]));
}

/** Texts that identify a target, longest first, each with the alias that replaces it. */
export function sensitiveTexts(source: DocumentSource): [string, string][] {
  const aliases = aliasesOf(source);
  const premisesById = new Map(source.premises.map((p) => [p.id, p]));
  const out: [string, string][] = [];
  for (const t of source.plan.targets) {
    const alias = aliases.get(t.id) ?? 'Objekt';
    const p = premisesById.get(t.premisesId);
    const street = p ? `${p.address.street} ${p.address.houseNumber}`.trim() : '';
    // A bare street name is not the address (the staging area may lie on the same street);
    // a label that is already an alias ("Objekt 2") names nothing.
    const label = /^Objekt \d+$/.test(t.label.trim()) ? '' : t.label;
    for (const s of [label, p?.name, p?.operator.name, street])
      // Very short strings ("A") would scrub ordinary words; names and addresses are longer.
      if (s && s.trim().length >= 3) out.push([s.trim(), alias]);
  }
  return out.sort((a, b) => b[0].length - a[0].length);
}

/** The source as an unreleased recipient may see it. */
export function redactSource(source: DocumentSource): DocumentSource {
  const aliases = aliasesOf(source);
  const aliasOfPremises = new Map(
    source.plan.targets.map((t) => [t.premisesId, aliases.get(t.id) ?? 'Objekt']),
  );
  const op = source.plan.operation;
  return {
    ...source,
    premises: source.premises.map((p) => ({
      ...p,
      name: aliasOfPremises.get(p.id) ?? 'Objekt',
      address: { street: '', houseNumber: '', postalCode: '', city: '', district: '' },
      location: null,
      operator: { name: '', legalForm: '', contact: '', notes: '' },
      accessNotes: '',
      attachments: [],
    })),
    plan: {
      ...source.plan,
      operation: {
        ...op,
        framework: {
          ...op.framework,
          situation: { ...op.framework.situation, targetsSummary: REDACTED_SUMMARY },
        },
        // The operation map shows where the targets are.
        map: undefined,
      },
      targets: source.plan.targets.map((t) => ({
        ...t,
        label: aliases.get(t.id) ?? 'Objekt',
        // The reason names why this place was chosen, which tells what it is.
        reason: '',
        notes: '',
      })),
    },
  };
}

/** `text` with every sensitive mention replaced by its alias. */
export function scrubText(text: string, sensitive: readonly [string, string][]): string {
  let out = text;
  for (const [s, alias] of sensitive) if (out.includes(s)) out = out.split(s).join(alias);
  return out;
}
