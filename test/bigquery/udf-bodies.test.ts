// Every generated JavaScript UDF run the way BigQuery runs it (the body inside a function whose
// parameters are the SQL arguments, in a bare JavaScript realm, NULL as null, numbers as floats)
// against dist/Code.js called by name as Sheets calls it, on the worked examples and random rows.

import { createContext, runInContext } from 'node:vm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/addon/custom-functions/catalog';
import { CELL_ERROR_PREFIX } from '../../src/addon/custom-functions/run-custom-function';
import type { CustomFunctionSpec } from '../../src/addon/custom-functions/spec';
import { type LoadedBundle, loadBundle } from '../support/load-bundle';
import { type FunctionStatement, readFunction, readSql, splitStatements } from './sql-statements';

type UdfRow = { value: unknown; error: unknown };
type Udf = (...args: unknown[]) => UdfRow;

let bundle: LoadedBundle;
const functions = new Map<string, FunctionStatement>();

beforeAll(() => {
  bundle = loadBundle();
  for (const statement of splitStatements(readSql())) {
    const fn = readFunction(statement);
    if (fn) functions.set(fn.name, fn);
  }
});

/** The UDF as BigQuery calls it: a fresh realm with nothing but JavaScript's own globals. */
function compileUdf(spec: CustomFunctionSpec): { udf: Udf; realm: object } {
  const fn = functions.get(`${spec.name}_RESULT`);
  if (fn === undefined) throw new Error(`no ${spec.name}_RESULT in the SQL file`);
  const realm = createContext({});
  const names = fn.params.map((p) => p.name).join(', ');
  const udf = runInContext(`(function (${names}) {\n${fn.body}\n})`, realm) as Udf;
  return { udf, realm };
}

/** What Sheets passes for one SQL argument: a blank cell for NULL, one row for an array. */
function sheetsArg(spec: CustomFunctionSpec, i: number, value: unknown): unknown {
  const kind = spec.params[i]?.kind;
  if (value === null) return '';
  if (kind === 'weights') return (value as unknown[]).length === 0 ? '' : [value];
  return value;
}

/** The bundle's answer for one row, as the UDF should give it: blanks NULL, a thrown message as error. */
function expectedRow(spec: CustomFunctionSpec, sqlArgs: readonly unknown[]) {
  let result: unknown;
  try {
    result = bundle.call(spec.name, ...sqlArgs.map((v, i) => sheetsArg(spec, i, v)));
  } catch (error) {
    return { value: null, error: (error as Error).message };
  }
  const cell = (v: unknown) => (v === '' ? null : v);
  if (spec.columns === undefined) return { value: cell(result), error: null };
  const cells = (result as unknown[][])[0] as unknown[];
  if (cells.every((c) => c === '')) return { value: null, error: null };
  return {
    value: Object.fromEntries(spec.columns.map((name, i) => [name, cell(cells[i])])),
    error: null,
  };
}

/** One row of a column formula's result as the UDF gives it: a ⚠ message becomes the error. */
function columnCell(spec: CustomFunctionSpec, line: readonly unknown[]): UdfRow {
  const cells = line.slice(0, spec.columns?.length ?? 1);
  const first = cells[0];
  if (typeof first === 'string' && first.startsWith(CELL_ERROR_PREFIX)) {
    return { value: null, error: first.slice(CELL_ERROR_PREFIX.length) };
  }
  if (cells.every((c) => c === '')) return { value: null, error: null };
  if (spec.columns === undefined) return { value: first, error: null };
  const value = Object.fromEntries(
    spec.columns.map((name, i) => [name, cells[i] === '' ? null : cells[i]]),
  );
  return { value, error: null };
}

/** Same value and message; numbers compared with Object.is, so -0 and 0 differ. */
function sameRow(
  row: { value: unknown; error: unknown },
  expected: { value: unknown; error: unknown },
) {
  if (row.error !== expected.error) return false;
  const a = row.value;
  const b = expected.value;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return Object.is(a, b);
  }
  const keys = Object.keys(b);
  return (
    Object.keys(a).length === keys.length &&
    keys.every((k) =>
      Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

/** SQL values a user's table can hold: NULLs, zeros, counts, fractions, negatives, NaN, ±Infinity. */
const sqlNumber: fc.Arbitrary<number | null> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 4, arbitrary: fc.constantFrom(0, -0, 1, 7, 10, 14, 30, 60, 75, 100, 140) },
  { weight: 20, arbitrary: fc.integer({ min: 1, max: 500 }) },
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }) },
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

/** One row of arguments; one row in fifty is all NULL, as the blank rows of a table are. */
function sqlRow(spec: CustomFunctionSpec): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(spec.params.map(() => null)) },
    {
      weight: 49,
      arbitrary: fc.tuple(
        ...spec.params.map((p) => (p.kind === 'weights' ? sqlWeights : sqlNumber)),
      ),
    },
  );
}

describe('generated BigQuery UDFs', () => {
  it('exist for every custom function, with the catalog arguments in order', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      for (const suffix of ['_RESULT', '', '_ERROR']) {
        const fn = functions.get(`${spec.name}${suffix}`);
        expect(fn, `${spec.name}${suffix}`).toBeDefined();
        expect(fn?.params.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      }
    }
  });

  for (const spec of CUSTOM_FUNCTIONS) {
    describe(spec.name, () => {
      it('gives the worked example, as the bundle does', () => {
        const { udf } = compileUdf(spec);
        const args = spec.params.map((_, i) => {
          const v = spec.example.args[i];
          return v === undefined || v === '' ? null : v;
        });
        const row = udf(...args);
        expect(row).toEqual(expectedRow(spec, args));
        const result = spec.example.result;
        const value = Array.isArray(result)
          ? Object.fromEntries((spec.columns ?? []).map((c, i) => [c, result[0]?.[i]]))
          : result;
        expect(row).toEqual({ value, error: null });
      });

      it('gives what the bundle gives, per cell and as one column formula, on 10,000 random rows', () => {
        const { udf, realm } = compileUdf(spec);
        const rows = fc.sample(sqlRow(spec), { numRuns: 10_000, seed: 14 });
        const results = rows.map((args) => udf(...args));
        const seen = { value: 0, error: 0, blank: 0 };
        const differ: unknown[] = [];
        rows.forEach((args, r) => {
          const row = results[r] as UdfRow;
          const expected = expectedRow(spec, args);
          if (!sameRow(row, expected)) differ.push({ args, row, expected });
          if (row.error !== null) seen.error++;
          else if (row.value === null) seen.blank++;
          else seen.value++;
        });
        // A column formula takes the weights once for the whole call: its rows leave them NULL.
        const hasWeights = spec.params.some((p) => p.kind === 'weights');
        const columnRows = hasWeights
          ? rows.map((args) => args.map((v, i) => (spec.params[i]?.kind === 'weights' ? null : v)))
          : rows;
        const columnResults = hasWeights ? columnRows.map((args) => udf(...args)) : results;
        const sheet = bundle.call(
          spec.name,
          ...spec.params.map((p, i) =>
            p.kind === 'weights' ? '' : columnRows.map((args) => [args[i] === null ? '' : args[i]]),
          ),
        ) as unknown[][];
        columnRows.forEach((args, r) => {
          const expected = columnCell(spec, sheet[r] as unknown[]);
          const row = columnResults[r] as UdfRow;
          if (!sameRow(row, expected)) differ.push({ column: true, args, row, expected });
        });
        expect(differ.slice(0, 3)).toEqual([]);
        // The rows reached every outcome, and the body kept no state between calls.
        expect(seen.value).toBeGreaterThan(1_000);
        expect(seen.error).toBeGreaterThan(500);
        expect(seen.blank).toBeGreaterThan(100);
        expect(Object.keys(realm)).toEqual([]);
      });
    });
  }

  it('names the argument in both languages for a bad row instead of failing the query', () => {
    const cover = CUSTOM_FUNCTIONS.find((s) => s.name === 'COVER_DAYS') as CustomFunctionSpec;
    const { udf } = compileUdf(cover);
    expect(udf(-5, 2, null)).toEqual({
      value: null,
      error: expect.stringMatching(/^stock cannot be negative, got -5 · stock 不能为负数/),
    });
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
});
