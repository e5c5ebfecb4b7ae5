// What an agencies import does to the catalogue: new agencies are created; an agency that
// already exists (same name) keeps its own fields and only gains the contacts it lacks.
import type { Agency, Contact } from '../domain/agency';
import { newAgency } from '../domain/factories';
import { agencyKey, type ImportedAgency } from './agency-import';

export interface AgencyImportPlan {
  create: Agency[];
  /** Existing agencies with the contacts the file adds to them. */
  extend: { before: Agency; after: Agency; added: number }[];
  /** Agencies of the file that exist already and bring nothing new. */
  unchanged: number;
}

const MAX_CONTACTS = 200;

function toContact(c: ImportedAgency['contacts'][number], id: string): Contact {
  return {
    id,
    name: c.name,
    function: c.function,
    phone: c.phone,
    mobile: c.mobile,
    email: c.email,
    radioCallSign: c.radioCallSign,
  };
}

export function planAgencyImport(
  imported: readonly ImportedAgency[],
  existing: readonly Agency[],
  now: string,
  makeId: () => string,
): AgencyImportPlan {
  // Merged agencies are history; an import matches the agency that stands for them today.
  const byKey = new Map(
    existing.filter((a) => a.mergedInto === null).map((a) => [agencyKey(a.name), a]),
  );
  const plan: AgencyImportPlan = { create: [], extend: [], unchanged: 0 };
  for (const imp of imported) {
    const found = byKey.get(imp.key);
    if (!found) {
      const agency = newAgency(
        {
          id: makeId(),
          name: imp.name,
          kind: imp.kind,
          shortName: imp.shortName,
          partnerStatus: imp.partnerStatus,
          jurisdiction: { ...imp.jurisdiction },
          phone: imp.phone,
          email: imp.email,
          address: imp.address,
          notes: imp.notes,
          retired: imp.retired,
          contacts: imp.contacts.map((c) => toContact(c, makeId())),
        },
        now,
      );
      plan.create.push(agency);
      byKey.set(imp.key, agency);
      continue;
    }
    const known = new Set(found.contacts.map((c) => agencyKey(c.name)));
    const added = imp.contacts
      .filter((c) => !known.has(agencyKey(c.name)))
      .slice(0, Math.max(0, MAX_CONTACTS - found.contacts.length))
      .map((c) => toContact(c, makeId()));
    if (added.length === 0) plan.unchanged++;
    else
      plan.extend.push({
        before: found,
        after: { ...found, contacts: [...found.contacts, ...added] },
        added: added.length,
      });
  }
  return plan;
}
