// The built-in catalogues: well-formed codes, complete bilingual labels, references that resolve.
import { describe, expect, it } from 'vitest';
import {
  AGENCY_CATALOG,
  FINDING_CATEGORIES,
  GOVERNMENT_REGION_LABELS,
  LEGAL_AREAS,
  MUNICIPALITIES,
  MUNICIPALITY_KIND_LABELS,
  PARTNER_CITY_CODES,
  PREMISES_KINDS,
  RUHR_BOUNDS,
  RUHR_DISTRICTS,
  THEMATIC_FIELDS,
  agencyCatalogEntry,
  findingQuantity,
  findingStorage,
  label,
  municipality,
  premisesKind,
  suggestedAgencyKinds,
} from '@shared/catalog';
import {
  AGENCY_KINDS,
  PARTNER_STATUSES,
  codeSchema,
  jurisdictionSchema,
  labelSchema,
  LIMITS,
} from '@shared/domain';

function expectUniqueCodes(codes: readonly string[]) {
  expect(new Set(codes).size).toBe(codes.length);
  for (const code of codes) expect(codeSchema.safeParse(code).success, code).toBe(true);
}

function expectLabel(l: unknown, what: string) {
  const r = labelSchema.safeParse(l);
  expect(r.success, what).toBe(true);
  if (r.success) {
    expect(r.data.de.trim(), what).not.toBe('');
    expect(r.data.en.trim(), what).not.toBe('');
  }
}

describe('agency catalogue', () => {
  it('has unique, well-formed keys and bilingual names that fit an Agency record', () => {
    expectUniqueCodes(AGENCY_CATALOG.map((a) => a.key));
    for (const a of AGENCY_CATALOG) {
      expectLabel(a.name, a.key);
      expect(a.name.de.length, a.key).toBeLessThanOrEqual(LIMITS.shortText);
      expect(a.shortName.trim(), a.key).not.toBe('');
      expect(AGENCY_KINDS).toContain(a.kind);
      expect(PARTNER_STATUSES).toContain(a.partnerStatus);
      expect(jurisdictionSchema.safeParse(a.jurisdiction).success, a.key).toBe(true);
      expect(a.jurisdiction.area.trim(), a.key).not.toBe('');
    }
  });

  it('resolves parent keys and municipality codes', () => {
    for (const a of AGENCY_CATALOG) {
      if (a.parentKey !== null) expect(agencyCatalogEntry(a.parentKey), a.key).toBeDefined();
      for (const code of a.municipalityCodes)
        expect(municipality(code), `${a.key}→${code}`).toBeDefined();
    }
  });

  it('uses every agency kind at least once', () => {
    const used = new Set(AGENCY_CATALOG.map((a) => a.kind));
    for (const kind of AGENCY_KINDS) expect(used.has(kind), kind).toBe(true);
  });

  it('covers the founding partners, partner cities and districts, police and network partners', () => {
    const keys = [
      'im_nrw',
      'fm_nrw',
      'mhkbd_nrw',
      'mkjfgfi_nrw',
      'bpold_sankt_augustin',
      'gzd',
      'hza_dortmund_fks',
      'hza_duisburg_fks',
      'hza_essen_fks',
      'hspv_nrw',
      'lka_nrw',
      'lzpd_nrw',
      'stfa_bochum',
      'stfa_essen',
      'fa_essen_nordost',
      'lbf_nrw',
      'br_arnsberg',
      'br_duesseldorf',
      'br_muenster',
      'sta_essen',
      'sta_dortmund',
      'sta_duisburg',
      'sta_bochum',
      'familienkasse',
      'jobcenter_essen',
      'jobcenter_dortmund',
      'jobcenter_gelsenkirchen',
      'essen_feuerwehr',
      'dortmund_feuerwehr',
      'ennepe_ruhr_kreis',
      'kreis_recklinghausen',
      'kreis_unna',
      'kreis_wesel',
      'dfk',
    ];
    for (const key of keys) expect(agencyCatalogEntry(key), key).toBeDefined();
    expect(agencyCatalogEntry('siko_ruhr')?.kind).toBe('cooperation_office');
    expect(agencyCatalogEntry('dfk')?.partnerStatus).toBe('network_partner');
    expect(agencyCatalogEntry('im_nrw')?.partnerStatus).toBe('cooperation_partner');
  });

  it('has the twelve district police authorities of the Ruhr area', () => {
    const kpb = AGENCY_CATALOG.filter(
      (a) => a.kind === 'state_police' && a.municipalityCodes.length > 0,
    );
    expect(kpb).toHaveLength(12);
  });

  it('has a city and a regulatory office for every partner city, and full office sets for the largest', () => {
    for (const code of PARTNER_CITY_CODES) {
      expect(agencyCatalogEntry(`stadt_${code}`)?.kind, code).toBe('municipality');
      expect(agencyCatalogEntry(`${code}_ordnungsamt`)?.kind, code).toBe('regulatory_office');
    }
    for (const city of ['essen', 'dortmund', 'duisburg', 'gelsenkirchen']) {
      for (const office of [
        'bauordnung',
        'gewerbeamt',
        'lebensmittel',
        'auslaenderbehoerde',
        'jugendamt',
      ]) {
        expect(agencyCatalogEntry(`${city}_${office}`), `${city}_${office}`).toBeDefined();
      }
    }
  });
});

describe('municipalities', () => {
  it('has at least 20 entries with unique codes, the 11 county-level cities and every partner city', () => {
    expect(MUNICIPALITIES.length).toBeGreaterThanOrEqual(20);
    expectUniqueCodes(MUNICIPALITIES.map((m) => m.code));
    expect(MUNICIPALITIES.filter((m) => m.kind === 'city')).toHaveLength(11);
    for (const code of PARTNER_CITY_CODES) expect(municipality(code), code).toBeDefined();
  });

  it('has labels, resolvable districts and town centres inside the Ruhr bounding box', () => {
    const districts = new Set(RUHR_DISTRICTS.map((d) => d.code));
    for (const m of MUNICIPALITIES) {
      expectLabel(m.name, m.code);
      if (m.kind === 'city') expect(m.districtCode).toBeNull();
      else expect(districts.has(m.districtCode ?? ''), m.code).toBe(true);
      expect(m.center.lat, m.code).toBeGreaterThan(RUHR_BOUNDS.south);
      expect(m.center.lat, m.code).toBeLessThan(RUHR_BOUNDS.north);
      expect(m.center.lng, m.code).toBeGreaterThan(RUHR_BOUNDS.west);
      expect(m.center.lng, m.code).toBeLessThan(RUHR_BOUNDS.east);
    }
    for (const d of RUHR_DISTRICTS) expectLabel(d.name, d.code);
    for (const l of Object.values(MUNICIPALITY_KIND_LABELS)) expectLabel(l, 'municipality kind');
    for (const l of Object.values(GOVERNMENT_REGION_LABELS)) expectLabel(l, 'government region');
  });
});

describe('premises kinds and thematic fields', () => {
  it('covers the typical premises with valid, existing agency-kind suggestions', () => {
    expectUniqueCodes(PREMISES_KINDS.map((k) => k.code));
    const required = [
      'shisha_bar',
      'barbershop',
      'betting_shop',
      'gambling_hall',
      'cafe_restaurant',
      'kiosk',
      'car_rental',
      'car_dealer',
      'fitness_studio',
      'security_company',
      'brothel',
      'problem_property',
      'event_venue',
      'nail_studio',
      'other',
    ];
    for (const code of required) expect(premisesKind(code), code).toBeDefined();
    const fields = new Set(THEMATIC_FIELDS.map((f) => f.code));
    for (const k of PREMISES_KINDS) {
      expectLabel(k.label, k.code);
      expectLabel(k.typicalChecks, k.code);
      expect(k.suggestedAgencyKinds.length, k.code).toBeGreaterThan(0);
      expect(new Set(k.suggestedAgencyKinds).size, k.code).toBe(k.suggestedAgencyKinds.length);
      for (const kind of k.suggestedAgencyKinds) expect(AGENCY_KINDS, k.code).toContain(kind);
      for (const f of k.thematicFields) expect(fields.has(f), `${k.code}→${f}`).toBe(true);
    }
  });

  it('suggests customs, regulatory office, tax and police for a shisha bar', () => {
    expect(premisesKind('shisha_bar')?.suggestedAgencyKinds).toEqual(
      expect.arrayContaining(['customs', 'regulatory_office', 'tax_office', 'state_police']),
    );
  });

  it('merges suggestions of several premises kinds, most needed first', () => {
    const kinds = suggestedAgencyKinds(['shisha_bar', 'kiosk', 'problem_property', 'unknown']);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(kinds.slice(0, 2)).toEqual(
      expect.arrayContaining(['state_police', 'regulatory_office']),
    );
    expect(kinds).toContain('job_centre');
    expect(suggestedAgencyKinds([])).toEqual([]);
  });

  it('has the thematic fields of the expert groups', () => {
    expectUniqueCodes(THEMATIC_FIELDS.map((f) => f.code));
    for (const f of THEMATIC_FIELDS) expectLabel(f.label, f.code);
    expect(THEMATIC_FIELDS.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        'red_light',
        'shisha',
        'illegal_gambling',
        'security_industry',
        'asset_seizure',
        'prevention',
        'residence_law',
        'traffic',
        'money_laundering_prevention',
        'threat_management',
        'benefit_fraud',
        'problem_properties',
      ]),
    );
  });
});

describe('finding categories and legal areas', () => {
  it('has unique codes, labels, units and the offence and administrative fields', () => {
    expectUniqueCodes(FINDING_CATEGORIES.map((c) => c.code));
    expectUniqueCodes(LEGAL_AREAS.map((a) => a.code));
    for (const c of FINDING_CATEGORIES) {
      expectLabel(c.label, c.code);
      expect(['count', 'cents', 'kg']).toContain(c.unit);
    }
    for (const a of LEGAL_AREAS) expectLabel(a.label, a.code);
    const criminal = LEGAL_AREAS.filter((a) => a.kind === 'criminal').map((a) => a.code);
    const admin = LEGAL_AREAS.filter((a) => a.kind === 'administrative').map((a) => a.code);
    for (const f of [
      'drugs',
      'property',
      'forgery',
      'benefit_fraud',
      'violence',
      'tax',
      'money_laundering',
      'weapons',
    ]) {
      expect(criminal).toContain(`criminal_${f}`);
    }
    for (const f of [
      'building',
      'social',
      'trade',
      'food',
      'tax',
      'traffic',
      'weapons',
      'youth_protection',
      'non_smoker_protection',
      'gambling',
      'residence',
    ]) {
      expect(admin).toContain(`admin_${f}`);
    }
    const units = new Map(FINDING_CATEGORIES.map((c) => [c.code, c.unit]));
    expect(units.get('cash_seizure')).toBe('cents');
    expect(units.get('tobacco_seizure')).toBe('kg');
    expect(units.get('persons_checked')).toBe('count');
  });

  it('stores money as cents and weights as grams, exactly', () => {
    expect(findingStorage('cents', 1234.56)).toEqual({ count: 1, amountCents: 123_456 });
    expect(findingStorage('kg', 12.345)).toEqual({ count: 12_345, amountCents: null });
    expect(findingStorage('count', 7)).toEqual({ count: 7, amountCents: null });
    expect(findingQuantity({ count: 2, amountCents: 5_050 }, 'cents')).toBe(50.5);
    expect(findingQuantity({ count: 12_345, amountCents: null }, 'kg')).toBe(12.345);
    expect(findingQuantity({ count: 3, amountCents: null }, 'count')).toBe(3);
  });
});

describe('lookups', () => {
  it('finds entries by code and returns undefined for unknown codes', () => {
    expect(agencyCatalogEntry('pp_essen')?.name.de).toBe('Polizeipräsidium Essen');
    expect(agencyCatalogEntry('nope')).toBeUndefined();
    expect(premisesKind('kiosk')?.label.en).toBe('Kiosk');
    expect(municipality('muelheim')?.name.de).toBe('Mülheim an der Ruhr');
    expect(municipality('berlin')).toBeUndefined();
  });

  it('picks the label text for a language', () => {
    const l = { de: 'Lage', en: 'Situation' };
    expect(label(l, 'de')).toBe('Lage');
    expect(label(l, 'en')).toBe('Situation');
  });
});
