// Moves a formula's relative references, as Sheets does when a rule's formula applies to each cell.

import { columnLetter, columnNumber } from '../../src/addon/platform/column-letter';

// A string literal (kept), a cell reference (optionally on a named sheet), or the bare column of a
// column range or open range (`D:D`, the `D` ending `D2:D`).
const REFERENCE =
  /("(?:[^"]|"")*")|(?<![\w$.])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w$(!.])|(?<![\w$.])(\$?)([A-Za-z]{1,3})(?=:)|(?<=:)(\$?)([A-Za-z]{1,3})(?![\w$(!.:])/g;

/**
 * The formula as written for a cell `rows` below and `cols` right of the one it was written
 * for: relative rows and columns move, `$`-anchored ones stay.
 * @example shiftFormula('=AND($N2<>"", $N2<=20)', 3, 0) === '=AND($N5<>"", $N5<=20)'
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula.replace(
    REFERENCE,
    (
      whole,
      literal: string | undefined,
      sheet: string | undefined,
      colAnchor: string | undefined,
      col: string | undefined,
      rowAnchor: string | undefined,
      row: string | undefined,
      startAnchor: string | undefined,
      startCol: string | undefined,
      endAnchor: string | undefined,
      endCol: string | undefined,
    ) => {
      if (literal !== undefined) return whole;
      if (col !== undefined && row !== undefined) {
        const newCol = colAnchor ? col : moveColumn(col, cols);
        const newRow = rowAnchor ? row : String(Number(row) + rows);
        if (newCol === undefined || Number(newRow) < 1) return '#REF!';
        return `${sheet ?? ''}${colAnchor}${newCol}${rowAnchor}${newRow}`;
      }
      const anchor = startAnchor ?? endAnchor ?? '';
      const letters = startCol ?? endCol ?? '';
      if (anchor) return whole;
      return moveColumn(letters, cols) ?? '#REF!';
    },
  );
}

function moveColumn(letters: string, by: number): string | undefined {
  const index = columnNumber(letters) + by;
  return index < 1 ? undefined : columnLetter(index);
}
