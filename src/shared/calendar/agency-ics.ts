// Calendar files for liaisons: one .ics per participating agency with what concerns it — the
// briefing, H, and the entries of the teams its people are in. Premises names and addresses
// appear only once the target list is released for that agency (target-release.ts); before,
// targets are "Objekt 1…n". Times are UTC (…Z), each event's UID is stable (operation + what it
// is), and its SEQUENCE counts the audited changes to what it shows (ics-sequence.ts), so
// Outlook updates a changed event instead of adding a second one and leaves an unchanged one
// alone. A cancelled operation goes out as a cancellation (METHOD:CANCEL).
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { isTargetListReleased, targetAlias } from '../domain/target-release';
import type { AuditEntry } from '../domain/audit';
import type { Premises } from '../domain/premises';
import type { PlanSnapshot } from '../domain/revision';
import type { TimelineEntry } from '../domain/timeline';
import { formatOffset } from '../time/h-hour';
import { eventSequence, EVERY_EVENT_PATHS, type EventSources } from './ics-sequence';
import { BRIEFING_MINUTES, entrySpan } from './operation-events';

const MINUTE = 60_000;
const UID_DOMAIN = 'verbundplaner.local';
export const VS_NFD_MARK = 'VS – NUR FÜR DEN DIENSTGEBRAUCH';

export interface AgencyIcsInput {
  plan: PlanSnapshot;
  agencyId: string;
  premises(id: string): Pick<Premises, 'name' | 'address'> | undefined;
  /** The operation's audit log (any order): the events' SEQUENCE numbers are counted from it. */
  history: readonly AuditEntry[];
  /** The moment of export: decides the release and stamps the file. */
  now: Date;
}

/** The teams one of whose people (or leader) comes from the agency. */
function teamsOf(plan: PlanSnapshot, agencyId: string): Set<string> {
  const own = new Set(plan.participations.filter((p) => p.agencyId === agencyId).map((p) => p.id));
  return new Set(
    plan.teams
      .filter(
        (t) =>
          t.members.some((m) => own.has(m.participationId)) ||
          (t.leader.participationId !== null && own.has(t.leader.participationId)),
      )
      .map((t) => t.id),
  );
}

/** The .ics text for one agency; `null` when the plan has no time to put in a calendar. */
export function agencyIcs(input: AgencyIcsInput): string | null {
  const { plan, agencyId, now } = input;
  const op = plan.operation;
  const released = isTargetListReleased(op.targetRelease, agencyId, now);
  const targets = plan.targets
    .filter((t) => t.status !== 'dropped')
    .sort((a, b) => a.order - b.order);
  const targetName = (id: string | null): string | null => {
    const index = targets.findIndex((t) => t.id === id);
    const target = targets[index];
    if (!target) return null;
    if (!released) return targetAlias(index);
    const p = input.premises(target.premisesId);
    if (!p) return targetAlias(index);
    const street = `${p.address.street} ${p.address.houseNumber}`.trim();
    const where = [street, `${p.address.postalCode} ${p.address.city}`.trim()]
      .filter((x) => x.trim() !== '')
      .join(', ');
    return where ? `${p.name}, ${where}` : p.name;
  };
  const cancelled = op.status === 'cancelled';
  const mark = op.classification === 'vs_nfd' ? `${VS_NFD_MARK}\n\n` : '';
  const exercise = op.exercise ? 'ÜBUNG – ' : '';
  const calendar = ical({
    name: `${exercise}${op.codeName}`,
    prodId: { company: 'Verbundplaner', product: 'Verbundplaner', language: 'DE' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  const sequence = (sources: Omit<EventSources, 'released'>, namesTargets: boolean) =>
    eventSequence(input.history, { ...sources, released: released && namesTargets });
  const add = (
    key: string,
    sequenceNumber: number,
    start: string,
    minutes: number,
    summary: string,
    text: string,
    location?: string,
  ) =>
    calendar.createEvent({
      id: `${op.id}-${key}@${UID_DOMAIN}`,
      sequence: sequenceNumber,
      stamp: now,
      start: new Date(start),
      end: new Date(Date.parse(start) + Math.max(minutes, 1) * MINUTE),
      summary: `${exercise}${op.codeName}: ${summary}`,
      description: `${mark}${text}`,
      location: location ?? null,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });

  const briefing = op.framework.execution.briefingMeeting;
  if (briefing.at !== null) {
    add(
      'briefing',
      sequence(
        {
          operationPaths: [...EVERY_EVENT_PATHS, 'framework.execution.briefingMeeting'],
          itemIds: [],
          allTargets: false,
        },
        false,
      ),
      briefing.at,
      BRIEFING_MINUTES,
      'Einsatzbesprechung',
      'Einsatzbesprechung vor dem Zugriff.',
      briefing.place || undefined,
    );
  }
  if (op.hHour !== null) {
    const h = op.hHour;
    const list = targets
      .map((t, i) => `${formatOffset(t.accessOffsetMinutes)} ${targetName(t.id) ?? targetAlias(i)}`)
      .join('\n');
    const hSequence = sequence(
      {
        operationPaths: [...EVERY_EVENT_PATHS, 'hHour', 'targetRelease'],
        itemIds: [],
        allTargets: true,
      },
      targets.length > 0,
    );
    add('h', hSequence, h, 30, 'H – Zugriff', `Zeitgleicher Zugriff (H).\n${list}`);
  }
  const teams = teamsOf(plan, agencyId);
  const own = (e: TimelineEntry) => e.teamId !== null && teams.has(e.teamId);
  for (const entry of plan.timeline.filter(own)) {
    const span = entrySpan(entry, op.hHour);
    if (!span) continue;
    const offset =
      entry.time.kind === 'relative' ? `${formatOffset(entry.time.offsetMinutes)}: ` : '';
    const target = targetName(entry.targetId);
    const relative = entry.time.kind === 'relative';
    const entrySequence = sequence(
      {
        operationPaths: [...EVERY_EVENT_PATHS, 'targetRelease', ...(relative ? ['hHour'] : [])],
        itemIds: entry.targetId === null ? [entry.id] : [entry.id, entry.targetId],
        allTargets: false,
      },
      target !== null,
    );
    add(
      `entry-${entry.id}`,
      entrySequence,
      span.start,
      entry.durationMinutes,
      entry.title,
      `${offset}${entry.title}${target ? `\n${target}` : ''}`,
      target ?? undefined,
    );
  }
  if (calendar.events().length === 0) return null;
  return calendar.toString();
}
