// The Sheets → engine formula translation: open ranges, a pinned TODAY(), literals left alone.

import { describe, expect, it } from 'vitest';
import { isFormula, translateFormula } from '../../../preview/engine/translate-formula';

const rows = (last: Record<string, number>, own = 31) => ({
  lastRowOf: (sheet: string | undefined) => (sheet === undefined ? own : (last[sheet] ?? 0)),
});

describe('translateFormula', () => {
  it('closes open ranges at the sheet’s last row', () => {
    expect(translateFormula('=COVER_DAYS(D2:D, K2:K, E2:E)', rows({}))).toBe(
      '=COVER_DAYS(D2:D31, K2:K31, E2:E31)',
    );
  });

  it('keeps $ anchors and lower-case references', () => {
    expect(translateFormula('=SUM($D$2:$D)+sum(d3:d)', rows({}, 100))).toBe(
      '=SUM($D$2:$D100)+sum(d3:d100)',
    );
  });

  it('uses the named sheet’s last row, quoted or not', () => {
    expect(
      translateFormula("=SUM('Q1 sales'!B2:B)+SUM(Data!AA5:AB)", rows({ 'Q1 sales': 12, Data: 7 })),
    ).toBe("=SUM('Q1 sales'!B2:B12)+SUM(Data!AA5:AB7)");
  });

  it('never ends a range above its first row', () => {
    expect(translateFormula('=SUM(D40:D)', rows({}, 31))).toBe('=SUM(D40:D40)');
  });

  it('leaves closed ranges, whole columns and cell references alone', () => {
    const formula = '=SUM(A2:B3)+SUM(C:C)+D4+LOG10(E2)+SUM(AB12:AC14)';
    expect(translateFormula(formula, rows({}))).toBe(formula);
  });

  it('works inside ARRAYFORMULA and IF, as the template writes them', () => {
    expect(translateFormula('=ARRAYFORMULA(IF(F2:F="", "", F2:F - TODAY()))', rows({}, 1000))).toBe(
      '=ARRAYFORMULA(IF(F2:F1000="", "", F2:F1000 - TODAY()))',
    );
  });

  it('does not touch text inside string literals', () => {
    expect(translateFormula('=IF(A2="see D2:D", "TODAY()", D2:D)', rows({}, 9))).toBe(
      '=IF(A2="see D2:D", "TODAY()", D2:D9)',
    );
    expect(translateFormula('="say ""D2:D"""&D2:D', rows({}, 9))).toBe('="say ""D2:D"""&D2:D9');
  });

  it('writes the values TRUE and FALSE as the engine’s functions', () => {
    expect(translateFormula('=IF(TRUE, false, TRUE())&"TRUE"', rows({}))).toBe(
      '=IF(TRUE(), FALSE(), TRUE())&"TRUE"',
    );
  });

  it('pins TODAY() and NOW() when the context fixes the day', () => {
    const today = new Date(2025, 2, 14, 6, 0, 0);
    expect(translateFormula('=F2-TODAY()', { ...rows({}), today })).toBe('=F2-DATE(2025,3,14)');
    expect(translateFormula('=now( )', { ...rows({}), today })).toBe('=(DATE(2025,3,14)+0.25)');
    expect(translateFormula('=F2-TODAY()', rows({}))).toBe('=F2-TODAY()');
  });
});

describe('isFormula', () => {
  it('is true for text that starts with = and has more', () => {
    expect(isFormula('=A1')).toBe(true);
    expect(isFormula('=')).toBe(false);
    expect(isFormula(' =A1')).toBe(false);
    expect(isFormula(12)).toBe(false);
  });
});
