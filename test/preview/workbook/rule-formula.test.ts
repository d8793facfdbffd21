// The rule-formula evaluator agrees with the spreadsheet engine on the add-on's colour rules.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComputedValue } from '../../../preview/engine/engine-values';
import { shiftFormula } from '../../../preview/engine/shift-formula';
import { SpreadsheetEngine } from '../../../preview/engine/spreadsheet-engine';
import { parseRuleFormula } from '../../../preview/workbook/rule-formula';
import {
  coverRuleSpecs,
  phaseRuleSpecs,
} from '../../../src/addon/replenishment-sheet/colour-rule-specs';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

const reader = (column: readonly unknown[]) => (row: number, col: number) =>
  (col === 0 ? (column[row] ?? '') : '') as ComputedValue;

describe('parseRuleFormula', () => {
  it('colours the cover bands the add-on writes, narrowest first', () => {
    const [outOfStock, air, alert, overstock] = coverRuleSpecs(DEFAULT_SETTINGS, '$A2').map((s) =>
      parseRuleFormula(s.formula),
    );
    const cover = ['Days of cover', 15, 60, 120, 400, '', '⚠ stock must be a number'];
    const read = reader(cover);
    const at = (rule: typeof air, row: number) => rule?.test(read, row - 2, 0);
    expect(outOfStock?.test(reader(['Days of cover', 0]), 0, 0)).toBe(true);
    expect([2, 3, 4, 5, 6, 7].map((row) => at(outOfStock, row))).toEqual(Array(6).fill(false));
    expect([2, 3, 4, 5, 6, 7].map((row) => at(air, row))).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect([2, 3, 4, 5, 6, 7].map((row) => at(alert, row))).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    expect([2, 3, 4, 5, 6, 7].map((row) => at(overstock, row))).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('colours the phase column by its code', () => {
    const rules = phaseRuleSpecs(DEFAULT_SETTINGS, '$A2').map((s) => parseRuleFormula(s.formula));
    const read = reader(['Phase', 'OUT_OF_STOCK', 'healthy']);
    expect(rules.map((rule) => rule?.test(read, 0, 0))).toEqual([false, true, false, false]);
    expect(rules.map((rule) => rule?.test(read, 1, 0))).toEqual([false, false, false, true]);
  });

  it('leaves formulas it does not know to the engine', () => {
    expect(parseRuleFormula('=SUM($A2:$A9)>3')).toBeUndefined();
    expect(parseRuleFormula('=Data!A1>3')).toBeUndefined();
    expect(parseRuleFormula('=VLOOKUP(A2, B:C, 2)')).toBeUndefined();
    expect(parseRuleFormula('=AND(A2>1')).toBeUndefined();
  });

  it('agrees with the engine on any cover value and formula shape', () => {
    const formulas = [
      ...coverRuleSpecs(DEFAULT_SETTINGS, '$A2').map((s) => s.formula),
      ...phaseRuleSpecs(DEFAULT_SETTINGS, '$A2').map((s) => s.formula),
      '=OR($A2="", NOT(ISTEXT($A2)))',
      '=IF(ISBLANK($A2), FALSE, $A2*2-1>=10)',
      '=N($A2)+1>5',
      '=$A2&"x"="okx"',
      '=ISERROR($A2/0)',
    ];
    const cell = fc.oneof(
      // Cover days as the sheet holds them (the engine turns near-zero doubles into NaN).
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100),
      fc.integer({ min: 0, max: 400 }),
      fc.constantFrom('', 'OUT_OF_STOCK', 'ok', 'OK', 'TRUE', '⚠ bad'),
      fc.boolean(),
    );
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 6 }), (values) => {
        const cells = [['head'], ...values.map((v) => [v])];
        const engine = SpreadsheetEngine.create([{ name: 'S', rowCount: cells.length, cells }]);
        const read = (row: number, col: number) => engine.value('S', row, col);
        for (const formula of formulas) {
          const rule = parseRuleFormula(formula);
          expect(rule, formula).toBeDefined();
          values.forEach((_, i) => {
            const byEngine = engine.evaluate('S', shiftFormula(formula, i, 0));
            const expected = byEngine === true || (typeof byEngine === 'number' && byEngine !== 0);
            expect(rule?.test(read, i, 0), `${formula} on ${JSON.stringify(values[i])}`).toBe(
              expected,
            );
          });
        }
      }),
      { numRuns: 60 },
    );
  });
});
