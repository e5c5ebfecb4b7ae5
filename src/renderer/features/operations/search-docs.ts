// What of an operation is searchable, in the shape the search index takes.
import { label, municipality, OPERATION_STATUS_LABELS, thematicField } from '@shared/catalog';
import type { Language, Operation } from '@shared/domain';
import type { SearchDoc } from '../../search/config';

export function operationSearchDoc(
  o: Operation,
  lang: Language,
  agencyName: (id: string) => string,
): SearchDoc {
  const m = o.municipalityId ? municipality(o.municipalityId) : undefined;
  return {
    id: o.id,
    rev: o.rev,
    text: {
      primary: `${o.codeName} ${o.title}`,
      secondary: o.fileReference,
      place: m ? label(m.name, lang) : '',
      people: `${o.operationLead.name} ${o.leadAgencyId ? agencyName(o.leadAgencyId) : ''}`,
      other: [
        label(OPERATION_STATUS_LABELS[o.status], lang),
        ...o.thematicFields.map((c) => {
          const f = thematicField(c);
          return f ? label(f.label, lang) : c;
        }),
      ].join(' '),
    },
  };
}
