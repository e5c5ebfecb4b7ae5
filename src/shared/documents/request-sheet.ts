// Anforderungsblatt: a one-page request to one agency — what is asked of it, when and roughly
// where, whom to call, by when to answer — with a reply part the liaison fills in and returns.
import type { Participation } from '../domain/participation';
import { approvalLine } from './approval-note';
import { docDate, docDateTime, docTime, persons } from './format';
import { emptyDocument, type DocumentModel } from './model';
import {
  agencyName,
  codeNameLine,
  hHourText,
  leadText,
  placeOfOperation,
  placeText,
  roleText,
  vehiclesText,
} from './plan-text';
import type { DocumentSource } from './source';

/** The request sheet to the agency of `participation`, one of the plan's participations. */
export function requestSheetModel(
  source: DocumentSource,
  participation: Participation,
): DocumentModel {
  const { plan, agencies, premises, issuingOffice, now } = source;
  const op = plan.operation;
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const agency = byId.get(participation.agencyId);
  const fw = op.framework;
  const liaison = participation.liaison;
  const issuer = issuingOffice || agencyName(op.leadAgencyId, byId);
  const window = op.timeWindow
    ? `${docDateTime(op.timeWindow.start)} bis ${docTime(op.timeWindow.end)}`
    : '';

  return emptyDocument({
    classification: op.classification,
    title: 'Anforderung von Einsatzkräften',
    subtitle: `${codeNameLine(plan)}${op.approval ? '' : ' · Plan nicht freigegeben'}`,
    issuingOffice: issuer,
    date: docDate(now),
    fileReference: op.fileReference,
    recipient: [
      agency?.name ?? 'Behörde',
      liaison.name ? `z. Hd. ${[liaison.name, liaison.function].filter(Boolean).join(', ')}` : '',
    ].filter(Boolean),
    sections: [
      {
        heading: 'Worum wir Sie bitten',
        blocks: [
          {
            type: 'keyValue',
            rows: [
              { key: 'Rolle', value: roleText(participation) },
              { key: 'Aufgaben', value: participation.tasks },
              { key: 'Rechtsgrundlage', value: participation.legalBasis },
              { key: 'Angefragte Stärke', value: persons(participation.requestedStrength) },
              { key: 'Fahrzeuge', value: vehiclesText(participation) },
              { key: 'Sonderausstattung', value: participation.specialEquipment },
            ],
          },
        ],
      },
      {
        heading: 'Wann und wo',
        blocks: [
          {
            type: 'keyValue',
            rows: [
              { key: 'Zugriff (H)', value: hHourText(plan) },
              // Approved: who, which revision, open items with reasons. A plan not yet approved
              // says so in the subtitle (the sheet must stay one page for the reply by fax).
              ...(op.approval ? [{ key: 'Freigabe des Plans', value: approvalLine(plan) }] : []),
              ...(window ? [{ key: 'Einsatzzeit', value: window }] : []),
              {
                key: 'Einsatzbesprechung',
                value: [
                  fw.execution.briefingMeeting.at
                    ? docDateTime(fw.execution.briefingMeeting.at)
                    : '',
                  fw.execution.briefingMeeting.place,
                ]
                  .filter(Boolean)
                  .join(', '),
              },
              { key: 'Sammelpunkt', value: placeText(fw.support.assemblyPoint) },
              // Need-to-know: the target list is released only at the briefing, so the request
              // names the municipality and never the premises (it leaves the issuing office).
              { key: 'Einsatzort', value: placeOfOperation(plan, premises) },
            ],
          },
          {
            type: 'paragraph',
            emphasis: 'note',
            text: 'Die Einsatzobjekte werden aus Geheimhaltungsgründen erst in der Einsatzbesprechung bekannt gegeben.',
          },
        ],
      },
      {
        heading: 'Ansprechperson der Einsatzleitung',
        blocks: [
          { type: 'paragraph', text: leadText(plan, byId) || '–' },
          {
            type: 'paragraph',
            emphasis: 'strong',
            text: op.responseDeadline
              ? `Bitte antworten Sie bis ${docDateTime(op.responseDeadline)}.`
              : 'Bitte antworten Sie so bald wie möglich.',
          },
        ],
      },
      {
        heading: 'Rückmeldung der Behörde',
        blocks: [
          {
            type: 'choices',
            label: 'Teilnahme:',
            options: ['bestätigt', 'teilweise bestätigt', 'abgelehnt'],
          },
          {
            type: 'form',
            fields: [
              { label: 'Bestätigte Stärke (Personen)' },
              { label: 'Fahrzeuge' },
              { label: 'Ansprechperson am Einsatztag, Telefon' },
              { label: 'Bemerkungen', lines: 2 },
              { label: 'Name, Dienststelle' },
              { label: 'Datum, Unterschrift' },
            ],
          },
        ],
      },
    ],
  });
}
