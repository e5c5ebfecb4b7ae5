// Late release: while the target list is not released for a recipient, its copy names targets
// only as "Objekt 1…n" — no name, address, operator, map or photo. Redaction works on the
// source (so every builder, the force overview included, prints aliases without knowing it),
// and a final scrub replaces any remaining mention in free text (a note that names a bar).
import { targetAlias } from '../../domain/target-release';
import type { DocumentSource } from '../source';
import { orderedTargets } from './scope';
import { scrubMentions, targetNeedles, type TargetNeedle } from './target-mentions';

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
  const fw = op.framework;
  const needles = targetNeedles(source);
  // Team names and orders are the planner's words and often name the team's targets by kind
  // ("Kontrollteam 2 – Barbershop und Kiosk"): there the kind becomes the alias, the team's own
  // targets first when two targets share a kind.
  const teamNeedles = (own: readonly string[]): TargetNeedle[] =>
    [...needles].sort(
      (a, b) =>
        b.text.length - a.text.length ||
        Number(own.includes(b.targetId)) - Number(own.includes(a.targetId)),
    );
  const free = (t: string) => scrubMentions(t, needles, 'keep');
  return {
    ...source,
    premises: source.premises.map((p) => ({
      ...p,
      name: aliasOfPremises.get(p.id) ?? 'Objekt',
      // The kind next to the alias ("Objekt 1 · Shisha-Bar") identifies it in a small city.
      kind: '',
      address: { street: '', houseNumber: '', postalCode: '', city: '', district: '' },
      location: null,
      operator: { name: '', legalForm: '', contact: '', notes: '' },
      accessNotes: '',
      attachments: [],
      // A premises' own risks name it ("Hunde in der Wohnanlage"): replaced like a team's order.
      risks: p.risks.map((r) => ({
        ...r,
        findings: scrubMentions(r.findings, needles, 'replace'),
        measures: scrubMentions(r.measures, needles, 'replace'),
      })),
    })),
    plan: {
      ...source.plan,
      operation: {
        ...op,
        title: free(op.title),
        // Places (assembly point, staging area, command post) keep their addresses: the
        // recipient must get there; the Ausgabe warns when one lies on a target's street.
        framework: {
          ...fw,
          situation: {
            ...fw.situation,
            background: free(fw.situation.background),
            trigger: free(fw.situation.trigger),
            personsGroups: free(fw.situation.personsGroups),
            ownForces: free(fw.situation.ownForces),
            targetsSummary: REDACTED_SUMMARY,
          },
          mission: {
            ...fw.mission,
            goals: free(fw.mission.goals),
            agencyObjectives: fw.mission.agencyObjectives.map((o) => ({
              ...o,
              objective: free(o.objective),
            })),
          },
          execution: {
            ...fw.execution,
            phases: {
              planning: free(fw.execution.phases.planning),
              preparation: free(fw.execution.phases.preparation),
              execution: free(fw.execution.phases.execution),
              follow_up: free(fw.execution.phases.follow_up),
            },
            sections: free(fw.execution.sections),
            rulesOfConduct: free(fw.execution.rulesOfConduct),
          },
          support: {
            ...fw.support,
            routes: free(fw.support.routes),
            vehicles: free(fw.support.vehicles),
            equipment: free(fw.support.equipment),
          },
          command: {
            ...fw.command,
            structure: free(fw.command.structure),
            notes: free(fw.command.notes),
          },
        },
        riskAssessment: {
          ...op.riskAssessment,
          items: op.riskAssessment.items.map((r) => ({
            ...r,
            findings: free(r.findings),
            measures: free(r.measures),
          })),
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
      teams: source.plan.teams.map((t) => {
        const own = source.plan.targets
          .filter((x) => x.teamId === t.id || t.targetIds.includes(x.id))
          .map((x) => x.id);
        const n = teamNeedles(own);
        return {
          ...t,
          name: scrubMentions(t.name, n, 'replace'),
          notes: scrubMentions(t.notes, n, 'replace'),
        };
      }),
      // The phone list names team leaders by their team ("Teamleitung Kontrollteam 1 – …").
      comms: source.plan.comms.map((c) =>
        c.type === 'phone'
          ? { ...c, function: scrubMentions(c.function, needles, 'replace') }
          : { ...c, purpose: free(c.purpose), notes: free(c.notes) },
      ),
      // Entries are short and mostly about one target ("Kontrolle Shisha-Bar"): kinds go too.
      timeline: source.plan.timeline.map((e) => ({
        ...e,
        title: scrubMentions(e.title, needles, 'replace'),
        description: scrubMentions(e.description, needles, 'replace'),
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
