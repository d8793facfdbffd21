// The sheet formulas read as SQL: each form the template writes, typed, with Sheets' coercions
// written out, and a loud refusal of anything else.

import { describe, expect, it } from 'vitest';
import { formulaSql, type SqlColumn, type ValueType } from '../../src/bigquery/sheet-formula-sql';

/** Columns by name: `mode` and `m` hold text, `eta` and `restock` dates, the rest numbers. */
const TYPES: Record<string, ValueType> = { mode: 'text', m: 'text', eta: 'date', restock: 'date' };
const col = (name: string): SqlColumn => ({ sql: name, type: TYPES[name] ?? 'number' });
const fn = (name: string) => `\`\${dataset}.${name}\``;
/** What a formula that reads as one SQL expression gives. */
const expr = (sql: string, type: ValueType) => ({ kind: 'expr', sql, type });
const trimmed = (sql: string) => `LOWER(REGEXP_REPLACE(TRIM(${sql}, " "), " +", " "))`;

describe('formulaSql', () => {
  it('reads a custom function over columns as a call with SQL arguments', () => {
    expect(
      formulaSql('=COVER_DAYS(fbaStock, dailySales, inbound)', (k) => ({
        sql: `c.${k}`,
        type: 'number',
      })),
    ).toEqual({
      kind: 'call',
      fn: 'COVER_DAYS',
      args: ['c.fbaStock', 'c.dailySales', 'c.inbound'],
      type: 'number',
    });
  });

  it('unwraps ARRAYFORMULA, reads an array of weights, and gives a left-out argument as a typed NULL', () => {
    expect(formulaSql('=ARRAYFORMULA(DAILY_SALES(a, b, c, d, e, {0.5,0.3,0.2}))', col)).toEqual({
      kind: 'call',
      fn: 'DAILY_SALES',
      args: ['a', 'b', 'c', 'd', 'e', '[0.5, 0.3, 0.2]'],
      type: 'number',
    });
    expect(formulaSql('=COVER_DAYS(s, d)', col)).toMatchObject({
      args: ['s', 'd', 'CAST(NULL AS FLOAT64)'],
    });
    expect(formulaSql('=DAILY_SALES(a, b, c)', col)).toMatchObject({
      args: [
        'a',
        'b',
        'c',
        'CAST(NULL AS FLOAT64)',
        'CAST(NULL AS FLOAT64)',
        'CAST(NULL AS ARRAY<FLOAT64>)',
      ],
    });
  });

  it('reads a blank test, and a date minus TODAY() and TODAY() minus a date as whole days', () => {
    expect(formulaSql('=ARRAYFORMULA(IF(eta="", "", eta-TODAY()))', col)).toEqual(
      expr('IF(eta IS NULL, NULL, CAST(DATE_DIFF(eta, CURRENT_DATE(), DAY) AS FLOAT64))', 'number'),
    );
    expect(formulaSql('=ARRAYFORMULA(IF(restock="", "", TODAY()-restock))', col)).toEqual(
      expr(
        'IF(restock IS NULL, NULL, CAST(DATE_DIFF(CURRENT_DATE(), restock, DAY) AS FLOAT64))',
        'number',
      ),
    );
  });

  it('reads <>"" as IS NOT NULL, and a number literal column as FLOAT64', () => {
    expect(formulaSql('=ARRAYFORMULA(IF(t<>"", t, 14))', col)).toEqual(
      expr('IF(t IS NOT NULL, t, 14)', 'number'),
    );
    expect(formulaSql('=ARRAYFORMULA(IF(t="", "", 7))', col)).toEqual(
      expr('CAST(IF(t IS NULL, NULL, 7) AS FLOAT64)', 'number'),
    );
  });

  it('reads ISNUMBER as "holds a number" (a date is one, TRUE is not)', () => {
    expect(formulaSql('=ARRAYFORMULA(ISNUMBER(r))', col)).toEqual(expr('r IS NOT NULL', 'bool'));
    expect(formulaSql('=ARRAYFORMULA(ISNUMBER(eta))', col)).toMatchObject({
      sql: 'eta IS NOT NULL',
    });
    expect(formulaSql('=ISNUMBER(1>0)', col)).toMatchObject({ sql: 'FALSE' });
    expect(formulaSql('=ISNUMBER("")', col)).toMatchObject({ sql: 'FALSE' });
  });

  it('reads * and / after + and −, each NULL where Sheets gives an error (overflow, ÷ 0)', () => {
    expect(
      formulaSql('=ARRAYFORMULA(IF(ISNUMBER(a), IF(ISNUMBER(b), a+2*b/4-1, ""), ""))', col),
    ).toEqual(
      expr(
        'IF(a IS NOT NULL, IF(b IS NOT NULL, SAFE_SUBTRACT(SAFE_ADD(a, SAFE_DIVIDE(SAFE_MULTIPLY(2, b), 4)), 1), NULL), NULL)',
        'number',
      ),
    );
    expect(formulaSql('=ARRAYFORMULA(IF(ISNUMBER(r), r*IF(ISNUMBER(f), f, 1), ""))', col)).toEqual(
      expr('IF(r IS NOT NULL, SAFE_MULTIPLY(r, IF(f IS NOT NULL, f, 1)), NULL)', 'number'),
    );
  });

  it('reads < > <= >= <> between numbers, and gives text as escaped SQL strings', () => {
    expect(
      formulaSql(
        '=ARRAYFORMULA(IF(ISNUMBER(c), IF(c<28, "low", IF(c>180, "high", IF(c<=30, "near", IF(c>=90, "far", IF(c<>50, "odd", "fifty"))))), ""))',
        col,
      ),
    ).toEqual(
      expr(
        'IF(c IS NOT NULL, IF(c < 28, "low", IF(c > 180, "high", IF(c <= 30, "near", IF(c >= 90, "far", IF(c != 50, "odd", "fifty"))))), NULL)',
        'text',
      ),
    );
    expect(formulaSql('=ARRAYFORMULA(IF(ISNUMBER(c), "say ""hi"" \\ 空运", ""))', col)).toEqual(
      expr('IF(c IS NOT NULL, "say \\"hi\\" \\\\ 空运", NULL)', 'text'),
    );
  });

  it('reads LOWER and TRIM as Sheets does, and compares text without case, a blank as ""', () => {
    expect(formulaSql('=ARRAYFORMULA(LOWER(TRIM(mode))="air")', col)).toEqual(
      expr(`COALESCE(${trimmed('mode')}, "") = "air"`, 'bool'),
    );
    expect(formulaSql('=ARRAYFORMULA(m<>"Air")', col)).toMatchObject({
      sql: 'LOWER(COALESCE(m, "")) != LOWER("Air")',
    });
    expect(formulaSql('=ARRAYFORMULA(IF(m="", "sea", m))', col)).toMatchObject({
      sql: 'IF(COALESCE(m, "") = "", "sea", m)',
      type: 'text',
    });
  });

  it('counts TRUE as 1 in a sum, as INT64, and gives an all-integer column as FLOAT64', () => {
    const mode = `COALESCE(${trimmed('mode')}, "")`;
    expect(
      formulaSql(
        '=ARRAYFORMULA(20+IF(((LOWER(TRIM(mode))="air")+(LOWER(TRIM(mode))="空运"))>0, 10, 40))',
        col,
      ),
    ).toEqual(
      expr(
        `CAST(SAFE_ADD(20, IF(SAFE_ADD(CAST(${mode} = "air" AS INT64), CAST(${mode} = "空运" AS INT64)) > 0, 10, 40)) AS FLOAT64)`,
        'number',
      ),
    );
  });

  it('reads a custom function inside an expression as its value function, its message beside', () => {
    const args = 'a, b, c, CAST(NULL AS FLOAT64), CAST(NULL AS FLOAT64), [0.5, 0.3, 0.2]';
    expect(
      formulaSql(
        '=ARRAYFORMULA(IF(ISNUMBER(r), r, DAILY_SALES(a, b, c, "", "", {0.5,0.3,0.2})))',
        col,
      ),
    ).toEqual({
      kind: 'expr',
      sql: `IF(r IS NOT NULL, r, ${fn('DAILY_SALES')}(${args}))`,
      type: 'number',
      error: `IF(r IS NOT NULL, NULL, ${fn('DAILY_SALES_ERROR')}(${args}))`,
    });
  });

  it('passes TODAY() as a DATE, and leaves out the rows Sheets leaves blank despite a single value', () => {
    expect(formulaSql('=ARRAYFORMULA(ORDER_BY_DATE(s, i, d, c, f, TODAY()))', col)).toEqual({
      kind: 'call',
      fn: 'ORDER_BY_DATE',
      args: ['s', 'i', 'd', 'c', 'f', 'CURRENT_DATE()'],
      type: 'date',
      blankWhen: '(s IS NULL AND i IS NULL AND d IS NULL AND c IS NULL AND f IS NULL)',
    });
    // A range argument that is never blank: Sheets calls it on every row, as SQL does.
    expect(formulaSql('=ARRAYFORMULA(SAFETY_DAYS(d, w, IF(c="", 0, c-7), 7, 0.999))', col)).toEqual(
      {
        kind: 'call',
        fn: 'SAFETY_DAYS',
        args: ['d', 'w', 'IF(c IS NULL, 0, SAFE_SUBTRACT(c, 7))', '7', '0.999'],
        type: 'number',
      },
    );
    expect(formulaSql('=STOCKOUT_PHASE(s, d, g, r, 75, 30)', col)).toMatchObject({
      type: 'text',
      blankWhen: '(s IS NULL AND d IS NULL AND g IS NULL AND r IS NULL)',
    });
  });

  it('reads a worked-out column with a message as blank only when it has neither value nor message', () => {
    const daily = (k: string): SqlColumn =>
      k === 'd' ? { sql: 'd_result.value', type: 'number', error: 'd_result.error' } : col(k);
    expect(formulaSql('=ARRAYFORMULA(IF(d="", "", IF(c="", 60, c)+7))', daily)).toEqual(
      expr(
        'IF((d_result.value IS NULL AND d_result.error IS NULL), NULL, SAFE_ADD(IF(c IS NULL, 60, c), 7))',
        'number',
      ),
    );
  });

  it('passes a message in an argument column on instead of calling on a blank, as the cell does', () => {
    const daily = (k: string): SqlColumn =>
      k === 'd' ? { sql: 'd', type: 'number', error: 'd_error' } : col(k);
    expect(formulaSql('=COVER_DAYS(s, d)', daily)).toEqual({
      kind: 'call',
      fn: 'COVER_DAYS',
      args: ['s', 'd', 'CAST(NULL AS FLOAT64)'],
      type: 'number',
      failedWhen: 'd_error',
    });
    // Inside an expression: NULL and the message; ISNUMBER proves a number, so no message then.
    const safety = `${fn('SAFETY_DAYS')}(d, w, 0, 7, 0.999)`;
    expect(
      formulaSql(
        '=ARRAYFORMULA(IF(d="", "", IF(ISNUMBER(w), SAFETY_DAYS(d, w, 0, 7, 0.999), 14)))',
        daily,
      ),
    ).toEqual({
      kind: 'expr',
      sql: `IF((d IS NULL AND d_error IS NULL), NULL, IF(w IS NOT NULL, IF(d_error IS NOT NULL, NULL, ${safety}), 14))`,
      type: 'number',
      error: `IF((d IS NULL AND d_error IS NULL), NULL, IF(w IS NOT NULL, IF(d_error IS NOT NULL, d_error, ${fn('SAFETY_DAYS_ERROR')}(d, w, 0, 7, 0.999)), NULL))`,
    });
    expect(formulaSql('=ARRAYFORMULA(IF(ISNUMBER(d), COVER_DAYS(s, d), ""))', daily)).toMatchObject(
      {
        kind: 'expr',
        sql: `IF(d IS NOT NULL, ${fn('COVER_DAYS')}(s, d, CAST(NULL AS FLOAT64)), NULL)`,
      },
    );
    // A column that passes its message on as the cell's text.
    expect(formulaSql('=ARRAYFORMULA(IF(d="", "", d))', daily)).toEqual({
      kind: 'expr',
      sql: 'IF((d IS NULL AND d_error IS NULL), NULL, d)',
      type: 'number',
      error: 'IF((d IS NULL AND d_error IS NULL), NULL, d_error)',
    });
    // Compared, a message is text in Sheets: the translation refuses rather than guess.
    expect(() => formulaSql('=ARRAYFORMULA(IF(d="", "", d<28))', daily)).toThrow(
      /d may hold a message/,
    );
  });

  it('refuses, naming the formula, what it has no faithful translation for', () => {
    const refused = (formula: string, why: RegExp) =>
      expect(() => formulaSql(formula, col), formula).toThrow(why);
    expect(() => formulaSql('=VLOOKUP(a, b, 2)', col)).toThrow(/=VLOOKUP\(a, b, 2\).*VLOOKUP/);
    refused('=ARRAYFORMULA(a+1)', /a may be blank there/);
    refused('=ARRAYFORMULA(IF(ISNUMBER(a), a<b, ""))', /b may be blank there/);
    refused('=ARRAYFORMULA(IF(eta="", "", eta-1))', /- of a date/);
    refused('=ARRAYFORMULA(IF(m="", "", m<"b"))', /collation/);
    refused('=ARRAYFORMULA(IF(ISNUMBER(a), a="x", ""))', /= between number and text/);
    refused('=ARRAYFORMULA(IF(ISNUMBER(a), a, "none"))', /IF gives number one way and text/);
    refused('=ARRAYFORMULA(IF(a, 1, 2))', /IF tests number/);
    refused('=ARRAYFORMULA(ISNUMBER(m))', /ISNUMBER of text/);
    refused('=ARRAYFORMULA(LOWER(a))', /LOWER of number/);
    refused('=COVER_DAYS(m, d)', /COVER_DAYS's stock is given text/);
    refused('=COVER_DAYS(a, b, c, d)', /at most 3 arguments/);
    refused('=DEMAND_STATS(sku, history)', /Sales-history range/);
    refused('=ARRAYFORMULA(IF(ISNUMBER(a), RANK_DROP(a, b), ""))', /several cells/);
    refused('=IF(a="", 1)', /IF with 2 arguments, not 3/);
    refused('=ARRAYFORMULA(IF(ISNUMBER(a), a=b=c, ""))', /comparison of a comparison/);
    refused('=a & b', /cannot read it from\s+& b/);
    refused('=""', /gives no value/);
    refused('COVER_DAYS(a, b)', /does not start with =/);
    refused('=COVER_DAYS(a, b', /expected/);
  });
});
