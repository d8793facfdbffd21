// Relative references in a rule's formula move with the cell the rule is applied to.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftFormula } from '../../../preview/engine/shift-formula';
import { columnLetter, columnNumber } from '../../../src/addon/platform/column-letter';

describe('shiftFormula', () => {
  it('moves relative rows and keeps anchored columns', () => {
    expect(shiftFormula('=AND($N2<>"", $N2<=20)', 3, 0)).toBe('=AND($N5<>"", $N5<=20)');
  });

  it('moves relative columns, keeps anchored rows', () => {
    expect(shiftFormula('=B$1+C2', 1, 2)).toBe('=D$1+E3');
  });

  it('moves ranges, open ranges and whole columns', () => {
    expect(shiftFormula('=SUM(A2:B3)+SUM(C2:C)+SUM(D:D)+SUM($E:$E)', 1, 1)).toBe(
      '=SUM(B3:C4)+SUM(D3:D)+SUM(E:E)+SUM($E:$E)',
    );
  });

  it('keeps sheet names, function names and text', () => {
    expect(shiftFormula('=LOG10(\'My sheet\'!A1)&"A1"&Data!B2', 1, 0)).toBe(
      '=LOG10(\'My sheet\'!A2)&"A1"&Data!B3',
    );
  });

  it('gives #REF! for a reference moved off the sheet', () => {
    expect(shiftFormula('=A2', -2, 0)).toBe('=#REF!');
  });

  it('shifting there and back is the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 30 }), (r, c) => {
        const formula = '=AND(ISNUMBER($N2), $N2<=20, B3:C, "B2")';
        expect(shiftFormula(shiftFormula(formula, r, c), -r, -c)).toBe(formula);
      }),
    );
  });
});

describe('column letters', () => {
  it('round-trips', () => {
    expect(columnLetter(1)).toBe('A');
    expect(columnLetter(27)).toBe('AA');
    expect(columnNumber('az')).toBe(52);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18_278 }), (n) => {
        expect(columnNumber(columnLetter(n))).toBe(n);
      }),
    );
  });
});
