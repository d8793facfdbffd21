// The replenishment view computes what the sheet computes: random SKU rows go through the view's
// worked-out steps as BigQuery evaluates them (sql-evaluate.ts, the dataset's functions run from
// their generated bodies) and through the template's own formulas in the preview's spreadsheet
// engine (HyperFormula with the add-on's custom functions), and every worked-out column agrees.

import fc from 'fast-check';
import pkg from 'node-sql-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSheetError } from '../../preview/engine/engine-values';
import { SpreadsheetEngine } from '../../preview/engine/spreadsheet-engine';
import { CELL_ERROR_PREFIX } from '../../src/addon/custom-functions/run-custom-function';
import {
  type ColumnKey,
  columnOf,
  REPLENISHMENT_COLUMNS,
} from '../../src/addon/replenishment-sheet/replenishment-columns';
import { plannedFormulas, templateColumn } from '../../src/addon/replenishment-sheet/template-plan';
import { sqlColumnName, VIEW_FORMULAS } from '../../src/bigquery/replenishment-view';
import { type FormulaNode, parseFormula } from '../../src/bigquery/sheet-formula';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { evaluate, type SqlScope, type SqlValue } from './sql-evaluate';
import { readFunction, readSql, splitStatements, substitute } from './sql-statements';
import { compileUdf, type Udf } from './udf-realm';

type AstNode = Record<string, unknown>;

const DAY_MS = 86_400_000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const TODAY_UTC = Date.UTC(2026, 10, 20);
const TODAY_SERIAL = (TODAY_UTC - SERIAL_EPOCH_UTC) / DAY_MS;
const ROWS = 400;
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
const SHEET = 'Replenishment';

/** A SKU's inputs, as a seller's table or the reports give them: undefined is a blank cell. */
type Inputs = Partial<Record<ColumnKey, number | string>>;
/** Keys whose number is a day (a serial in the sheet, a DATE in SQL). */
const DATE_KEYS: readonly ColumnKey[] = ['nextArrival', 'lastRestock'];

const maybe = <T>(arbitrary: fc.Arbitrary<T>, blank: number) =>
  fc.oneof({ weight: blank, arbitrary: fc.constant(undefined) }, { weight: 10 - blank, arbitrary });
const units = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 0, max: 600 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: -1 }) },
);
/** A figure to two decimals, as a DEMAND_STATS cell shows it. */
const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((n) => n / 100);
const SHIP_MODES = [
  'sea',
  'Air',
  ' air ',
  'AIR',
  '空运',
  'express',
  ' 快递',
  'rail',
  'RAIL ',
  '铁路',
  '海运',
  'a ir',
  'boat',
];
const inputs: fc.Arbitrary<Inputs> = fc.record(
  {
    sku: fc.constant('SKU'),
    fbaStock: maybe(units, 1),
    inbound: maybe(units, 4),
    nextArrival: maybe(fc.integer({ min: -10, max: 120 }), 5).map((d) =>
      d === undefined ? undefined : TODAY_SERIAL + d,
    ),
    units7d: maybe(units, 1),
    units14d: maybe(units, 1),
    units30d: maybe(units, 1),
    lySame30d: maybe(units, 6),
    lyNext90d: maybe(units, 6),
    historyRate: maybe(hundredths(0, 4000), 6),
    weeklySd: maybe(hundredths(0, 8000), 5),
    seasonalFactor: maybe(hundredths(50, 150), 5),
    shipMode: maybe(fc.constantFrom(...SHIP_MODES), 3),
    cycleDays: maybe(fc.integer({ min: 0, max: 120 }), 7),
    safetyDays: maybe(fc.integer({ min: 0, max: 30 }), 7),
    casePack: maybe(fc.integer({ min: 1, max: 48 }), 5),
    lastRestock: maybe(fc.integer({ min: 0, max: 60 }), 7).map((d) =>
      d === undefined ? undefined : TODAY_SERIAL - d,
    ),
  },
  { requiredKeys: [] },
);
/** One SKU in ten is new: no sales windows and no history yet, so its row is mostly blank. */
const skuRows = fc.tuple(inputs, fc.integer({ min: 0, max: 9 })).map(([sku, roll]) =>
  roll === 0
    ? {
        ...sku,
        units7d: undefined,
        units14d: undefined,
        units30d: undefined,
        historyRate: undefined,
      }
    : sku,
);

/** The view's worked-out steps and final select, as node-sql-parser reads the view. */
let steps: AstNode[][];
let finalColumns: AstNode[];
let inputColumns: string[];
const udfs = new Map<string, Udf>();

beforeAll(() => {
  const statements = splitStatements(readSql());
  for (const statement of statements) {
    const fn = readFunction(statement);
    if (fn?.language === 'js') udfs.set(fn.name.replace(/_RESULT$/, ''), compileUdf(fn).udf);
  }
  const view = statements.find((s) => s.startsWith('CREATE OR REPLACE VIEW')) as string;
  const ast = new pkg.Parser().astify(substitute(view), { database: 'BigQuery' }) as unknown as {
    select: { with: AstNode[]; columns: AstNode[] };
  };
  const named = (w: AstNode) => String((w.name as AstNode).value);
  const columnsOf = (w: AstNode) => ((w.stmt as AstNode).ast as AstNode).columns as AstNode[];
  const withs = ast.select.with;
  steps = withs
    .filter((w) => named(w).startsWith('worked_'))
    .map((w) => columnsOf(w).filter((c) => (c.expr as AstNode).column !== '*'));
  finalColumns = ast.select.columns;
  inputColumns = columnsOf(withs.find((w) => named(w) === 'inputs') as AstNode).map((c) =>
    String(c.as),
  );
});

/** One row through the view as BigQuery evaluates it: every step's columns, then the select. */
function viewRow(sku: Inputs): { out: Record<string, SqlValue>; row: Record<string, SqlValue> } {
  const row: Record<string, SqlValue> = {};
  for (const name of inputColumns) row[name] = null;
  for (const column of REPLENISHMENT_COLUMNS) {
    const name = sqlColumnName(column.key);
    if (!(name in row)) continue;
    const v = sku[column.key];
    row[name] =
      v === undefined
        ? null
        : DATE_KEYS.includes(column.key)
          ? new Date(SERIAL_EPOCH_UTC + (v as number) * DAY_MS)
          : v;
  }
  const scope: SqlScope = {
    row,
    today: new Date(TODAY_UTC),
    call: (fn, args) => {
      const base = fn.replace(/_(RESULT|ERROR)$/, '');
      const udf = udfs.get(base);
      if (udf === undefined) throw new Error(`no function ${fn}`);
      const result = udf(...args) as { value: SqlValue; error: SqlValue };
      if (fn.endsWith('_RESULT')) return result as unknown as SqlValue;
      return fn.endsWith('_ERROR') ? result.error : result.value;
    },
  };
  for (const step of steps) {
    const values = step.map((c) => [String(c.as), evaluate(c.expr, scope)] as const);
    for (const [name, value] of values) row[name] = value;
  }
  const out: Record<string, SqlValue> = {};
  for (const c of finalColumns) {
    const expr = c.expr as AstNode;
    const name = c.as ?? ((expr.column as AstNode).expr as AstNode).value;
    out[String(name)] = evaluate(expr, scope);
  }
  return { out, row };
}

/** The same rows in a replenishment sheet with the template's formulas, computed. */
function sheetRows(skus: readonly Inputs[], formulas: Map<ColumnKey, string>) {
  const width = REPLENISHMENT_COLUMNS.length;
  const cells: unknown[][] = [REPLENISHMENT_COLUMNS.map((c) => c.header.en)];
  for (const sku of skus) {
    const line: unknown[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(sku)) {
      if (value !== undefined) line[templateColumn(key as ColumnKey) - 1] = value;
    }
    cells.push(line);
  }
  for (const [key, formula] of formulas) {
    (cells[1] as unknown[])[templateColumn(key) - 1] = formula;
  }
  const engine = SpreadsheetEngine.create([{ name: SHEET, rowCount: skus.length + 1, cells: [] }], {
    today: new Date(2026, 10, 20, 12),
  });
  engine.setContents(SHEET, 0, 0, cells);
  return (r: number, key: ColumnKey) => engine.value(SHEET, r + 1, templateColumn(key) - 1);
}

/**
 * Same value: text exactly; numbers to 10 significant digits, as the preview's engine keeps them
 * (HyperFormula rounds each result there; Sheets and BigQuery keep the whole double).
 */
function sameValue(view: SqlValue, cell: unknown): boolean {
  if (typeof view !== 'number' || typeof cell !== 'number') return view === cell;
  return view === cell || Math.abs(view - cell) <= 1e-9 * Math.max(Math.abs(view), Math.abs(cell));
}

/** The columns a formula reads. */
function reads(node: FormulaNode, into = new Set<string>()): Set<string> {
  if (node.type === 'column') into.add(node.name);
  if (node.type === 'call') for (const arg of node.args) reads(arg, into);
  if (node.type === 'array') for (const item of node.items) reads(item, into);
  if (node.type === 'binary') {
    reads(node.left, into);
    reads(node.right, into);
  }
  return into;
}

describe('the replenishment view against the sheet', () => {
  it('gives, on 400 random SKUs, every worked-out cell the sheet gives, and its message', () => {
    const skus = fc.sample(skuRows, { numRuns: ROWS, seed: 10 });
    const sheetFormulas = new Map(
      plannedFormulas(templateColumn, 2, DEFAULT_SETTINGS, 'en', undefined).map((w) => [
        REPLENISHMENT_COLUMNS[w.column - 1]?.key as ColumnKey,
        w.value,
      ]),
    );
    const sheet = sheetRows(skus, sheetFormulas);
    // The columns each formula reads, from the formula with bare column names.
    const readsOf = new Map(
      [...sheetFormulas.keys()].map((key) => {
        const formula = columnOf(key).formula?.(VIEW_FORMULAS) as string;
        return [key, [...reads(parseFormula(formula))] as ColumnKey[]];
      }),
    );
    const isMessage = (v: unknown) => typeof v === 'string' && v.startsWith(CELL_ERROR_PREFIX);
    const failed = (v: unknown) => isMessage(v) || isSheetError(v);
    const differ: unknown[] = [];
    const seen = new Map<ColumnKey, { values: Set<unknown>; blank: number; message: number }>();
    skus.forEach((sku, r) => {
      const { out, row } = viewRow(sku);
      for (const key of sheetFormulas.keys()) {
        const name = sqlColumnName(key);
        const cell = sheet(r, key);
        const value = out[name] ?? null;
        const struct = row[`${name}_result`] as { error: SqlValue } | null | undefined;
        const message = struct?.error ?? row[`${name}_error`] ?? null;
        const upstream = [...(readsOf.get(key) ?? [])].some((k) => failed(sheet(r, k)));
        const count = seen.get(key) ?? { values: new Set(), blank: 0, message: 0 };
        seen.set(key, count);
        let same: boolean;
        if (isMessage(cell)) {
          // A message in the cell: NULL in the view, the same message unless a cell it reads
          // holds one (the view passes NULL on where the sheet passes the message's text).
          same =
            value === null &&
            (upstream || message === (cell as string).slice(CELL_ERROR_PREFIX.length));
          count.message++;
        } else if (isSheetError(cell)) {
          same = value === null && upstream;
        } else if (cell === '') {
          same = value === null && message === null;
          count.blank++;
        } else {
          // A DATE (made in the UDF's realm) against the sheet's serial day.
          const sql = isDate(value) ? (value.getTime() - SERIAL_EPOCH_UTC) / DAY_MS : value;
          same = sameValue(sql, cell) && message === null;
          count.values.add(cell);
        }
        // A message is in problems: under this column, or under the one it started in.
        if (message !== null) {
          expect(out.problems).toContain(upstream ? String(message) : `${name}: ${message}`);
        }
        if (!same) differ.push({ row: r, key, sku, sheet: cell, view: value, message });
      }
    });
    expect(differ.slice(0, 3)).toEqual([]);
    // Every column took many values, and blanks and messages where it can have them (rows
    // blank for ORDER_BY_DATE despite TODAY(), messages passed on from the daily sales).
    for (const [key, count] of seen) expect(count.values.size, key).toBeGreaterThan(1);
    const variety = (key: ColumnKey) => seen.get(key)?.values.size ?? 0;
    expect(variety('orderCycle')).toBeGreaterThan(10);
    expect(variety('salesBasis')).toBe(2);
    expect(variety('coverFlag')).toBe(2);
    expect(variety('phase')).toBeGreaterThan(2);
    for (const key of ['dailySales', 'onHandCover', 'reorderQty', 'orderBy'] as ColumnKey[]) {
      expect(seen.get(key)?.message, key).toBeGreaterThan(3);
      expect(seen.get(key)?.blank, key).toBeGreaterThan(0);
    }
  }, 120_000);
});
