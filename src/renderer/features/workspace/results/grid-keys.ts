// Where a key press in the results grid moves the focus: arrows move one cell, as in a
// spreadsheet's entry mode (a number is corrected with Backspace or by typing it again; the
// text is selected on focus), Enter moves down and Shift+Enter up. Tab is left to the browser
// (the grid is one tab stop, see ResultsGrid: Tab leaves it).

export interface CellPos {
  row: number;
  col: number;
}

export function nextCell(
  key: string,
  shift: boolean,
  at: CellPos,
  size: { rows: number; cols: number },
): CellPos | null {
  const clamp = (p: CellPos): CellPos | null =>
    p.row < 0 || p.col < 0 || p.row >= size.rows || p.col >= size.cols ? null : p;
  switch (key) {
    case 'ArrowUp':
      return clamp({ row: at.row - 1, col: at.col });
    case 'ArrowDown':
      return clamp({ row: at.row + 1, col: at.col });
    case 'Enter':
      return clamp({ row: at.row + (shift ? -1 : 1), col: at.col });
    case 'ArrowLeft':
      return clamp({ row: at.row, col: at.col - 1 });
    case 'ArrowRight':
      return clamp({ row: at.row, col: at.col + 1 });
    default:
      return null;
  }
}

/** A stored whole number in the form one types it back: "1234,56" (€), "2,5" (kg), "12". */
export function editText(value: number, unit: 'count' | 'cents' | 'grams'): string {
  if (value === 0) return '';
  if (unit === 'cents') return (value / 100).toFixed(2).replace('.', ',');
  if (unit === 'grams') return String(value / 1000).replace('.', ',');
  return String(value);
}
