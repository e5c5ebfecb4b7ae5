// File names of the generated documents: short, lowercase, safe on every file system.
import { fileSlug } from '@shared/documents';
import type { Agency, Operation } from '@shared/domain';

/** `anforderung-hza-essen-demo-winterlicht.docx` */
export const requestSheetFileName = (agency: Agency | undefined, op: Operation): string =>
  `anforderung-${fileSlug(agency ? agency.shortName || agency.name : 'behoerde')}-${fileSlug(op.codeName)}.docx`;

/** `kraefteuebersicht-demo-winterlicht.docx` */
export const forceOverviewFileName = (op: Operation): string =>
  `kraefteuebersicht-${fileSlug(op.codeName)}.docx`;

/** `einsatzbefehl-demo-winterlicht-ausf-2.docx`, `auftragskarten-…` for the team cards. */
export const briefingFileName = (
  op: Operation,
  kind: 'order' | 'cards',
  copyNumber: number | null,
  recipient: string,
): string =>
  `${kind === 'order' ? 'einsatzbefehl' : 'auftragskarten'}-${fileSlug(op.codeName)}${
    recipient ? `-${fileSlug(recipient)}` : ''
  }${copyNumber === null ? '' : `-ausf-${copyNumber}`}.docx`;
