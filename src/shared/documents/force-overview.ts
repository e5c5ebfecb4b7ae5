// Kräfteübersicht: the forces of one operation — per agency (requested, confirmed, placed in
// teams, vehicles), per team, per premises — and the liaisons. An annex of the briefing.
import { CONFIRMATION_STATUS_LABELS, PARTICIPATION_ROLE_LABELS } from '../catalog/enum-labels';
import { forceTotals, type AgencyCount } from '../roster/totals';
import { approvalSection, lateAnswersSection } from './approval-note';
import { docDate } from './format';
import { emptyDocument, type DocSection, type DocumentModel } from './model';
import { agencyName, agencyShort, codeNameLine, hHourText, vehiclesText } from './plan-text';
import type { DocumentSource } from './source';

const n = (x: number) => String(x);

export function forceOverviewModel(source: DocumentSource): DocumentModel {
  const { plan, agencies, premises, issuingOffice, now } = source;
  const op = plan.operation;
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const premisesById = new Map(premises.map((p) => [p.id, p]));
  const totals = forceTotals(plan, agencies);
  const teamById = new Map(plan.teams.map((t) => [t.id, t]));
  const targetById = new Map(plan.targets.map((t) => [t.id, t]));
  const byAgencyText = (list: readonly AgencyCount[]) =>
    list.map((c) => `${agencyShort(c.agencyId, byId) || '?'}: ${c.count}`).join('\n');
  const targetName = (id: string) => {
    const t = targetById.get(id);
    if (!t) return '';
    const p = premisesById.get(t.premisesId);
    return [t.label, p?.name].filter(Boolean).join(': ');
  };

  const sections: DocSection[] = [
    {
      heading: 'Kräfte je Behörde',
      blocks: [
        {
          type: 'table',
          columns: [
            // Wide enough that the number headings do not break mid-word.
            { title: 'Behörde', weight: 3.1 },
            { title: 'Rolle', weight: 1.9 },
            { title: 'Status', weight: 1.5 },
            { title: 'angefragt', weight: 1.5, align: 'right' },
            { title: 'bestätigt', weight: 1.45, align: 'right' },
            { title: 'in Teams', weight: 1.35, align: 'right' },
            { title: 'Kfz', weight: 0.9, align: 'right' },
          ],
          rows: totals.agencies.map((a) => [
            a.name || a.agencyId,
            PARTICIPATION_ROLE_LABELS[a.role].de,
            CONFIRMATION_STATUS_LABELS[a.status].de,
            n(a.requested),
            n(a.confirmed),
            n(a.assigned),
            n(a.vehicles),
          ]),
          totals: [
            'Summe',
            '',
            '',
            n(totals.total.requested),
            n(totals.total.confirmed),
            n(totals.total.assigned),
            n(totals.total.vehicles),
          ],
        },
      ],
    },
    {
      heading: 'Fahrzeuge und Sonderausstattung',
      blocks: [
        {
          type: 'table',
          columns: [
            { title: 'Behörde', weight: 2 },
            { title: 'Fahrzeuge', weight: 3 },
            { title: 'Sonderausstattung', weight: 3 },
          ],
          rows: plan.participations
            .filter((p) => p.vehicles.length > 0 || p.specialEquipment.trim() !== '')
            .map((p) => [
              agencyName(p.agencyId, byId),
              vehiclesText(p) || '–',
              p.specialEquipment || '–',
            ]),
        },
      ],
    },
    {
      heading: 'Kräfte je Team',
      blocks: [
        {
          type: 'table',
          columns: [
            { title: 'Team', weight: 2 },
            { title: 'Rufname', weight: 1.1 },
            { title: 'Führung', weight: 1.8 },
            { title: 'Kräfte je Behörde', weight: 2.8 },
            { title: 'Summe', weight: 1.2, align: 'right' },
            { title: 'Objekte', weight: 2 },
          ],
          rows: totals.teams.map((t) => [
            t.name,
            t.callSign,
            teamById.get(t.teamId)?.leader.name ?? '',
            byAgencyText(t.byAgency),
            n(t.assigned),
            t.targetIds.map((id) => targetById.get(id)?.label || targetName(id)).join(', '),
          ]),
        },
      ],
    },
    {
      heading: 'Kräfte je Objekt',
      blocks: [
        {
          type: 'table',
          columns: [
            { title: 'Objekt', weight: 3 },
            { title: 'Teams', weight: 2 },
            { title: 'Kräfte je Behörde', weight: 3 },
            { title: 'Summe', weight: 1.2, align: 'right' },
          ],
          rows: totals.premises.map((p) => [
            targetName(p.targetId),
            p.teamIds.map((id) => teamById.get(id)?.name ?? '').join(', ') || '– kein Team –',
            byAgencyText(p.byAgency),
            n(p.assigned),
          ]),
        },
        {
          type: 'paragraph',
          emphasis: 'note',
          text: 'Ein Team, das mehrere Objekte kontrolliert, ist bei jedem dieser Objekte gezählt.',
        },
      ],
    },
    {
      heading: 'Ansprechpersonen',
      blocks: [
        {
          type: 'table',
          columns: [
            { title: 'Behörde', weight: 2.5 },
            { title: 'Name', weight: 2 },
            { title: 'Funktion', weight: 2 },
            { title: 'Telefon / Mobil', weight: 2 },
            { title: 'E-Mail', weight: 2.5 },
          ],
          rows: plan.participations
            .filter((p) => p.liaison.name.trim() !== '')
            .map((p) => [
              agencyName(p.agencyId, byId),
              p.liaison.name,
              p.liaison.function,
              [p.liaison.phone, p.liaison.mobile].filter(Boolean).join('\n'),
              p.liaison.email,
            ]),
        },
      ],
    },
  ];

  const late = lateAnswersSection(plan, byId);
  if (late) sections.push(late);
  sections.push(approvalSection(plan));

  return emptyDocument({
    classification: op.classification,
    title: 'Kräfteübersicht',
    subtitle: `${codeNameLine(plan)} · Zugriff ${hHourText(plan)}`,
    issuingOffice: issuingOffice || agencyName(op.leadAgencyId, byId),
    date: docDate(now),
    fileReference: op.fileReference,
    sections,
  });
}
