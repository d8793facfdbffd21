// The preview's engine writes TEXT(n, "#,##0") as Sheets does, thousands commas included; other
// formats stay the engine's own.

import { describe, expect, it } from 'vitest';
import { SpreadsheetEngine } from '../../../preview/engine/spreadsheet-engine';
import { groupedNumberText } from '../../../preview/engine/text-format';

describe('TEXT with a grouped number format', () => {
  it('groups thousands and rounds halves away from zero, as Sheets does', () => {
    const formulas = [
      '=TEXT(2040, "#,##0")',
      '=TEXT(1234.5, "#,##0.00")',
      '=TEXT(-1234567, "#,##0")',
      '=TEXT(2.5, "#,##0")',
      '=TEXT(999, "#,##0")',
      '=TEXT(5, "000")',
      '=TEXT(46286, "yyyy-mm-dd")',
    ];
    const engine = SpreadsheetEngine.create([
      { name: 'S', rowCount: formulas.length, cells: formulas.map((f) => [f]) },
    ]);
    expect(engine.values('S', 0, formulas.length, 1).map((row) => row[0])).toEqual([
      '2,040',
      '1,234.50',
      '-1,234,567',
      '3',
      '999',
      '005',
      '2026-09-21',
    ]);
  });

  it('leaves every other format to the engine', () => {
    expect(groupedNumberText(12, '0.0')).toBeUndefined();
    expect(groupedNumberText(12, '#,##0.0#')).toBeUndefined();
    expect(groupedNumberText(Number.NaN, '#,##0')).toBeUndefined();
  });
});
