// Every generated JavaScript UDF run the way BigQuery runs it (the body inside a function whose
// parameters are the SQL arguments, in a bare JavaScript realm, NULL as null, numbers as floats,
// a DATE as a Date at midnight UTC, an ARRAY of STRUCTs as an array of objects) against
// dist/Code.js called by name as Sheets calls it, on the worked examples and random rows.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions/catalog';
import { CELL_ERROR_PREFIX } from '../../src/addon/custom-functions/run-custom-function';
import type { CustomFunctionSpec } from '../../src/addon/custom-functions/spec';
import { InputError } from '../../src/core/input-error';
import { type LoadedBundle, loadBundle } from '../support/load-bundle';
import { type FunctionStatement, readFunction, readSql, splitStatements } from './sql-statements';
import { compileUdf as compileFunction, type Udf, type UdfRow } from './udf-realm';

type HistoryElement = { date: Date | null; units: number | null; available: number | null } | null;

let bundle: LoadedBundle;
const functions = new Map<string, FunctionStatement>();

beforeAll(() => {
  bundle = loadBundle();
  for (const statement of splitStatements(readSql())) {
    const fn = readFunction(statement);
    if (fn) functions.set(fn.name, fn);
  }
});

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const FIRST_DATE = Date.parse('0001-01-01T00:00:00Z');
const LAST_DATE = Date.parse('9999-12-31T00:00:00Z');
const dateOfSerial = (serial: number) => new Date(SERIAL_EPOCH_UTC + serial * DAY_MS);
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** The SKU argument of DEMAND_STATS: left out of the SQL form, whose history is one SKU's. */
const implicit = (spec: CustomFunctionSpec, i: number) => spec.params[i]?.kind === 'text';

/** The UDF as BigQuery calls it. */
function compileUdf(spec: CustomFunctionSpec): { udf: Udf; realm: object } {
  const fn = functions.get(`${spec.name}_RESULT`);
  if (fn === undefined) throw new Error(`no ${spec.name}_RESULT in the SQL file`);
  return compileFunction(fn);
}

/**
 * What Sheets passes for the SQL arguments of one row, per catalog parameter: a blank cell for
 * NULL, one row for an array of weights, a date cell (a Date at midnight in the spreadsheet's
 * zone, UTC here) for a DATE, the Sales-history rows of SKU `sku` for the history array (an
 * element of NULLs is a blank row), and `sku` for the SKU the SQL form leaves out.
 */
function sheetsArgs(spec: CustomFunctionSpec, sqlArgs: readonly unknown[], sku = 'SKU-1') {
  let next = 0;
  return spec.params.map((param, i) => {
    if (implicit(spec, i)) return sku;
    const value = sqlArgs[next++];
    if (value === null) return '';
    if (param.kind === 'weights') return (value as unknown[]).length === 0 ? '' : [value];
    if (param.kind === 'table') return historyRows(value as HistoryElement[], sku);
    return value;
  });
}

function historyRows(history: readonly HistoryElement[], sku: string): unknown[][] {
  return history.map((e) =>
    e === null || (e.date === null && e.units === null && e.available === null)
      ? ['', '', '', '']
      : [e.date ?? '', sku, e.units ?? '', e.available ?? ''],
  );
}

/** A result cell as the UDF should give it: blank as NULL, a date past BigQuery's years refused. */
function sqlValue(spec: CustomFunctionSpec, cell: unknown): unknown {
  if (cell === '') return null;
  const time = isDate(cell) ? cell.getTime() : 0;
  if (isDate(cell) && !(time >= FIRST_DATE && time <= LAST_DATE)) {
    // Sheets shows such a Date (Invalid Date when the day is past any Date); BigQuery has no DATE for it.
    throw new InputError('outOfRange', {
      arg: spec.name,
      min: '0001-01-01',
      max: '9999-12-31',
      value: Number.isFinite(time) ? cell.toISOString().slice(0, 10) : 'Invalid Date',
    });
  }
  return cell;
}

/** The bundle's answer for one row, as the UDF should give it: blanks NULL, a thrown message as error. */
function expectedRow(spec: CustomFunctionSpec, sqlArgs: readonly unknown[]): UdfRow {
  try {
    const result = bundle.call(spec.name, ...sheetsArgs(spec, sqlArgs));
    if (spec.columns === undefined) return { value: sqlValue(spec, result), error: null };
    const cells = (result as unknown[][])[0] as unknown[];
    if (cells.every((c) => c === '')) return { value: null, error: null };
    return {
      value: Object.fromEntries(spec.columns.map((name, i) => [name, sqlValue(spec, cells[i])])),
      error: null,
    };
  } catch (error) {
    return { value: null, error: (error as Error).message };
  }
}

/** A message about the whole Sales-history range (its name comes before the first colon). */
function isHistoryError(error: unknown): boolean {
  return typeof error === 'string' && /history/i.test(error.split(':')[0] as string);
}

/** One row of a column formula's result as the UDF gives it: a ⚠ message becomes the error. */
function columnCell(spec: CustomFunctionSpec, line: readonly unknown[]): UdfRow {
  const cells = line.slice(0, spec.columns?.length ?? 1);
  const first = cells[0];
  if (typeof first === 'string' && first.startsWith(CELL_ERROR_PREFIX)) {
    return { value: null, error: first.slice(CELL_ERROR_PREFIX.length) };
  }
  try {
    if (cells.every((c) => c === '')) return { value: null, error: null };
    if (spec.columns === undefined) return { value: sqlValue(spec, first), error: null };
    const value = Object.fromEntries(
      spec.columns.map((name, i) => [name, sqlValue(spec, cells[i])]),
    );
    return { value, error: null };
  } catch (error) {
    return { value: null, error: (error as Error).message };
  }
}

/** Same value: numbers compared with Object.is (so -0 and 0 differ), dates by their time. */
function sameCell(a: unknown, b: unknown): boolean {
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return Object.is(a, b);
}

/** Same value and message. */
function sameRow(row: UdfRow, expected: UdfRow) {
  if (row.error !== expected.error) return false;
  const a = row.value;
  const b = expected.value;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || isDate(a)) {
    return sameCell(a, b);
  }
  const keys = Object.keys(b);
  return (
    Object.keys(a).length === keys.length &&
    keys.every((k) =>
      sameCell((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** SQL values a user's table can hold: NULLs, zeros, counts, fractions, negatives, NaN, ±Infinity. */
const sqlNumber: fc.Arbitrary<number | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(0, -0, 1, 7, 10, 14, 30, 60, 75, 100, 140) },
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 500 }) },
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }) },
  { weight: 5, arbitrary: fc.double({ min: 0.5, max: 0.9999, noNaN: true }) },
  { weight: 1, arbitrary: fc.integer({ min: -100, max: -1 }) },
  { weight: 1, arbitrary: fc.double() },
);
const sqlWeights: fc.Arbitrary<number[] | null> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant<number[]>([]) },
  {
    weight: 4,
    arbitrary: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: 3,
      maxLength: 3,
    }),
  },
  { weight: 1, arbitrary: fc.array(fc.double(), { minLength: 1, maxLength: 5 }) },
);

/** A DATE: NULL, a recent day, or BigQuery's first and last days and Sheets' day 0. */
const recentDay = fc.integer({ min: 44_927, max: 46_752 }); // 2023-01-01 … 2027-12-31
const sqlDate: fc.Arbitrary<Date | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 12, arbitrary: recentDay.map(dateOfSerial) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(FIRST_DATE, LAST_DATE, SERIAL_EPOCH_UTC).map((t) => new Date(t)),
  },
);

/** One day of a SKU's history: sometimes no row, units sold, and what was left (often unknown). */
const historyDay = fc.record({
  row: fc.oneof({ weight: 6, arbitrary: fc.constant(1) }, fc.constantFrom(0, 2)),
  units: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 40 }) },
    fc.double({ min: 0, max: 40, noNaN: true }),
  ),
  available: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 300 }) },
  ),
});

/** A run of days from a start day: short (weeks) or over a year, for the seasonal factor. */
const historyRun: fc.Arbitrary<HistoryElement[]> = fc
  .tuple(
    recentDay,
    fc.oneof(
      { weight: 9, arbitrary: fc.array(historyDay, { minLength: 1, maxLength: 45 }) },
      { weight: 1, arbitrary: fc.array(historyDay, { minLength: 366, maxLength: 420 }) },
    ),
    fc.boolean(),
  )
  .map(([start, days, knownStock]) =>
    days.flatMap((day, d) =>
      Array.from({ length: day.row }, () => ({
        date: dateOfSerial(start - days.length + d),
        units: day.units,
        available: knownStock ? day.available : null,
      })),
    ),
  );

/** Corruptions a warehouse table can hold, one of them put somewhere in a run. */
const BAD_ELEMENTS: readonly ((e: NonNullable<HistoryElement>) => HistoryElement)[] = [
  (e) => ({ ...e, date: null }),
  (e) => ({ ...e, units: null }),
  (e) => ({ ...e, units: -3 }),
  (e) => ({ ...e, units: Number.NaN }),
  (e) => ({ ...e, available: -1 }),
  (e) => ({ ...e, units: Number.POSITIVE_INFINITY }),
  () => ({ date: null, units: null, available: null }),
  () => null,
];
const sqlHistory: fc.Arbitrary<HistoryElement[] | null> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant<HistoryElement[]>([]) },
  { weight: 12, arbitrary: historyRun },
  {
    weight: 3,
    arbitrary: fc
      .tuple(historyRun, fc.nat(), fc.nat({ max: BAD_ELEMENTS.length - 1 }))
      .map(([run, at, bad]) => {
        const i = at % run.length;
        const element = run[i] as NonNullable<HistoryElement>;
        return run.map((e, j) =>
          j === i ? (BAD_ELEMENTS[bad] as (typeof BAD_ELEMENTS)[0])(element) : e,
        );
      }),
  },
);

/** A value of one SQL argument type, as BigQuery would pass it. */
function sqlValueOf(type: string): fc.Arbitrary<unknown> {
  if (type === 'FLOAT64') return sqlNumber;
  if (type === 'ARRAY<FLOAT64>') return sqlWeights;
  if (type === 'DATE') return sqlDate;
  if (type.startsWith('ARRAY<STRUCT<date DATE')) return sqlHistory;
  throw new Error(`no generator for ${type}`);
}

/** One row of SQL arguments; one row in fifty is all NULL, as the blank rows of a table are. */
function sqlRow(spec: CustomFunctionSpec): fc.Arbitrary<unknown[]> {
  const params = functions.get(`${spec.name}_RESULT`)?.params ?? [];
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(params.map(() => null)) },
    { weight: 49, arbitrary: fc.tuple(...params.map((p) => sqlValueOf(p.type))) },
  );
}

/** The worked example's arguments as SQL values: serial days as DATEs, the history as structs. */
function exampleSqlArgs(spec: CustomFunctionSpec): unknown[] {
  const args: unknown[] = [];
  spec.params.forEach((param, i) => {
    if (implicit(spec, i)) return;
    const v = spec.example.args[i];
    if (v === undefined || v === '') args.push(null);
    else if (param.kind === 'date') args.push(dateOfSerial(v as number));
    else if (param.kind === 'table') {
      args.push(
        (v as unknown[][]).map(([date, , units, available]) => ({
          date: dateOfSerial(date as number),
          units,
          available: available ?? null,
        })),
      );
    } else args.push(v);
  });
  return args;
}

/**
 * The whole column as one Sheets formula, per parameter: a column of the rows' cells, the
 * weights left out (given once per call), one SKU per row and all their history rows as one
 * Sales-history range. The rows whose history cannot be read are left out (in Sheets one bad
 * history row is the whole call's error), and a NULL as_of is the day after that SKU's own last
 * day: the aggregate form sees only its SKU's rows, where the sheet takes the whole range's.
 */
function columnCall(spec: CustomFunctionSpec, rows: readonly unknown[][]) {
  const sheetRows = rows.map((args, r) => sheetsArgs(spec, args, `SKU-${r}`));
  const tableAt = spec.params.findIndex((p) => p.kind === 'table');
  const dateAt = spec.params.findIndex((p) => p.name === 'as_of');
  if (tableAt >= 0 && dateAt >= 0) {
    for (const args of sheetRows) {
      const table = Array.isArray(args[tableAt]) ? (args[tableAt] as unknown[][]) : [];
      const days = table.map((row) => row[0]).filter(isDate);
      if (args[dateAt] === '' && days.length > 0) {
        args[dateAt] = new Date(Math.max(...days.map((d) => d.getTime())) + DAY_MS);
      }
    }
  }
  const sheet = bundle.call(
    spec.name,
    ...spec.params.map((p, i) => {
      if (p.kind === 'weights') return '';
      if (p.kind === 'table') {
        return sheetRows.flatMap((args) =>
          Array.isArray(args[i]) ? (args[i] as unknown[][]) : [],
        );
      }
      return sheetRows.map((args) => [args[i]]);
    }),
  ) as unknown[][];
  return rows.map((_, r) => columnCell(spec, sheet[r] as unknown[]));
}

describe('generated BigQuery UDFs', () => {
  it('exist for every custom function, with the catalog arguments in order, the SKU left out', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      for (const suffix of ['_RESULT', '', '_ERROR']) {
        const fn = functions.get(`${spec.name}${suffix}`);
        expect(fn, `${spec.name}${suffix}`).toBeDefined();
        expect(fn?.params.map((p) => p.name)).toEqual(
          spec.params.filter((_, i) => !implicit(spec, i)).map((p) => p.name),
        );
      }
    }
    expect(functions.get('DEMAND_STATS')?.params.map((p) => p.name)).toEqual([
      'history',
      'as_of',
      'horizon_days',
    ]);
  });

  for (const spec of CUSTOM_FUNCTIONS) {
    describe(spec.name, () => {
      it('gives the worked example, as the bundle does', () => {
        const { udf } = compileUdf(spec);
        const args = exampleSqlArgs(spec);
        const row = udf(...args);
        const expected = expectedRow(spec, args);
        expect(sameRow(row, expected), JSON.stringify({ row, expected })).toBe(true);
        const result = spec.example.result;
        const cell = (v: unknown) =>
          spec.resultKind === 'date' ? dateOfSerial(v as number).toISOString() : v;
        const value = Array.isArray(result)
          ? Object.fromEntries((spec.columns ?? []).map((c, i) => [c, cell(result[0]?.[i])]))
          : cell(result);
        expect(JSON.parse(JSON.stringify(row))).toEqual({ value, error: null });
      });

      it('gives what the bundle gives, per cell and as one column formula, on 10,000 random rows', () => {
        const { udf, realm } = compileUdf(spec);
        const rows = fc.sample(sqlRow(spec), { numRuns: 10_000, seed: 14 });
        const results = rows.map((args) => udf(...args));
        const seen = { value: 0, error: 0, blank: 0 };
        const differ: unknown[] = [];
        const expected = rows.map((args) => expectedRow(spec, args));
        rows.forEach((args, r) => {
          const row = results[r] as UdfRow;
          if (!sameRow(row, expected[r] as UdfRow)) {
            differ.push({ args, row, expected: expected[r] });
          }
          if (row.error !== null) seen.error++;
          else if (row.value === null) seen.blank++;
          else seen.value++;
        });
        // A column formula takes the weights once for the whole call: its rows leave them NULL.
        // One bad history row fails a whole formula over a Sales-history range: those rows are
        // compared per cell only.
        const hasWeights = spec.params.some((p) => p.kind === 'weights');
        const kept = rows.map((_, r) => r).filter((r) => !isHistoryError(expected[r]?.error));
        const columnRows = kept.map((r) =>
          (rows[r] as unknown[]).map((v, i) => (spec.params[i]?.kind === 'weights' ? null : v)),
        );
        const columnResults = hasWeights
          ? columnRows.map((args) => udf(...args))
          : kept.map((r) => results[r] as UdfRow);
        const chunk = 1_000;
        for (let from = 0; from < columnRows.length; from += chunk) {
          const part = columnRows.slice(from, from + chunk);
          columnCall(spec, part).forEach((cell, r) => {
            const row = columnResults[from + r] as UdfRow;
            if (!sameRow(row, cell)) {
              differ.push({ column: true, args: part[r], row, expected: cell });
            }
          });
        }
        expect(differ.slice(0, 3)).toEqual([]);
        expect(kept.length).toBeGreaterThan(8_000);
        // The rows reached every outcome, and the body kept no state between calls.
        expect(seen.value, JSON.stringify(seen)).toBeGreaterThan(500);
        expect(seen.error, JSON.stringify(seen)).toBeGreaterThan(500);
        expect(seen.blank, JSON.stringify(seen)).toBeGreaterThan(100);
        expect(Object.keys(realm)).toEqual([]);
        // Each result column took several values, not one constant (a year of history moves the
        // seasonal factor off 1; a severity takes each of its four).
        for (const column of spec.columns ?? []) {
          const values = new Set(
            results.map((row) => (row.value as Record<string, unknown> | null)?.[column] ?? null),
          );
          values.delete(null);
          expect(values.size, column).toBeGreaterThan(3);
        }
        // Three evaluations per row, each re-reading the whole body: seconds, not the default 20.
      }, 180_000);
    });
  }

  it('names the argument as the cell does for a bad row instead of failing the query', () => {
    const cover = CUSTOM_FUNCTIONS.find((s) => s.name === 'COVER_DAYS') as CustomFunctionSpec;
    const { udf } = compileUdf(cover);
    expect(udf(-5, 2, null)).toEqual({
      value: null,
      error: expect.stringMatching(/cannot be negative, got -5/),
    });
    expect(udf(-5, 2, null)).toEqual(expectedRow(cover, [-5, 2, null]));
    expect(udf(null, null, null)).toEqual({ value: null, error: null });
    expect(udf(100, 5, null)).toEqual({ value: 20, error: null });
  });

  it('returns RANK_DROP as a struct of its two columns', () => {
    const rank = CUSTOM_FUNCTIONS.find((s) => s.name === 'RANK_DROP') as CustomFunctionSpec;
    const { udf } = compileUdf(rank);
    expect(udf(12, null, null, null, null)).toEqual({
      value: { fall: null, severity: 'SEVERE' },
      error: null,
    });
    expect(udf(12, 9, null, null, null)).toEqual({
      value: { fall: -3, severity: 'RECOVERED' },
      error: null,
    });
  });

  it('returns ORDER_BY_DATE as a DATE, and refuses one past 9999-12-31 instead of failing', () => {
    const spec = CUSTOM_FUNCTIONS.find((s) => s.name === 'ORDER_BY_DATE') as CustomFunctionSpec;
    const { udf } = compileUdf(spec);
    const row = udf(900, 0, 10, 67, 10, new Date('2026-12-01T00:00:00Z'));
    expect(isDate(row.value) && (row.value as Date).toISOString()).toBe('2026-12-14T00:00:00.000Z');
    expect(udf(900, 0, 10, 67, 10, new Date('9999-12-31T00:00:00Z'))).toEqual({
      value: null,
      error: expect.stringMatching(/^ORDER_BY_DATE must be between 0001-01-01 and 9999-12-31/),
    });
  });

  it('reads DEMAND_STATS history as one SKU: NULL elements skipped, a bad element named by position', () => {
    const spec = CUSTOM_FUNCTIONS.find((s) => s.name === 'DEMAND_STATS') as CustomFunctionSpec;
    const { udf } = compileUdf(spec);
    const day = (iso: string, units: number | null, available: number | null = null) => ({
      date: new Date(`${iso}T00:00:00Z`),
      units,
      available,
    });
    const history = [day('2026-11-29', 10), null, day('2026-11-30', 10)];
    expect(udf(history, null, null)).toEqual({
      value: { daily_rate: 10, weekly_sd: 0, seasonal_factor: 1 },
      error: null,
    });
    // Out of stock from 11-30 on: the rate counts in-stock days only.
    const stockout = [day('2026-11-29', 10, 0), day('2026-11-30', 0, 0), day('2026-11-28', 10, 5)];
    const rate = udf(stockout, new Date('2026-12-01T00:00:00Z'), 30).value as {
      daily_rate: number;
    };
    expect(rate.daily_rate).toBeCloseTo(10, 9);
    expect(udf([day('2026-11-29', 10), day('2026-11-30', null)], null, null)).toEqual({
      value: null,
      error: expect.stringMatching(/history row 2: Units sold is blank/),
    });
    expect(udf(null, null, null)).toEqual({ value: null, error: null });
    expect(udf([], new Date('2026-12-01T00:00:00Z'), 90)).toEqual({ value: null, error: null });
  });
});
