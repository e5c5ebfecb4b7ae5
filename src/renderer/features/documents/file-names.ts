// File names of the generated documents: short, lowercase, safe on every file system.
import { fileSlug } from '@shared/documents';
import type { Agency, Operation } from '@shared/domain';

/** `anforderung-hza-essen-demo-winterlicht.docx` */
export const requestSheetFileName = (agency: Agency | undefined, op: Operation): string =>
  `anforderung-${fileSlug(agency ? agency.shortName || agency.name : 'behoerde')}-${fileSlug(op.codeName)}.docx`;

/** `kraefteuebersicht-demo-winterlicht.docx` */
export const forceOverviewFileName = (op: Operation): string =>
  `kraefteuebersicht-${fileSlug(op.codeName)}.docx`;
