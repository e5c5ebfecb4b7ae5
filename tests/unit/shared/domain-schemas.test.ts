import { describe, expect, it } from 'vitest';
import {
  agencySchema,
  commsEntrySchema,
  defaultSettings,
  findingSchema,
  newAgency,
  newFinding,
  newOperation,
  newParticipation,
  newPhoneEntry,
  newPremises,
  newTalkGroup,
  newTarget,
  newTeam,
  newTimelineEntry,
  operationSchema,
  operationTargetSchema,
  participationSchema,
  premisesSchema,
  settingsSchema,
  teamSchema,
  timelineEntrySchema,
} from '@shared/domain';

const NOW = '2026-11-20T10:00:00.000Z';

describe('domain factories produce valid entities', () => {
  it.each([
    ['operation', operationSchema, newOperation({ codeName: 'X' }, NOW)],
    ['agency', agencySchema, newAgency({ name: 'Stadt Essen', kind: 'municipality' }, NOW)],
    ['premises', premisesSchema, newPremises({ name: 'Kiosk', kind: 'kiosk' }, NOW)],
    ['target', operationTargetSchema, newTarget({ operationId: 'o', premisesId: 'p' }, NOW)],
    [
      'participation',
      participationSchema,
      newParticipation({ operationId: 'o', agencyId: 'a' }, NOW),
    ],
    ['team', teamSchema, newTeam({ operationId: 'o', name: 'Team 1' }, NOW)],
    [
      'timeline',
      timelineEntrySchema,
      newTimelineEntry({ operationId: 'o', title: 'Zugriff' }, NOW),
    ],
    ['talk group', commsEntrySchema, newTalkGroup({ operationId: 'o', name: 'Führung' }, NOW)],
    ['phone', commsEntrySchema, newPhoneEntry({ operationId: 'o', name: 'Lage' }, NOW)],
    [
      'finding',
      findingSchema,
      newFinding({ operationId: 'o', agencyId: 'a', category: 'persons_checked' }, NOW),
    ],
    ['settings', settingsSchema, defaultSettings(NOW)],
  ] as const)('%s', (_name, schema, value) => {
    expect(schema.safeParse(value).success).toBe(true);
  });
});

describe('schemas refuse bad input', () => {
  it('extra keys, empty code names, bad instants and oversized text', () => {
    const op = newOperation({ codeName: 'X' }, NOW);
    expect(operationSchema.safeParse({ ...op, extra: 1 }).success).toBe(false);
    expect(operationSchema.safeParse({ ...op, codeName: '  ' }).success).toBe(false);
    expect(operationSchema.safeParse({ ...op, hHour: '2026-11-20 20:00' }).success).toBe(false);
    expect(operationSchema.safeParse({ ...op, title: 'x'.repeat(201) }).success).toBe(false);
    expect(operationSchema.safeParse({ ...op, classification: 'geheim' }).success).toBe(false);
  });

  it('phone numbers, e-mail and postal codes', () => {
    const a = newAgency({ name: 'A', kind: 'customs' }, NOW);
    expect(agencySchema.safeParse({ ...a, phone: '0201 1234-56' }).success).toBe(true);
    expect(agencySchema.safeParse({ ...a, phone: '=cmd|calc' }).success).toBe(false);
    expect(agencySchema.safeParse({ ...a, email: 'nicht-gültig' }).success).toBe(false);
    const p = newPremises({ name: 'P', kind: 'kiosk' }, NOW);
    expect(
      premisesSchema.safeParse({ ...p, address: { ...p.address, postalCode: '4512' } }).success,
    ).toBe(false);
  });
});
