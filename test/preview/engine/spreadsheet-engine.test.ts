// The preview engine runs the add-on's own custom functions over Sheets formulas.

import { describe, expect, it } from 'vitest';
import { isSheetError } from '../../../preview/engine/engine-values';
import { SpreadsheetEngine } from '../../../preview/engine/spreadsheet-engine';
import { CUSTOM_FUNCTIONS } from '../../../src/addon/custom-functions/catalog';
import { CELL_ERROR_PREFIX } from '../../../src/addon/custom-functions/run-custom-function';

const sheet = (cells: unknown[][], rowCount = cells.length) => ({ name: 'Stock', rowCount, cells });

describe('SpreadsheetEngine', () => {
  it('computes every catalog function’s documented example', () => {
    const cells = CUSTOM_FUNCTIONS.map((spec) => [spec.example.formula]);
    const engine = SpreadsheetEngine.create([sheet(cells)]);
    CUSTOM_FUNCTIONS.forEach((spec, row) => {
      const expected = spec.example.result;
      // A function with several result columns spills its example across them.
      if (Array.isArray(expected)) {
        const width = expected[0]?.length ?? 1;
        expect(engine.values('Stock', row, row + 1, width), spec.name).toEqual(expected);
      } else if (typeof expected === 'number') {
        // The engine keeps 10 significant digits, as Sheets shows them.
        expect(engine.value('Stock', row, 0), spec.name).toBeCloseTo(expected, 9);
      } else expect(engine.value('Stock', row, 0), spec.name).toBe(expected);
    });
  });

  it('spills a range call over open ranges, blank rows blank', () => {
    const engine = SpreadsheetEngine.create([
      sheet(
        [['stock', 'sales', 'cover'], [100, 5, '=COVER_DAYS(A2:A, B2:B)'], [30, 2], [], [0, 4]],
        6,
      ),
    ]);
    expect(engine.values('Stock', 1, 6, 3).map((row) => row[2])).toEqual([20, 15, '', 0, '']);
  });

  it('shows a thrown InputError as the cell’s error message', () => {
    const engine = SpreadsheetEngine.create([sheet([['=COVER_DAYS(-3, 5)']])]);
    const value = engine.value('Stock', 0, 0);
    expect(isSheetError(value) && value.error).toBe('#ERROR!');
    expect(isSheetError(value) && value.message).toMatch(
      /FBA available cannot be negative, got -3/,
    );
  });

  it('names the bad row in a range call and computes the others', () => {
    const engine = SpreadsheetEngine.create([
      sheet([
        [100, 5, '=COVER_DAYS(A1:A3, B1:B3)'],
        ['lots', 5],
        [60, 3],
      ]),
    ]);
    const column = engine.values('Stock', 0, 3, 3).map((row) => row[2]);
    expect(column[0]).toBe(20);
    expect(column[1]).toBe(`${CELL_ERROR_PREFIX}FBA available must be a number, got 'lots'`);
    expect(column[2]).toBe(20);
  });

  it('reports too many arguments in the add-on’s words', () => {
    const engine = SpreadsheetEngine.create([sheet([['=COVER_DAYS(1, 2, 3, 4)']])]);
    const value = engine.value('Stock', 0, 0);
    expect(isSheetError(value) && value.message).toMatch(
      /COVER_DAYS takes at most 3 arguments, got 4/,
    );
  });

  it('passes a weights array literal as one argument', () => {
    const engine = SpreadsheetEngine.create([
      sheet([
        ['=DAILY_SALES(140, 210, 450, , , {1,0,0})'],
        [70, 0, 0, '=DAILY_SALES(A2:A3, B2:B3, C2:C3, , , {1,0,0})'],
        [14, 0, 0],
      ]),
    ]);
    expect(engine.value('Stock', 0, 0)).toBe(20);
    expect(engine.values('Stock', 1, 3, 4).map((row) => row[3])).toEqual([10, 2]);
  });

  it('recalculates dependants after an edit and reports what changed', () => {
    const engine = SpreadsheetEngine.create([
      sheet([
        [100, 5, '=COVER_DAYS(A1:A2, B1:B2)', '=STOCKOUT_PHASE(A1:A2, B1:B2)'],
        [50, 5],
      ]),
    ]);
    expect(engine.value('Stock', 0, 3)).toBe('PRE_STOCKOUT');
    const changed = engine.setContents('Stock', 0, 0, [[0]]);
    expect(engine.value('Stock', 0, 2)).toBe(0);
    expect(engine.value('Stock', 0, 3)).toBe('OUT_OF_STOCK');
    expect(changed).toContainEqual({ sheet: 'Stock', row: 0, col: 3, value: 'OUT_OF_STOCK' });
  });

  it('grows open ranges when the grid gets more rows', () => {
    const engine = SpreadsheetEngine.create([sheet([[10, 2, '=COVER_DAYS(A1:A, B1:B)']], 1)]);
    engine.setRowCount('Stock', 3);
    engine.setContents('Stock', 2, 0, [[9, 3]]);
    expect(engine.formula('Stock', 0, 2)).toBe('=COVER_DAYS(A1:A, B1:B)');
    expect(engine.value('Stock', 2, 2)).toBe(3);
  });

  it('propagates an error in an input cell, as Sheets does', () => {
    const engine = SpreadsheetEngine.create([sheet([['=1/0', 5, '=COVER_DAYS(A1, B1)']])]);
    const value = engine.value('Stock', 0, 2);
    expect(isSheetError(value) && value.error).toBe('#DIV/0!');
  });

  it('pins TODAY() for the days-to-arrival column when asked', () => {
    const today = new Date(2025, 2, 14);
    const engine = SpreadsheetEngine.create(
      [sheet([[new Date(2025, 2, 24), '=ARRAYFORMULA(IF(A1:A="", "", A1:A - TODAY()))'], ['']], 2)],
      { today },
    );
    expect(engine.values('Stock', 0, 2, 2).map((row) => row[1])).toEqual([10, '']);
  });

  it('evaluates a rule formula in a sheet’s context', () => {
    const engine = SpreadsheetEngine.create([sheet([[12], ['x']])]);
    expect(engine.evaluate('Stock', '=AND(ISNUMBER($A1), $A1<=20)')).toBe(true);
    expect(engine.evaluate('Stock', '=AND(ISNUMBER($A2), $A2<=20)')).toBe(false);
  });
});
