// A request carries only its agency's need-to-know: before the target list is released for it,
// no premises name or address appears anywhere in the decrypted payload; after release, they do.
import { describe, expect, it } from 'vitest';
import { openPackage, requestPayloadFor, seal } from '@shared/exchange';
import { demoPlan, NOW } from '../../support/demo-plan';
import { bytesOf, demoRequest, parties, trust } from './support';

describe('request need-to-know', () => {
  it('names targets only as "Objekt n" until released, in the decrypted package', async () => {
    const p = await parties();
    const { envelope, demo } = demoRequest(p.lead, p.liaison);
    const opened = await openPackage(
      bytesOf(await seal(envelope, p.lead.privateKey, { publicKeys: [p.liaison.publicKey] })),
      { privateKeys: [p.liaison.privateKey], trusted: [trust(p.lead)] },
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const text = JSON.stringify(opened.value.envelope);
    const inPlan = new Set(demo.plan.targets.map((t) => t.premisesId));
    const premises = demo.premises.filter((x) => inPlan.has(x.id));
    expect(premises.length).toBeGreaterThan(0);
    for (const x of premises) {
      expect(text).not.toContain(x.name);
      if (x.address.street) expect(text).not.toContain(x.address.street);
    }
    expect(
      opened.value.envelope.kind === 'request' && opened.value.envelope.payload.targets[0]?.label,
    ).toBe('Objekt 1');
    // Nothing of the situation or of other agencies' parts travels either.
    const other = demo.plan.participations.find((x) => x.agencyId !== envelope.payload.agency.id);
    if (other?.tasks) expect(text).not.toContain(other.tasks);
    if (demo.plan.operation.framework.situation.background) {
      expect(text).not.toContain(demo.plan.operation.framework.situation.background.slice(0, 30));
    }
  }, 30_000);

  it('names the targets with address once released for that agency', () => {
    const d = demoPlan();
    const part = d.plan.participations[1];
    if (!part) throw new Error('demo plan without participations');
    const release = {
      all: null,
      agencies: [{ agencyId: part.agencyId, from: NOW, by: 'Lea', at: NOW }],
    };
    const plan = { ...d.plan, operation: { ...d.plan.operation, targetRelease: release } };
    const payload = requestPayloadFor(plan, part, d.agencies, d.premises, new Date(NOW));
    const first = [...d.plan.targets].sort((a, b) => a.order - b.order)[0];
    const name = d.premises.find((x) => x.id === first?.premisesId)?.name;
    expect(payload.targetsReleased).toBe(true);
    expect(payload.targets[0]?.label).toBe(name);
    // Released for one agency only: the next agency still gets aliases.
    const otherPart = d.plan.participations.find((x) => x.agencyId !== part.agencyId);
    if (!otherPart) throw new Error('need two agencies');
    expect(
      requestPayloadFor(plan, otherPart, d.agencies, d.premises, new Date(NOW)).targets[0]?.label,
    ).toBe('Objekt 1');
  });
});
