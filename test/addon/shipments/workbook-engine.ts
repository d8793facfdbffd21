// Computes an in-memory spreadsheet with the preview's engine (HyperFormula and our custom
// functions), so adapter tests can check what the native formulas they wrote actually give.

import { parseA1 } from '../../../fakes/a1-notation';
import type { FakeSpreadsheet } from '../../../fakes/fake-spreadsheet';
import type { ComputedValue } from '../../../preview/engine/engine-values';
import { SpreadsheetEngine } from '../../../preview/engine/spreadsheet-engine';

/** Every sheet's values and formulas, computed with TODAY() pinned to `today`. */
export function computeWorkbook(spreadsheet: FakeSpreadsheet, today: Date): ComputedWorkbook {
  const sheets = spreadsheet.sheetNames().map((name) => {
    const sheet = spreadsheet.sheet(name);
    const cells = sheet.valuesUncounted();
    const size = sheet.sizeUncounted();
    for (const [a1, formula] of sheet.formulaCells()) {
      const { row, column } = parseA1(a1, size.rows, size.columns);
      const line = cells[row - 1] ?? [];
      line[column - 1] = formula;
      cells[row - 1] = line;
    }
    // Open ranges (D2:D) run to the last row; 50 spare rows leave room to add some, and keep the
    // engine quick (a new sheet has 1000 rows, and every array formula would cover them all).
    return { name, rowCount: Math.min(size.rows, cells.length + 50), cells };
  });
  // Every sheet exists before any formula is entered: the engine mis-evaluates a cross-sheet
  // SUMIFS entered before the sheet it reads has been added.
  const engine = SpreadsheetEngine.create(
    sheets.map((sheet) => ({ ...sheet, cells: [] })),
    { today },
  );
  for (const sheet of sheets) engine.setContents(sheet.name, 0, 0, sheet.cells);
  return new ComputedWorkbook(engine);
}

export class ComputedWorkbook {
  constructor(readonly engine: SpreadsheetEngine) {}

  /** The computed value of a cell by A1 ("E3"). */
  value(sheet: string, a1: string): ComputedValue {
    const { row, column } = parseA1(a1, 100_000, 1_000);
    return this.engine.value(sheet, row - 1, column - 1);
  }

  /** Types a value (or a Sheets formula) into a cell by A1; dependent formulas recompute. */
  type(sheet: string, a1: string, content: unknown): void {
    const { row, column } = parseA1(a1, 100_000, 1_000);
    this.engine.setContents(sheet, row - 1, column - 1, [[content]]);
  }
}
