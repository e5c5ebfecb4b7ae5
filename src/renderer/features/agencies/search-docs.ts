// What of an agency is searchable (names, area, contacts), in the shape the search index takes.
import { AGENCY_KIND_LABELS, label } from '@shared/catalog';
import type { Agency, Language } from '@shared/domain';
import type { SearchDoc } from '../../search/config';

export function agencySearchDoc(a: Agency, lang: Language): SearchDoc {
  return {
    id: a.id,
    rev: a.rev,
    text: {
      primary: a.name,
      secondary: a.shortName,
      place: [a.jurisdiction.area, a.address].join(' '),
      people: a.contacts.map((c) => `${c.name} ${c.function} ${c.radioCallSign}`).join(' '),
      other: [label(AGENCY_KIND_LABELS[a.kind], lang), a.notes].join(' '),
    },
  };
}
