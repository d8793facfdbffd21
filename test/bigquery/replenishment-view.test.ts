// The replenishment view: parsed by node-sql-parser's BigQuery grammar, it reads only columns the
// Airbyte tables have (the report schemas in ../shared/data), gives the sheet's columns in the
// sheet's order, and computes them with the sheet's own formulas and defaults.

import { readFileSync } from 'node:fs';
import pkg from 'node-sql-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  columnOf,
  REPLENISHMENT_COLUMNS,
  type ReplenishmentColumn,
} from '../../src/addon/replenishment-sheet/replenishment-columns';
import {
  COVER_FLAG_WORDS,
  SALES_BASIS_WORDS,
  type ShipMode,
  shipModeNames,
} from '../../src/addon/replenishment-sheet/sheet-words';
import {
  AIRBYTE_META_COLUMNS,
  airbyteColumn,
  INVENTORY_STREAM,
  ORDERS_STREAM,
} from '../../src/bigquery/airbyte-tables';
import { inputType, sqlColumnName, VIEW_FORMULAS } from '../../src/bigquery/replenishment-view';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { readFunction, readSql, splitStatements, substitute } from './sql-statements';

const HEADERS = '../shared/data/amazon-report-headers';
/** The fields of each table, from the report layouts Airbyte's schemas give. */
const SCHEMAS: Record<string, string> = {
  [INVENTORY_STREAM]: `${HEADERS}/GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.header.tsv`,
  [ORDERS_STREAM]: `${HEADERS}/GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL.airbyte_schema_fields.tsv`,
};

function columnsOf(stream: string): Set<string> {
  const fields =
    readFileSync(SCHEMAS[stream] as string, 'utf8')
      .split('\n')[0]
      ?.split('\t') ?? [];
  return new Set([...fields.map((f) => airbyteColumn(f.trim())), ...AIRBYTE_META_COLUMNS]);
}

type AstNode = Record<string, unknown>;

/** Every node under `node`, not descending into nested SELECTs when `stopAtSelect`. */
function* nodes(node: unknown, stopAtSelect = false, top = true): Generator<AstNode> {
  if (Array.isArray(node)) {
    for (const item of node) yield* nodes(item, stopAtSelect, false);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as AstNode;
  if (!top && stopAtSelect && record.type === 'select') return;
  yield record;
  for (const value of Object.values(record)) yield* nodes(value, stopAtSelect, false);
}

function columnName(ref: AstNode): string {
  const column = ref.column as unknown;
  if (typeof column === 'string') return column;
  return String(((column as AstNode).expr as AstNode).value);
}

let viewSql: string;
let view: AstNode;

beforeAll(() => {
  const statement = splitStatements(readSql()).find((s) => s.startsWith('CREATE OR REPLACE VIEW'));
  viewSql = statement as string;
  view = new pkg.Parser().astify(substitute(viewSql), {
    database: 'BigQuery',
  }) as unknown as AstNode;
});

describe('the replenishment view', () => {
  it('parses as BigQuery SQL and is named replenishment in the dataset', () => {
    expect(view.type).toBe('create');
    expect(view.keyword).toBe('view');
    expect((view.view as AstNode).view).toBe('my-project.stockout.replenishment');
  });

  it('reads only columns the Airbyte tables have, every one through its table alias', () => {
    const read = new Map<string, Set<string>>();
    for (const select of nodes(view)) {
      if (select.type !== 'select') continue;
      const from = (select.from as AstNode[] | null) ?? [];
      const airbyte = from.filter((t) =>
        [INVENTORY_STREAM, ORDERS_STREAM].some((s) => String(t.table).endsWith(`.${s}`)),
      );
      if (airbyte.length === 0) continue;
      expect(airbyte).toHaveLength(1);
      const table = airbyte[0] as AstNode;
      const stream = String(table.table).split('.').pop() as string;
      expect(String(table.table)).toBe(`my-project.amazon.${stream}`);
      for (const ref of nodes(select.columns, true)) {
        if (ref.type !== 'column_ref') continue;
        // Unqualified names could silently mean a column the table lacks: none are allowed here.
        expect(ref.table, `${columnName(ref)} in the ${stream} step`).toBe(table.as);
      }
      for (const ref of nodes([select.columns, select.where], true)) {
        if (ref.type !== 'column_ref' || ref.table !== table.as) continue;
        const columns = read.get(stream) ?? new Set();
        columns.add(columnName(ref));
        read.set(stream, columns);
      }
    }
    expect([...read.keys()].sort()).toEqual([INVENTORY_STREAM, ORDERS_STREAM].sort());
    for (const [stream, columns] of read) {
      const known = columnsOf(stream);
      for (const column of columns) expect(known, `${stream}.${column}`).toContain(column);
    }
    expect(read.get(INVENTORY_STREAM)).toContain('afn_fulfillable_quantity');
    expect(read.get(ORDERS_STREAM)).toContain('quantity_purchased');
  });

  it("gives the sheet's columns in the sheet's order, then the stock date and the problems", () => {
    const columns = ((view.select as AstNode).columns as AstNode[]).map((c) =>
      String(c.as ?? columnName(c.expr as AstNode)),
    );
    expect(columns).toEqual([
      ...REPLENISHMENT_COLUMNS.map((c) => sqlColumnName(c.key)),
      'stock_as_of',
      'problems',
    ]);
  });

  it("computes each worked-out column with the sheet formula's function, columns and defaults", () => {
    const s = DEFAULT_SETTINGS;
    const fn = (name: string) => `\`\${dataset}.${name}\``;
    const blank = (name: string) => `(${name} IS NULL AND ${name}_error IS NULL)`;
    const modeIs = (modes: readonly ShipMode[]) =>
      modes
        .flatMap(shipModeNames)
        .map(
          (word) =>
            `CAST(COALESCE(LOWER(REGEXP_REPLACE(TRIM(ship_mode, " "), " +", " ")), "") = "${word}" AS INT64)`,
        )
        .reduce((sum, term) => `SAFE_ADD(${sum}, ${term})`);
    const legs = `SAFE_ADD(${s.productionDays}, IF(${modeIs(['air', 'express'])} > 0, ${s.airTransitDays}, IF(${modeIs(['rail'])} > 0, ${s.railTransitDays + s.checkInDays}, ${s.seaTransitDays + s.checkInDays})))`;
    const blend = `(units_7d, units_14d, units_30d, ly_same_30d, ly_next_90d, [${s.salesWeights.join(', ')}])`;
    const safety = `(daily_sales, weekly_sd, IF(order_cycle IS NULL, 0, SAFE_SUBTRACT(order_cycle, ${s.reviewDays})), ${s.reviewDays}, ${s.serviceLevel})`;
    // A message in the daily sales (or the safety days used) is passed on instead of a call.
    const passOn = (errors: string, type: string, call: string) =>
      `IF(${errors} IS NOT NULL, STRUCT(CAST(NULL AS ${type}) AS value, ${errors} AS error), ${call})`;
    const both = 'COALESCE(daily_sales_error, safety_used_error)';
    const expected: Record<string, string> = {
      days_to_arrival:
        'IF(next_arrival IS NULL, NULL, CAST(DATE_DIFF(next_arrival, CURRENT_DATE(), DAY) AS FLOAT64))',
      daily_sales: `IF(history_rate IS NOT NULL, SAFE_MULTIPLY(history_rate, IF(seasonal_factor IS NOT NULL, seasonal_factor, 1)), ${fn('DAILY_SALES')}${blend})`,
      daily_sales_error: `IF(history_rate IS NOT NULL, NULL, ${fn('DAILY_SALES_ERROR')}${blend})`,
      sales_basis: `IF(history_rate IS NOT NULL, "${SALES_BASIS_WORDS.en.history}", IF(daily_sales IS NOT NULL, "${SALES_BASIS_WORDS.en.blend}", NULL))`,
      order_cycle: `IF(${blank('daily_sales')}, NULL, SAFE_ADD(IF(cycle_days IS NULL, ${legs}, cycle_days), ${s.reviewDays}))`,
      safety_used: `IF(${blank('daily_sales')}, NULL, IF(safety_days IS NOT NULL, safety_days, IF(weekly_sd IS NOT NULL, IF(daily_sales_error IS NOT NULL, NULL, ${fn('SAFETY_DAYS')}${safety}), ${s.safetyDays})))`,
      safety_used_error: `IF(${blank('daily_sales')}, NULL, IF(safety_days IS NOT NULL, NULL, IF(weekly_sd IS NOT NULL, IF(daily_sales_error IS NOT NULL, daily_sales_error, ${fn('SAFETY_DAYS_ERROR')}${safety}), NULL)))`,
      on_hand_cover_result: passOn(
        'daily_sales_error',
        'FLOAT64',
        `${fn('COVER_DAYS_RESULT')}(fba_stock, daily_sales, CAST(NULL AS FLOAT64))`,
      ),
      cover_days_result: passOn(
        'daily_sales_error',
        'FLOAT64',
        `${fn('COVER_DAYS_RESULT')}(fba_stock, daily_sales, inbound)`,
      ),
      cover_flag: `IF(on_hand_cover_result.value IS NOT NULL, IF(on_hand_cover_result.value < ${s.feeFloorDays}, "${COVER_FLAG_WORDS.en.feeFloor}", IF(on_hand_cover_result.value > ${s.overstockDays}, "${COVER_FLAG_WORDS.en.overstock}", NULL)), NULL)`,
      reorder_qty_result: passOn(
        both,
        'FLOAT64',
        `${fn('REORDER_QTY_RESULT')}(daily_sales, order_cycle, safety_used, fba_stock, inbound, case_pack)`,
      ),
      order_by_result: `IF((fba_stock IS NULL AND inbound IS NULL AND ${blank('daily_sales')} AND order_cycle IS NULL AND ${blank('safety_used')}), NULL, ${passOn(both, 'DATE', `${fn('ORDER_BY_DATE_RESULT')}(fba_stock, inbound, daily_sales, order_cycle, safety_used, CURRENT_DATE())`)})`,
      stockout_gap_result: passOn(
        'daily_sales_error',
        'FLOAT64',
        `${fn('STOCKOUT_GAP_RESULT')}(fba_stock, daily_sales, days_to_arrival)`,
      ),
      phase_result: `IF((fba_stock IS NULL AND ${blank('daily_sales')} AND days_to_arrival IS NULL AND days_since_restock IS NULL), NULL, ${passOn('daily_sales_error', 'STRING', `${fn('STOCKOUT_PHASE_RESULT')}(fba_stock, daily_sales, days_to_arrival, days_since_restock, ${s.alertDays}, ${s.recoveryDays})`)})`,
      days_since_restock:
        'IF(last_restock IS NULL, NULL, CAST(DATE_DIFF(CURRENT_DATE(), last_restock, DAY) AS FLOAT64))',
    };
    // Every column with a formula (the DEMAND_STATS three have none without a Sales history).
    const worked = REPLENISHMENT_COLUMNS.filter(
      (c) => c.kind === 'computed' && c.formula?.(VIEW_FORMULAS) !== undefined,
    );
    expect(worked.map((c) => c.key)).not.toContain('historyRate');
    const names = Object.keys(expected).map((n) => n.replace(/_(result|error)$/, ''));
    expect(new Set(names)).toEqual(new Set(worked.map((c) => sqlColumnName(c.key))));
    for (const [name, sql] of Object.entries(expected)) {
      expect(viewSql, name).toMatch(new RegExp(`\n    ${literalPattern(sql)} AS ${name}[,\n]`));
    }
    // A column is worked out in a later step than every worked-out column it reads.
    const step = (name: string) => {
      const at = viewSql.indexOf(` AS ${name}`);
      return [...viewSql.slice(0, at).matchAll(/\nworked_(\d+) AS \(/g)].length;
    };
    for (const [later, earlier] of [
      ['cover_days_result', 'daily_sales'],
      ['order_cycle', 'daily_sales'],
      ['safety_used', 'order_cycle'],
      ['cover_flag', 'on_hand_cover_result'],
      ['reorder_qty_result', 'safety_used'],
      ['order_by_result', 'safety_used'],
      ['phase_result', 'days_since_restock'],
      ['phase_result', 'days_to_arrival'],
    ] as const) {
      expect(step(later), `${later} after ${earlier}`).toBeGreaterThan(step(earlier));
    }
    const defined = splitStatements(readSql()).map((st) => readFunction(st)?.name);
    for (const called of viewSql.matchAll(/`\$\{dataset\}\.(\w+)`\(/g)) {
      expect(defined).toContain(called[1]);
    }
  });

  it('takes what no report carries from seller_inputs, typed as the sheet cells hold it', () => {
    const inputs = /seller_inputs AS \([\s\S]*?\n {2}SELECT (.*)\n/.exec(viewSql)?.[1] ?? '';
    const types = Object.fromEntries(
      [...inputs.matchAll(/CAST\(NULL AS (\w+)\) AS (\w+)/g)].map((m) => [m[2], m[1]]),
    );
    expect(types).toEqual({
      sku: 'STRING',
      next_arrival: 'DATE',
      history_rate: 'FLOAT64',
      weekly_sd: 'FLOAT64',
      seasonal_factor: 'FLOAT64',
      ship_mode: 'STRING',
      cycle_days: 'FLOAT64',
      safety_days: 'FLOAT64',
      case_pack: 'FLOAT64',
      last_restock: 'DATE',
      daily_ad_budget: 'FLOAT64',
      notes: 'STRING',
    });
    // A drop-down of words is text, whatever its check; a number format is a number, a date one a date.
    const column = (c: Partial<ReplenishmentColumn>) => ({ ...columnOf('shipMode'), ...c });
    expect(inputType(column({}))).toBe('text');
    expect(inputType(column({ numberFormat: '@' }))).toBe('text');
    expect(inputType(column({ numberFormat: '0.0" days"' }))).toBe('number');
    expect(inputType(column({ numberFormat: 'yyyy-mm-dd' }))).toBe('date');
    expect(inputType(column({ check: 'date' }))).toBe('date');
    expect(inputType(column({ check: 'atLeastOne' }))).toBe('number');
  });

  it('lists every input message of a row in problems once, named by the column it started in', () => {
    // A custom function inside an expression: its message, where the sheet's cell would show it.
    expect(viewSql).toContain(
      "IF(daily_sales_error IS NULL, NULL, CONCAT('daily_sales: ', daily_sales_error))",
    );
    // A message passed on from the columns it reads is not listed again.
    expect(viewSql).toContain(
      "IF(cover_days_result.error IS NULL OR COALESCE(cover_days_result.error IN (daily_sales_error), FALSE), NULL, CONCAT('cover_days: ', cover_days_result.error))",
    );
    expect(viewSql).toContain(
      "IF(reorder_qty_result.error IS NULL OR COALESCE(reorder_qty_result.error IN (daily_sales_error, safety_used_error), FALSE), NULL, CONCAT('reorder_qty: ', reorder_qty_result.error))",
    );
  });
});

function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
