// Demo written order: the five framework parts and the risk assessment, in short German prose.
import type { Id } from '../domain/common';
import type { Framework, RiskAssessment } from '../domain/operation';
import { dramaPhone } from './fictional';
import type { DemoAgencyKey } from './forces';

export const COMMAND_POST_PHONE = dramaPhone(100);

const OBJECTIVES: Record<DemoAgencyKey, string> = {
  pp_essen:
    'Sichere Durchführung aller Kontrollen; Identitätsfeststellungen; Verfolgung von Straftaten.',
  essen_ordnungsamt:
    'Durchsetzung von Gaststätten-, Gewerbe-, Nichtraucher- und Jugendschutzrecht; Schließung bei erheblichen Verstößen.',
  hza_essen_fks:
    'Aufdeckung von Schwarzarbeit und Mindestlohnverstößen; Sicherstellung unversteuerter Tabakwaren.',
  fa_essen_nordost: 'Kassen-Nachschau in drei Betrieben; Sicherung der Kassendaten.',
  essen_bauordnung: 'Feststellung von Nutzungsänderungen, Brandschutzmängeln und Überbelegung.',
  essen_lebensmittel: 'Hygienekontrolle; Probenahme bei Auffälligkeiten.',
  essen_auslaenderbehoerde: 'Klärung des Aufenthaltsstatus angetroffener Personen.',
  jobcenter_essen: 'Abgleich der Feststellungen mit dem Leistungsbezug (nach Bestätigung).',
  essen_feuerwehr: 'Gefahrenfreiheit bei Kohlenmonoxid; Brandverhütungsschau in der Wohnanlage.',
};

export function demoFramework(
  agencyId: (key: DemoAgencyKey) => Id,
  keys: readonly DemoAgencyKey[],
  briefingAt: string,
): Framework {
  return {
    situation: {
      background:
        'BEISPIELDATEN: Alle Namen, Anschriften, Betriebe, Personen und Rufnummern in diesem Einsatz sind frei erfunden. – Im Beispielviertel West und Nord häufen sich seit Monaten Beschwerden über Shisha-Bars, Wettbüros und eine überbelegte Wohnanlage. Kontrollen einzelner Behörden haben nur kurzfristig gewirkt; die Betriebe sind zum Teil personell und wirtschaftlich miteinander verbunden.',
      trigger:
        'Die Ordnungspartnerschaft Beispielviertel hat eine gemeinsame Kontrolle angeregt; Polizei, Zoll und Stadt haben die Hinweise in einer Fallkonferenz abgeglichen.',
      targetsSummary:
        'Sieben Objekte: Shisha-Bar, Barbershop, Wettbüro, Kiosk, Café, Kfz-Vermietung und eine Wohnanlage. Fünf Objekte werden zeitgleich um H betreten, Kiosk und Café im Anschluss (H+1:15).',
      personsGroups:
        'Betreiber und Beschäftigte der Objekte; Gäste am Freitagabend. Personenbezogene Erkenntnisse werden nicht in diesem Befehl, sondern in den Akten der zuständigen Behörden geführt.',
      ownForces:
        'Polizeipräsidium Essen (Einsatzleitung), Stadt Essen mit Ordnungsamt, Bauordnung, Lebensmittelüberwachung, Ausländerbehörde und Feuerwehr, Hauptzollamt Essen (FKS), Finanzamt Essen-NordOst; JobCenter Essen angefragt.',
    },
    mission: {
      goals:
        'Zeitgleiche Kontrolle der sieben Objekte am Freitagabend; jede Behörde prüft in eigener Zuständigkeit. Verstöße werden konsequent verfolgt, Gefahren sofort beseitigt. Erkenntnisse fließen in die Nachbereitung und das Lagebild ein.',
      agencyObjectives: keys.map((key) => ({
        agencyId: agencyId(key),
        objective: OBJECTIVES[key],
      })),
    },
    execution: {
      phases: {
        planning:
          'Objektauswahl anhand dokumentierter Hinweise; Abstimmung der Rechtsgrundlagen je Behörde.',
        preparation:
          'Anfrage und Bestätigung der Kräfte; Bildung von fünf Kontrollteams; Vorbereitung der Formulare und Sicherstellungsmittel.',
        execution:
          'Einsatzbesprechung H−2:00, Abmarsch H−0:30, zeitgleicher Zugriff um H. Nach Sicherung durch die Polizei prüfen die Behörden ihre Bereiche. Kontrollende spätestens H+2:30.',
        follow_up:
          'Nachbesprechung H+3:00; Ergebnismeldung je Behörde bis zum folgenden Dienstag; Folgeermittlungen in eigener Zuständigkeit.',
      },
      sections:
        'Einsatzabschnitt West: Falke 1, 2 und 4. Einsatzabschnitt Nord: Falke 3 und 5. Reserve an der Befehlsstelle.',
      rulesOfConduct:
        'Objektauswahl und Maßnahmen stützen sich allein auf die dokumentierten Hinweise. Höflich, bestimmt und neutral auftreten; keine Äußerungen zu Herkunft oder Familie. Die Polizei betritt zuerst und gibt das Objekt frei. Bedrohungen und Beleidigungen werden dokumentiert und angezeigt. Keine Auskünfte an die Presse; Anfragen an die Pressestelle des Polizeipräsidiums.',
      briefingMeeting: {
        at: briefingAt,
        place: 'Besprechungsraum der Beispielwache, Probestraße 1',
      },
    },
    support: {
      assemblyPoint: {
        name: 'Sammelpunkt Beispielwache',
        address: 'Probestraße 1, 45127 Essen',
        lat: 51.4562,
        lng: 7.0087,
        notes: 'Parkflächen im Innenhof; Anmeldung bei der Wache.',
      },
      stagingArea: {
        name: 'Bereitstellungsraum Parkplatz Beispielhalle',
        address: 'Am Probeplatz 30, 45326 Essen',
        lat: 51.4875,
        lng: 7.0021,
        notes: 'Nicht von den Objekten einsehbar.',
      },
      vehicles:
        'Jede Behörde reist mit eigenen Fahrzeugen an; Verteilung siehe Kräfteübersicht. Zivilfahrzeuge bis zum Zugriff nicht in Sichtweite der Objekte.',
      equipment:
        'CO-Warngeräte für alle Kräfte in der Shisha-Bar; Sicherstellungsbeutel und Feinwaage (Zoll); Siegel für Schließungen (Ordnungsamt).',
      interpreters: 'Zwei Dolmetscher auf Abruf über die Befehlsstelle.',
      medical: 'Rettungswagen der Feuerwehr in Bereitschaft am Bereitstellungsraum.',
      catering: 'Getränke und Imbiss nach der Nachbesprechung in der Beispielwache.',
      routes:
        'Abschnitt West über die Exempelallee, Abschnitt Nord über den Demoring; Rückweg zur Beispielwache.',
    },
    command: {
      structure:
        'Polizeiführerin: EPHK Erika Mustermann (PP Essen). Die Teams führen die Teamführerinnen und -führer; fachliche Entscheidungen trifft jede Behörde selbst. Meldungen laufen über die Befehlsstelle.',
      commandPost: {
        name: 'Befehlsstelle (Befehlskraftwagen „Adler“)',
        address: 'Bereitstellungsraum Parkplatz Beispielhalle',
        lat: 51.4875,
        lng: 7.0021,
        notes: '',
      },
      commandPostPhone: COMMAND_POST_PHONE,
      notes:
        'Funkrufname der Befehlsstelle: Adler. Sprechgruppen und Rufnummern siehe Kommunikationsplan. Alle Rufnummern sind fiktiv (dauerhaft nicht vergebene Rufnummern der Bundesnetzagentur für Medienproduktionen).',
    },
  };
}

export function demoRiskAssessment(assessedBy: string, at: string): RiskAssessment {
  return {
    assessed: { by: assessedBy, at },
    items: [
      {
        category: 'weapons',
        level: 'low',
        findings:
          'Keine konkreten Hinweise auf Schusswaffen; Messer im Umfeld nicht ausgeschlossen.',
        measures: 'Eigensicherung; Durchsuchung nur bei Anlass.',
      },
      {
        category: 'dogs',
        level: 'medium',
        findings: 'Hunde in der Wohnanlage und auf dem Hof der Kfz-Vermietung gemeldet.',
        measures: 'Sicherung durch die Polizei vor dem Betreten; Halter zur Sicherung auffordern.',
      },
      {
        category: 'violent_persons',
        level: 'medium',
        findings: 'Im Umfeld des Wettbüros verkehren gewaltbereite Personen (fiktiv).',
        measures: 'Verstärkte Polizeikräfte in Team 3.',
      },
      {
        category: 'crowd_tumult',
        level: 'medium',
        findings: 'Schneller Zulauf von Gästen und Anwohnern am Freitagabend möglich.',
        measures: 'Reserve an der Befehlsstelle; zügige Kontrollen; Abschirmung der Eingänge.',
      },
      {
        category: 'threats_to_staff',
        level: 'medium',
        findings: 'Frühere Kontrollen: Filmen und Beleidigen von Bediensteten.',
        measures:
          'Keine Namensnennung der Kräfte; Dokumentation und Anzeige; Nachsorge über das Bedrohungsmanagement.',
      },
      {
        category: 'other',
        level: 'medium',
        findings: 'Kohlenmonoxid in der Shisha-Bar; Brandschutzmängel in der Wohnanlage.',
        measures: 'CO-Messung vor dem Betreten; gemeinsame Begehung von Feuerwehr und Bauordnung.',
      },
    ],
  };
}
