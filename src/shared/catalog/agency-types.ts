// Shape of a built-in agency catalogue entry (the seed from which editable Agency records are made).
import type { AgencyKind, Jurisdiction, PartnerStatus } from '../domain/agency';
import type { Label } from '../domain/common';

export type JurisdictionLevel = Jurisdiction['level'];

export interface CatalogAgency {
  /** Stable lowercase code; stored as `Agency.catalogKey`, never shown to users. */
  readonly key: string;
  readonly kind: AgencyKind;
  /**
   * Relation to the Sicherheitskooperation Ruhr. Units of a partner (a city's Ordnungsamt, a
   * Hauptzollamt of the customs administration) carry their parent's status.
   */
  readonly partnerStatus: PartnerStatus;
  readonly jurisdiction: Jurisdiction;
  /** Official German name in `de`, an English rendering in `en`. */
  readonly name: Label;
  readonly shortName: string;
  /** Key of the organisation this unit belongs to (Ordnungsamt → city, HZA → GZD), or null. */
  readonly parentKey: string | null;
  /**
   * Municipality codes (municipalities.ts) the entry is locally responsible for. Empty when the
   * area is the state or the federation, or not recorded per municipality (see jurisdiction.area).
   */
  readonly municipalityCodes: readonly string[];
}

/** Builds an entry with no parent and no municipality list (the common case for state bodies). */
export function entry(
  fields: Omit<CatalogAgency, 'parentKey' | 'municipalityCodes'> &
    Partial<Pick<CatalogAgency, 'parentKey' | 'municipalityCodes'>>,
): CatalogAgency {
  return { parentKey: null, municipalityCodes: [], ...fields };
}
