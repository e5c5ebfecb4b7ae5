// A synthetic house-coordinates file the size of a German state's (1 000 000 houses) in the
// states' column layout: 40 places × 1 000 streets × 25 numbers, UTM 32 coordinates with a
// decimal comma. Every (street, number, place) is distinct, so every row is one house.
export const GAZETTEER_BENCH_ROWS = 1_000_000;
export const GAZETTEER_HEADER = 'STN;HNR;ADZ;PLZ;ONM;OTT;EAST;NORTH';

const FIRST = [
  'Amsel',
  'Birken',
  'Buchen',
  'Dorf',
  'Eichen',
  'Feld',
  'Garten',
  'Hafen',
  'Kirch',
  'Linden',
  'Markt',
  'Mühlen',
  'Rosen',
  'Schul',
  'See',
  'Tannen',
  'Wald',
  'Wiesen',
  'Berg',
  'Brunnen',
  'Burg',
  'Grenz',
  'Hof',
  'Kamp',
  'Kloster',
  'Lerchen',
  'Mittel',
  'Nord',
  'Ost',
  'Park',
  'Ring',
  'Sand',
  'Schloss',
  'Sonnen',
  'Stern',
  'Süd',
  'Turm',
  'Ulmen',
  'West',
  'Zechen',
  'Hütten',
  'Kohlen',
  'Rhein',
  'Ruhr',
  'Emscher',
  'Lippe',
  'Bahnhof',
  'Post',
  'Rat',
  'Zoll',
];
const LAST = ['straße', 'weg', 'allee', 'platz', 'gasse', 'ring', 'pfad', 'damm'];
const STREETS = FIRST.flatMap((a) => LAST.map((b) => `${a}${b}`));
const PLACES = Array.from(
  { length: 40 },
  (_, i) => `Stadt ${String.fromCharCode(65 + (i % 26))}${i}`,
);

/** Row i of the file (0-based, header not counted) as its cells. */
export function gazetteerRow(i: number): string[] {
  const place = Math.floor(i / 25_000);
  const j = i % 25_000;
  const street = STREETS[(place * 37 + Math.floor(j / 25)) % STREETS.length] ?? 'Weg';
  const number = String((j % 25) + 1);
  const east = 340_000 + ((i * 7_919) % 60_000) + 0.25;
  const north = 5_680_000 + ((i * 104_729) % 60_000) + 0.5;
  return [
    street,
    number,
    '',
    String(40_000 + place * 10),
    PLACES[place] ?? 'Stadt',
    '',
    east.toFixed(2).replace('.', ','),
    north.toFixed(2).replace('.', ','),
  ];
}

/** The whole file as text (≈ 60 MB for a million rows). */
export function gazetteerCsv(rows: number): string {
  const lines = [GAZETTEER_HEADER];
  for (let i = 0; i < rows; i++) lines.push(gazetteerRow(i).join(';'));
  return `${lines.join('\r\n')}\r\n`;
}

/** What a user types while looking for row i: a prefix of street, number and place. */
export function gazetteerQuery(i: number, variant: number): string {
  const [street = '', number = '', , postal = '', place = ''] = gazetteerRow(i);
  switch (variant % 4) {
    case 0:
      return street.slice(0, 6);
    case 1:
      return `${street} ${number}`;
    case 2:
      return `${street.replace(/straße$/, 'str.')} ${number} ${place.slice(0, 4)}`;
    default:
      return `${street} ${number}, ${postal} ${place}`;
  }
}
