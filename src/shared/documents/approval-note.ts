// The approval as every document prints it: who approved which revision when, a declared second
// person, "freigegeben mit N offenen Pflichtpunkten" with each reason, and the liaison answers
// recorded after approval ("Nachtrag nach Freigabe").
import { CONFIRMATION_STATUS_LABELS } from '../catalog/enum-labels';
import type { Agency } from '../domain/agency';
import { openItemsOf } from '../domain/approval';
import type { Approval } from '../domain/approval-record';
import { isLateAnswer } from '../domain/post-approval';
import type { PlanSnapshot } from '../domain/revision';
import { docDateTime } from './format';
import type { DocBlock, DocSection } from './model';
import { agencyName } from './plan-text';

/** "freigegeben mit 2 offenen Pflichtpunkten" */
export function openItemsLine(count: number): string {
  return `freigegeben mit ${count} offenen ${count === 1 ? 'Pflichtpunkt' : 'Pflichtpunkten'}`;
}

/**
 * The approval in one value, for documents that must stay short (the one-page request sheet):
 * who, when, which revision, and each open mandatory item with its reason.
 */
/** A signed approval names the key; otherwise the second person declared it on this machine. */
function proof(approval: Approval): string {
  const fp = approval.signedBy?.fingerprint;
  return fp ? `signiert, Schlüssel ${fp.slice(0, 16).toUpperCase()}…` : 'erklärt';
}

export function approvalLine(plan: PlanSnapshot): string {
  const approval = plan.operation.approval;
  if (!approval) return 'nicht freigegeben';
  const open = openItemsOf(approval);
  const who = approval.function ? `${approval.by} (${approval.function})` : approval.by;
  return [
    `Revision ${approval.revision ?? plan.operation.revision}, freigegeben von ${who} am ${docDateTime(approval.at)}`,
    approval.secondPerson
      ? `als zweite Person ${proof(approval)}; vorgelegt von ${approval.drafter ?? '–'}`
      : '',
    open.length > 0
      ? `${openItemsLine(open.length)}: ${open.map((i) => `${i.text || i.code} – Begründung: ${i.reason}`).join('; ')}`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The "Freigabe" section; a plan not (yet) approved says so instead of staying silent. */
export function approvalSection(plan: PlanSnapshot): DocSection {
  const approval = plan.operation.approval;
  if (!approval) {
    return {
      heading: 'Freigabe',
      blocks: [
        { type: 'paragraph', emphasis: 'strong', text: 'Dieser Plan ist nicht freigegeben.' },
      ],
    };
  }
  const open = openItemsOf(approval);
  const rows = [
    { key: 'Freigegeben von', value: approval.by },
    ...(approval.function ? [{ key: 'Funktion', value: approval.function }] : []),
    { key: 'Am', value: docDateTime(approval.at) },
    { key: 'Revision', value: String(approval.revision ?? plan.operation.revision) },
    ...(approval.secondPerson
      ? [
          {
            key: 'Vier-Augen-Prinzip',
            value: `zweite Person (${proof(approval)}); vorgelegt von ${approval.drafter ?? '–'}`,
          },
        ]
      : []),
  ];
  const blocks: DocBlock[] = [{ type: 'keyValue', rows }];
  if (open.length > 0) {
    blocks.push(
      { type: 'paragraph', emphasis: 'strong', text: `${openItemsLine(open.length)}:` },
      {
        type: 'table',
        columns: [
          { title: 'Offener Pflichtpunkt', weight: 2 },
          { title: 'Begründung', weight: 3 },
        ],
        rows: open.map((item) => [item.text || item.code, item.reason]),
      },
    );
  }
  return { heading: 'Freigabe', blocks };
}

/** Liaison answers recorded after approval; null when there are none. */
export function lateAnswersSection(
  plan: PlanSnapshot,
  byId: ReadonlyMap<string, Agency>,
): DocSection | null {
  const late = plan.participations.filter(isLateAnswer);
  if (late.length === 0) return null;
  return {
    heading: 'Nachtrag nach Freigabe',
    blocks: [
      {
        type: 'table',
        columns: [
          { title: 'Behörde', weight: 3 },
          { title: 'Rückmeldung', weight: 2 },
          { title: 'Stärke', weight: 1, align: 'right' },
          { title: 'Wer, wann', weight: 3 },
        ],
        rows: late.map((p) => [
          agencyName(p.agencyId, byId),
          CONFIRMATION_STATUS_LABELS[p.confirmation.status].de,
          p.confirmation.confirmedStrength === null
            ? '–'
            : String(p.confirmation.confirmedStrength),
          `${p.confirmation.by}, ${docDateTime(p.confirmation.at)}`,
        ]),
      },
      {
        type: 'paragraph',
        emphasis: 'note',
        text: 'Rückmeldungen nach der Freigabe ändern den freigegebenen Plan nicht; sie sind hier nachgetragen.',
      },
    ],
  };
}
