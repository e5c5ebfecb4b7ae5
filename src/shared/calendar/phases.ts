// The phases of a joint operation as bands on the day view. The stored phase of an entry is one
// of four (Planung, Vorbereitung, Durchführung, Nachbereitung); a joint operation is read in
// eight. Each row of the Zeitablauf is placed in one of them — the briefing and the access
// times by what they are, an entry by its title's key word, else by its stored phase and side
// of H — and a band spans the rows of its phase. Nothing is stored twice: the bands follow
// the entries.
import type { PlanTimelineRow } from '../domain/plan-timeline';

export const JOINT_PHASES = [
  'preparation',
  'briefing',
  'approach',
  'staging',
  'access',
  'search',
  'closing',
  'follow_up',
] as const;
export type JointPhase = (typeof JOINT_PHASES)[number];

/** Key words in a title that name the phase (German and English, lower case). */
const KEYWORDS: readonly [JointPhase, RegExp][] = [
  ['briefing', /vorbesprechung|einsatzbesprechung|briefing/],
  ['approach', /anfahrt|abfahrt|approach/],
  ['staging', /bereitstellung|bereitstellungsraum|staging/],
  ['search', /durchsuchung|search/],
  ['access', /zugriff|kontrolle|access|inspection/],
  ['closing', /abschluss|abrücken|closing/],
  ['follow_up', /nachbereitung|auswertung|follow-up|debrief/],
  ['preparation', /vorbereitung|preparation/],
];

/** The joint phase of one row of the Zeitablauf. */
export function jointPhaseOf(row: PlanTimelineRow): JointPhase {
  if (row.kind === 'briefing') return 'briefing';
  if (row.kind === 'access') return 'access';
  const title = row.entry.title.toLowerCase();
  const named = KEYWORDS.find(([, re]) => re.test(title));
  if (named) return named[0];
  switch (row.entry.phase) {
    case 'planning':
    case 'preparation':
      return 'preparation';
    case 'follow_up':
      return 'follow_up';
    case 'execution':
      return row.offset !== null && row.offset < 0 ? 'staging' : 'access';
  }
}

export interface PhaseBand {
  phase: JointPhase;
  start: string;
  end: string;
  /** How many rows of the Zeitablauf fall in this phase. */
  count: number;
}

const MINUTE = 60_000;

/**
 * One band per phase that has rows with a known time, from its earliest start to its latest
 * end, in the order of the phases. `durationOf` gives a row's length in minutes.
 */
export function phaseBands(
  rows: readonly PlanTimelineRow[],
  durationOf: (row: PlanTimelineRow) => number,
): PhaseBand[] {
  const spans = new Map<JointPhase, { start: number; end: number; count: number }>();
  for (const row of rows) {
    if (row.at === null) continue;
    const start = Date.parse(row.at);
    const end = start + Math.max(durationOf(row), 15) * MINUTE;
    const phase = jointPhaseOf(row);
    const band = spans.get(phase);
    if (band) {
      band.start = Math.min(band.start, start);
      band.end = Math.max(band.end, end);
      band.count += 1;
    } else spans.set(phase, { start, end, count: 1 });
  }
  return JOINT_PHASES.flatMap((phase) => {
    const band = spans.get(phase);
    return band
      ? [
          {
            phase,
            start: new Date(band.start).toISOString(),
            end: new Date(band.end).toISOString(),
            count: band.count,
          },
        ]
      : [];
  });
}
