// The sheet formulas read as SQL: the forms the template writes, and a loud refusal of any other.

import { describe, expect, it } from 'vitest';
import { formulaSql } from '../../src/bigquery/sheet-formula-sql';

const bare = (name: string) => name;

describe('formulaSql', () => {
  it('reads a custom function over columns as a call with SQL arguments', () => {
    expect(formulaSql('=COVER_DAYS(fbaStock, dailySales, inbound)', (k) => `c.${k}`)).toEqual({
      kind: 'call',
      fn: 'COVER_DAYS',
      args: ['c.fbaStock', 'c.dailySales', 'c.inbound'],
    });
  });

  it('unwraps ARRAYFORMULA and reads a blank test, numbers and an array of weights', () => {
    expect(
      formulaSql(
        '=ARRAYFORMULA(REORDER_QTY(s, IF(c="", IF(s="", "", 60), c), {0.5,0.3,0.2}))',
        bare,
      ),
    ).toEqual({
      kind: 'call',
      fn: 'REORDER_QTY',
      args: ['s', 'IF(c IS NULL, IF(s IS NULL, NULL, 60), c)', '[0.5, 0.3, 0.2]'],
    });
  });

  it('reads a date minus TODAY() and TODAY() minus a date as whole days', () => {
    expect(formulaSql('=ARRAYFORMULA(IF(eta="", "", eta-TODAY()))', bare)).toEqual({
      kind: 'expr',
      sql: 'IF(eta IS NULL, NULL, CAST(DATE_DIFF(eta, CURRENT_DATE(), DAY) AS FLOAT64))',
    });
    expect(formulaSql('=TODAY()-restock', bare)).toEqual({
      kind: 'expr',
      sql: 'CAST(DATE_DIFF(CURRENT_DATE(), restock, DAY) AS FLOAT64)',
    });
  });

  it('refuses, naming the formula, what it has no faithful translation for', () => {
    expect(() => formulaSql('=VLOOKUP(a, b, 2)', bare)).toThrow(/=VLOOKUP\(a, b, 2\).*VLOOKUP/);
    expect(() => formulaSql('=IF(a="x", 1, 2)', bare)).toThrow(/text "x"|blank/);
    expect(() => formulaSql('=IF(a=1, 1, 2)', bare)).toThrow(/only read as a test for a blank/);
    expect(() => formulaSql('=COVER_DAYS(DAILY_SALES(a, b, c), 1)', bare)).toThrow(
      /DAILY_SALES is only translated as the whole formula/,
    );
    expect(() => formulaSql('=a * b', bare)).toThrow(/cannot read it/);
    expect(() => formulaSql('COVER_DAYS(a, b)', bare)).toThrow(/does not start with =/);
    expect(() => formulaSql('=COVER_DAYS(a, b', bare)).toThrow(/expected/);
  });
});
