// Demo timeline (Zeitablauf): what happens when, in minutes relative to H.
import type { Phase } from '../domain/operation';
import type { DemoPremisesKey, DemoTeamKey } from './forces';

export interface DemoTimelineSpec {
  offset: number;
  duration: number;
  phase: Phase;
  title: string;
  description: string;
  team?: DemoTeamKey;
  target?: DemoPremisesKey;
}

export const RESPONSE_DEADLINE_ENTRY = {
  title: 'Frist: Rückmeldung der beteiligten Behörden',
  description:
    'Bestätigung von Kräften und Fahrzeugen an die Einsatzleitung (Mittwoch, 12:00 Uhr).',
};

const step = (
  offset: number,
  duration: number,
  phase: Phase,
  title: string,
  description: string,
  refs: Pick<DemoTimelineSpec, 'team' | 'target'> = {},
): DemoTimelineSpec => ({ offset, duration, phase, title, description, ...refs });

export const DEMO_TIMELINE: readonly DemoTimelineSpec[] = [
  step(
    -180,
    60,
    'preparation',
    'Befehlsstelle einrichten',
    'Befehlskraftwagen „Adler“ am Bereitstellungsraum; Funkprobe mit der Leitstelle.',
  ),
  step(
    -150,
    30,
    'preparation',
    'Eintreffen der Kräfte am Sammelpunkt',
    'Anmeldung bei der Beispielwache; Ausgabe der Objektblätter.',
  ),
  // The briefing (H−2:00) is not an entry: its time is the plan's briefing time, which the
  // Zeitablauf shows as a row of its own.
  step(
    -30,
    20,
    'execution',
    'Abmarsch in den Bereitstellungsraum',
    'Zivilfahrzeuge voraus; Abstand zu den Objekten halten.',
  ),
  step(-5, 5, 'execution', 'Meldung „bereit“ aller Teams', 'Teamleitungen melden an Adler.'),
  step(
    0,
    0,
    'execution',
    'Zeitgleicher Zugriff',
    'Fünf Objekte werden gleichzeitig betreten; die Polizei sichert und gibt frei.',
  ),
  step(
    0,
    120,
    'execution',
    'Kontrolle Shisha-Bar',
    'Erst CO-Messung durch die Feuerwehr, dann Kontrolle aller Behörden.',
    { team: 'falke1', target: 'shisha' },
  ),
  step(
    0,
    150,
    'execution',
    'Kontrolle Wohnanlage',
    'Innenhof zuerst sichern; Begehung durch Bauordnung und Feuerwehr.',
    { team: 'falke5', target: 'property' },
  ),
  step(75, 60, 'execution', 'Kontrolle Kiosk', 'Falke 2 nach Abschluss im Barbershop.', {
    team: 'falke2',
    target: 'kiosk',
  }),
  step(75, 60, 'execution', 'Kontrolle Café', 'Falke 3 nach Abschluss im Wettbüro.', {
    team: 'falke3',
    target: 'cafe',
  }),
  step(
    90,
    10,
    'execution',
    'Zwischenmeldung an die Befehlsstelle',
    'Stand je Objekt, besondere Vorkommnisse, Bedarf an Reserve.',
  ),
  step(
    150,
    30,
    'execution',
    'Kontrollende und Rückmarsch',
    'Objekte übergeben; Rückmarsch zur Beispielwache.',
  ),
  step(
    180,
    45,
    'follow_up',
    'Nachbesprechung',
    'Erste Ergebnisse je Behörde; Folgemaßnahmen; Pressemeldung abstimmen.',
  ),
  step(240, 0, 'follow_up', 'Einsatzende', 'Abschlussmeldung an die Leitstelle.'),
];
