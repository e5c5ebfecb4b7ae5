// A large agencies CSV for import tests: `agencies` agencies with `contacts` people each, the
// kind given in each agency's first row, and a bad e-mail address in every 97th line. The
// expected counts are worked out here from those two rules, independently of the importer.
// No @shared import, so the Playwright specs can use it as well as the vitest ones.
const HEADER = 'Name;Kurzname;Art;Ansprechperson;Funktion;Ansprechperson E-Mail';

export interface AgencyCsvFile {
  text: string;
  dataRows: number;
  /** Rows that import: not bad, and their agency kept its kind (its first row is not bad). */
  validRows: number;
  agencies: number;
}

export function agencyCsv(agencies: number, contacts: number): AgencyCsvFile {
  const lines = [HEADER];
  let validRows = 0;
  let kept = 0;
  const bad = (line: number) => line % 97 === 0;
  for (let a = 0; a < agencies; a++) {
    const first = lines.length + 1;
    for (let c = 0; c < contacts; c++) {
      const line = lines.length + 1;
      const email = bad(line) ? `p${a}.${c}@` : `p${a}.${c}@probstadt.example`;
      const kind = c === 0 ? 'Ordnungsamt' : '';
      lines.push(`Behörde ${a};B${a};${kind};Person ${a}-${c};Sachbearbeitung;${email}`);
      if (!bad(line) && !bad(first)) validRows++;
    }
    if (!bad(first)) kept++;
  }
  return {
    text: lines.join('\r\n'),
    dataRows: agencies * contacts,
    validRows,
    agencies: kept,
  };
}
