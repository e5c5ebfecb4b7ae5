// What of a premises record is searchable, in the shape the search index takes.
import { label, municipality, premisesKind } from '@shared/catalog';
import type { Language, Premises } from '@shared/domain';
import type { SearchDoc } from '../../search/config';

export function premisesSearchDoc(p: Premises, lang: Language): SearchDoc {
  const a = p.address;
  const m = p.municipalityId ? municipality(p.municipalityId) : undefined;
  const k = premisesKind(p.kind);
  return {
    id: p.id,
    rev: p.rev,
    text: {
      primary: p.name,
      secondary: p.operator.name,
      place: [
        a.street,
        a.houseNumber,
        a.postalCode,
        a.city,
        a.district,
        m ? label(m.name, lang) : '',
      ].join(' '),
      people: p.operator.contact,
      other: [k ? label(k.label, lang) : p.kind, p.accessNotes, p.riskNotes].join(' '),
    },
  };
}

export function formatAddress(p: Premises): string {
  const a = p.address;
  const street = [a.street, a.houseNumber].filter(Boolean).join(' ');
  const town = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ');
}
