// Every exported document says how the plan was approved: open mandatory items with their
// reasons, a declared second person, and liaison answers recorded after approval.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  forceOverviewModel,
  renderDocx,
  requestSheetModel,
  type DocumentModel,
} from '@shared/documents';
import {
  checkReadiness,
  decideApproval,
  mandatoryIssues,
  openItemKey,
  type PlanSnapshot,
} from '@shared/domain';
import { applyConfirmation } from '@shared/roster';
import { demoPlan, NOW } from '../../support/demo-plan';

const d = demoPlan();
const names = { premisesName: () => 'Objekt', agencyName: () => 'Behörde' };

/** The demo plan with its risk assessment removed, approved by a second person with a reason. */
function approvedPlan(): PlanSnapshot {
  const operation = {
    ...d.plan.operation,
    riskAssessment: { assessed: null, items: [] },
    submittedForApproval: { by: 'POK Weber', at: NOW },
    approvalByTwoPersons: true,
  };
  const plan = { ...d.plan, operation };
  const issues = mandatoryIssues(checkReadiness(plan, names));
  expect(issues.map((i) => i.code)).toContain('risk_not_assessed');
  const r = decideApproval(
    operation,
    issues,
    {},
    {
      actor: 'POK Weber',
      secondPerson: { name: 'EPHK Schulte', function: 'Leiter Einsatzabschnitt' },
      reasons: Object.fromEntries(
        issues.map((i) => [openItemKey(i), 'Gefährdung mündlich bewertet']),
      ),
    },
    NOW,
    (i) => `Offen: ${i.code}`,
  );
  if (!r.ok) throw new Error(r.error);
  return { ...plan, operation: { ...operation, status: 'approved', approval: r.approval } };
}

const source = (plan: PlanSnapshot) => ({ ...d, plan, issuingOffice: 'PP Essen', now: NOW });
const docText = async (m: DocumentModel) =>
  strFromU8(unzipSync(await renderDocx(m))['word/document.xml'] ?? new Uint8Array());

describe('approval note in documents', () => {
  it('request sheet and force overview say "freigegeben mit N offenen Pflichtpunkten" with reasons', async () => {
    const plan = approvedPlan();
    const count = plan.operation.approval?.openItems?.length ?? 0;
    const p = plan.participations[0];
    if (!p) throw new Error('demo');
    for (const model of [forceOverviewModel(source(plan)), requestSheetModel(source(plan), p)]) {
      const xml = await docText(model);
      expect(xml).toContain(
        `freigegeben mit ${count} offenen ${count === 1 ? 'Pflichtpunkt' : 'Pflichtpunkten'}`,
      );
      expect(xml).toContain('Offen: risk_not_assessed');
      expect(xml).toContain('Gefährdung mündlich bewertet');
      expect(xml).toContain('EPHK Schulte');
      expect(xml).toContain('Leiter Einsatzabschnitt');
      expect(xml).toContain('vorgelegt von POK Weber');
    }
  });

  it('a signed approval names the key instead of "erklärt"', async () => {
    const plan = approvedPlan();
    const approval = plan.operation.approval;
    if (!approval) throw new Error('approved');
    expect(await docText(forceOverviewModel(source(plan)))).toContain('zweite Person (erklärt)');
    const signed = {
      ...plan,
      operation: {
        ...plan.operation,
        approval: {
          ...approval,
          signedBy: { fingerprint: 'ab12cd34ef56ab78cd90ef12ab34cd56ef78ab90', packageId: 'pkg-1' },
        },
      },
    };
    const xml = await docText(forceOverviewModel(source(signed)));
    expect(xml).toContain('zweite Person (signiert, Schlüssel AB12CD34EF56AB78…)');
    expect(xml).not.toContain('(erklärt)');
  });

  it('a plan not approved says so', async () => {
    expect(await docText(forceOverviewModel(source(d.plan)))).toContain(
      'Dieser Plan ist nicht freigegeben.',
    );
    const p = d.plan.participations[0];
    if (!p) throw new Error('demo');
    expect(await docText(requestSheetModel(source(d.plan), p))).toContain('Plan nicht freigegeben');
  });

  it('late liaison answers are listed as "Nachtrag nach Freigabe"', async () => {
    const plan = approvedPlan();
    const open = plan.participations.find((x) => x.confirmation.status === 'requested');
    if (!open) throw new Error('demo');
    const r = applyConfirmation(open, {
      status: 'confirmed',
      confirmedStrength: open.requestedStrength,
      by: 'KHK Brandt',
      at: NOW,
      via: 'phone',
      comment: '',
      recordedBy: 'POK Weber',
    });
    if (!r.ok) throw new Error(r.code);
    const answered = { ...r.participation, confirmation: { ...r.event, afterApproval: true } };
    const withLate = {
      ...plan,
      participations: plan.participations.map((x) => (x.id === open.id ? answered : x)),
    };
    const overview = forceOverviewModel(source(withLate));
    expect(overview.sections.map((s) => s.heading)).toContain('Nachtrag nach Freigabe');
    expect(await docText(overview)).toContain('KHK Brandt');
    expect(forceOverviewModel(source(plan)).sections.map((s) => s.heading)).not.toContain(
      'Nachtrag nach Freigabe',
    );
  });
});
