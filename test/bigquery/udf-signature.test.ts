// BigQuery signatures from the catalog, and the build's refusal, by name, of what has no mapping.

import { describe, expect, it } from 'vitest';
import { COVER_DAYS, CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions/catalog';
import type { CustomFunctionSpec, ParamSpec } from '../../src/addon/custom-functions/spec';
import { functionSql } from '../../src/bigquery/function-sql';
import { DATASET } from '../../src/bigquery/sql-text';
import { stockoutPlaybookSql } from '../../src/bigquery/stockout-playbook-sql';
import { udfSignature } from '../../src/bigquery/udf-signature';

const byName = (name: string) =>
  CUSTOM_FUNCTIONS.find((s) => s.name === name) as CustomFunctionSpec;

describe('udfSignature', () => {
  it('types numbers FLOAT64, weights ARRAY<FLOAT64>, a phase STRING and RANK_DROP a STRUCT', () => {
    expect(udfSignature(byName('COVER_DAYS'))).toMatchObject({
      args: [
        { name: 'stock', sqlType: 'FLOAT64' },
        { name: 'daily_sales', sqlType: 'FLOAT64' },
        { name: 'inbound', sqlType: 'FLOAT64' },
      ],
      valueType: 'FLOAT64',
    });
    expect(udfSignature(byName('DAILY_SALES')).args.at(-1)).toEqual({
      name: 'weights',
      sqlType: 'ARRAY<FLOAT64>',
    });
    expect(udfSignature(byName('STOCKOUT_PHASE')).valueType).toBe('STRING');
    expect(udfSignature(byName('RANK_DROP')).valueType).toBe(
      'STRUCT<fall FLOAT64, severity STRING>',
    );
    for (const spec of CUSTOM_FUNCTIONS) {
      expect(udfSignature(spec).args.map((a) => a.sqlType)).not.toContain('INT64');
    }
  });

  it('types a date DATE, and DEMAND_STATS as an aggregate over one SKU: the SKU left out', () => {
    const order = udfSignature(byName('ORDER_BY_DATE'));
    expect(order.args.at(-1)).toEqual({ name: 'today', sqlType: 'DATE' });
    expect(order.valueType).toBe('DATE');
    expect(udfSignature(byName('SAFETY_DAYS')).valueType).toBe('FLOAT64');
    const demand = udfSignature(byName('DEMAND_STATS'));
    expect(demand.args.map((a) => [a.name, a.sqlType])).toEqual([
      ['history', 'ARRAY<STRUCT<date DATE, units FLOAT64, available FLOAT64>>'],
      ['as_of', 'DATE'],
      ['horizon_days', 'FLOAT64'],
    ]);
    expect(demand.args[0]?.usage).toMatch(/ARRAY_AGG\(STRUCT\(date, units, available\)/);
    expect(demand.valueType).toBe(
      'STRUCT<daily_rate FLOAT64, weekly_sd FLOAT64, seasonal_factor FLOAT64>',
    );
  });

  it('refuses, naming the function, an argument kind it has no BigQuery type for', () => {
    const matrix = {
      ...COVER_DAYS,
      name: 'MATRIX_FN',
      params: [...COVER_DAYS.params, { name: 'grid', doc: '', kind: 'matrix', optional: false }],
    } as unknown as CustomFunctionSpec;
    expect(() => udfSignature(matrix)).toThrow(
      /MATRIX_FN cannot be generated: argument grid is of kind 'matrix'/,
    );
  });

  it('leaves a SKU argument out only beside the history it picks from', () => {
    const sku = {
      ...COVER_DAYS,
      params: [{ name: 'skus', doc: '', kind: 'text', optional: false }, ...COVER_DAYS.params],
    } as CustomFunctionSpec;
    expect(() => udfSignature(sku)).toThrow(
      /COVER_DAYS cannot be generated: argument skus of kind 'text' is only left out beside a 'table' argument/,
    );
  });

  it('refuses a result it cannot type: a Date example, a blank example, a reserved argument name', () => {
    // A date function's example gives its day as a serial, typed DATE by its resultKind.
    const dated = {
      ...COVER_DAYS,
      name: 'ORDER_BY_DATE',
      resultKind: 'date',
      example: { formula: '', args: [], result: new Date(0) },
    };
    expect(() => udfSignature(dated as unknown as CustomFunctionSpec)).toThrow(
      /ORDER_BY_DATE cannot be generated: result value in its worked example is "1970-01-01T00:00:00.000Z"/,
    );
    const blank = { ...COVER_DAYS, example: { formula: '', args: [], result: undefined } };
    expect(() => udfSignature(blank)).toThrow(
      /COVER_DAYS cannot be generated: result value .* blank/,
    );
    const reserved = {
      ...COVER_DAYS,
      params: [{ ...(COVER_DAYS.params[0] as ParamSpec), name: 'range' }],
    };
    expect(() => udfSignature(reserved as CustomFunctionSpec)).toThrow(/argument range cannot be/);
  });
});

describe('the SQL file guards', () => {
  it('refuses a runtime that would break the file: a placeholder or the end of the raw string', () => {
    const only = (bad: string) => (fn: string) => (fn === 'SAFETY_DAYS' ? bad : 'var x = 1;');
    expect(() => stockoutPlaybookSql(only(`var x = "${DATASET}";`))).toThrow(
      /runtime of SAFETY_DAYS contains \$\{dataset\}/,
    );
    expect(() => stockoutPlaybookSql(only('var x = """;'))).toThrow(/SAFETY_DAYS contains """/);
  });

  it("refuses a body over BigQuery's 32,768-byte limit, naming the function", () => {
    expect(() => functionSql(COVER_DAYS, 'x'.repeat(33_000))).toThrow(
      /COVER_DAYS cannot be generated: its JavaScript body is \d+ bytes, over BigQuery's 32768/,
    );
  });
});
