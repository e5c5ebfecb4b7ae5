// Each field of an operation, named once: its path (what the form edits, the draft keys its
// pending edit by, and the audit trail records) and its label (i18n keys of the `workspace`
// namespace, outermost first, as Verlauf and Revisionen show them: "Lage › Anlass und
// Begründung"). A test derives the framework's fields from the zod schema and checks that each
// has an entry here, so a new field cannot go without a name in the history.
import {
  CLASSIFICATION_LABELS,
  OPERATION_KIND_LABELS,
  OPERATION_STATUS_LABELS,
  PHASE_LABELS,
  THEMATIC_FIELDS,
} from '@shared/catalog';
import { PHASES, type Label } from '@shared/domain';
import type { OperationPath } from './operation-paths';

/** Records a changed value can point at; shown by name instead of id. */
export type RefKind = 'agency' | 'team' | 'target' | 'talkGroup' | 'participation' | 'premises';

export interface FieldSpec {
  /** i18n key, with its namespace (`roster:forces.role`). */
  key: string;
  /** Keys of the groups the field belongs to, outermost first (`Rückmeldung › Status`). */
  group?: string | readonly string[];
  /** A catalogue name shown after the label (a phase: "Durchführung › Phasen › Planung"). */
  name?: Label;
  values?: Readonly<Record<string, Label>>;
  ref?: RefKind;
  /** A list of small records shown as "name text; name text" (`ref` names `idKey`). */
  items?: { idKey: string; textKey: string };
  /**
   * Minutes from H (`H+4:00`), a timeline time (relative to H or a fixed instant), or the
   * checklists per thematic field (shown as sentences per item, guide-changes.ts).
   */
  format?: 'hOffset' | 'timelineTime' | 'fieldGuides';
}

const W = 'workspace:';
const part = (p: string, key: string, ...inner: string[]): FieldSpec => ({
  key: `${W}${p}.${key}`,
  group: [`${W}tabs.${p}`, ...inner.map((k) => `${W}${k}`)],
});
/** The fields of a place in the plan (assembly point, staging area, command post). */
const place = (p: 'support' | 'command', key: string, base: string) =>
  Object.fromEntries(
    ['name', 'address', 'notes', 'lat', 'lng'].map((f) => [
      `${base}.${f}`,
      {
        key: `${W}support.place${f.charAt(0).toUpperCase()}${f.slice(1)}`,
        group: [`${W}tabs.${p}`, `${W}${p}.${key}`],
      },
    ]),
  );

const phases = Object.fromEntries(
  PHASES.map((phase) => [
    `framework.execution.phases.${phase}`,
    { ...part('execution', 'phases'), name: PHASE_LABELS[phase] },
  ]),
);

/** Per operation field path, its label. A path not listed falls back to its nearest parent. */
export const OPERATION_FIELDS: Readonly<Partial<Record<OperationPath, FieldSpec>>> = {
  codeName: { key: `${W}general.codeName` },
  title: { key: `${W}general.title` },
  kind: { key: `${W}general.kind`, values: OPERATION_KIND_LABELS },
  classification: { key: `${W}general.classification`, values: CLASSIFICATION_LABELS },
  status: { key: `${W}history.groups.status`, values: OPERATION_STATUS_LABELS },
  exercise: { key: `${W}general.exercise` },
  leadAgencyId: { key: `${W}general.leadAgency`, ref: 'agency' },
  'operationLead.name': { key: `${W}general.operationLead` },
  'operationLead.function': { key: `${W}general.operationLeadFunction` },
  'operationLead.phone': { key: `${W}general.operationLeadPhone` },
  municipalityId: { key: `${W}general.municipality` },
  hHour: { key: `${W}general.hHour` },
  'timeWindow.start': { key: `${W}general.windowStart` },
  'timeWindow.end': { key: `${W}general.windowEnd` },
  responseDeadline: { key: `${W}general.responseDeadline` },
  fileReference: { key: `${W}general.fileReference` },
  thematicFields: {
    key: `${W}general.thematicFields`,
    values: Object.fromEntries(THEMATIC_FIELDS.map((f) => [f.code, f.label])),
  },
  fieldGuides: { key: `${W}general.fieldGuides`, format: 'fieldGuides' },
  riskAssessment: { key: `${W}situation.risk` },
  'map.features': { key: `${W}map.features`, group: `${W}tabs.map` },
  'framework.situation.background': part('situation', 'background'),
  'framework.situation.trigger': part('situation', 'trigger'),
  'framework.situation.targetsSummary': part('situation', 'targetsSummary'),
  'framework.situation.personsGroups': part('situation', 'personsGroups'),
  'framework.situation.ownForces': part('situation', 'ownForces'),
  'framework.mission.goals': part('mission', 'goals'),
  'framework.mission.agencyObjectives': {
    ...part('mission', 'objectives'),
    ref: 'agency',
    items: { idKey: 'agencyId', textKey: 'objective' },
  },
  ...phases,
  'framework.execution.sections': part('execution', 'sections'),
  'framework.execution.rulesOfConduct': part('execution', 'rulesOfConduct'),
  'framework.execution.briefingMeeting.at': {
    key: `${W}execution.briefingAt`,
    group: `${W}execution.briefingMeeting`,
  },
  'framework.execution.briefingMeeting.place': {
    key: `${W}execution.briefingPlace`,
    group: `${W}execution.briefingMeeting`,
  },
  ...place('support', 'assemblyPoint', 'framework.support.assemblyPoint'),
  ...place('support', 'stagingArea', 'framework.support.stagingArea'),
  'framework.support.vehicles': part('support', 'vehicles'),
  'framework.support.equipment': part('support', 'equipment'),
  'framework.support.interpreters': part('support', 'interpreters'),
  'framework.support.medical': part('support', 'medical'),
  'framework.support.catering': part('support', 'catering'),
  'framework.support.routes': part('support', 'routes'),
  'framework.command.structure': part('command', 'structure'),
  ...place('command', 'commandPost', 'framework.command.commandPost'),
  'framework.command.commandPostPhone': part('command', 'commandPostPhone'),
  'framework.command.notes': part('command', 'notes'),
};

/** The spec of an operation field, or of its nearest listed parent. */
export function operationFieldSpec(path: string): FieldSpec | null {
  const fields: Readonly<Record<string, FieldSpec | undefined>> = OPERATION_FIELDS;
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const spec = fields[segments.slice(0, n).join('.')];
    if (spec) return spec;
  }
  return null;
}
