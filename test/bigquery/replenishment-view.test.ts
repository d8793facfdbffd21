// The replenishment view: parsed by node-sql-parser's BigQuery grammar, it reads only columns the
// Airbyte tables have (the report schemas in ../shared/data), gives the sheet's columns in the
// sheet's order, and computes them with the sheet's own formulas and defaults.

import { readFileSync } from 'node:fs';
import pkg from 'node-sql-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPLENISHMENT_COLUMNS } from '../../src/addon/template/replenishment-columns';
import {
  AIRBYTE_META_COLUMNS,
  airbyteColumn,
  INVENTORY_STREAM,
  ORDERS_STREAM,
} from '../../src/bigquery/airbyte-tables';
import { sqlColumnName } from '../../src/bigquery/replenishment-view';
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
    const { alertDays, recoveryDays, cycleDays, reviewDays, safetyDays, salesWeights } =
      DEFAULT_SETTINGS;
    const fn = (name: string) => `\`\${dataset}.${name}_RESULT\``;
    const expected: Record<string, string> = {
      days_to_arrival:
        'IF(next_arrival IS NULL, NULL, CAST(DATE_DIFF(next_arrival, CURRENT_DATE(), DAY) AS FLOAT64))',
      daily_sales_result: `${fn('DAILY_SALES')}(units_7d, units_14d, units_30d, ly_same_30d, ly_next_90d, [${salesWeights.join(', ')}])`,
      cover_days_result: `${fn('COVER_DAYS')}(fba_stock, daily_sales_result.value, inbound)`,
      reorder_qty_result: `${fn('REORDER_QTY')}(daily_sales_result.value, IF(cycle_days IS NULL, IF(daily_sales_result.value IS NULL, NULL, ${cycleDays + reviewDays}), (cycle_days + ${reviewDays})), IF(safety_days IS NULL, IF(daily_sales_result.value IS NULL, NULL, ${safetyDays}), safety_days), fba_stock, inbound, case_pack)`,
      stockout_gap_result: `${fn('STOCKOUT_GAP')}(fba_stock, daily_sales_result.value, days_to_arrival)`,
      phase_result: `${fn('STOCKOUT_PHASE')}(fba_stock, daily_sales_result.value, days_to_arrival, days_since_restock, ${alertDays}, ${recoveryDays})`,
      days_since_restock:
        'IF(last_restock IS NULL, NULL, CAST(DATE_DIFF(CURRENT_DATE(), last_restock, DAY) AS FLOAT64))',
    };
    const computed = REPLENISHMENT_COLUMNS.filter((c) => c.kind === 'computed');
    expect(Object.keys(expected)).toHaveLength(computed.length);
    for (const [name, sql] of Object.entries(expected)) {
      expect(viewSql, name).toMatch(new RegExp(`\n    ${literalPattern(sql)} AS ${name}[,\n]`));
    }
    // A column is worked out after every column it reads.
    expect(viewSql.indexOf('AS daily_sales_result')).toBeLessThan(
      viewSql.indexOf('AS cover_days_result'),
    );
    expect(viewSql.indexOf('AS days_since_restock')).toBeLessThan(
      viewSql.indexOf('AS phase_result'),
    );
    const defined = splitStatements(readSql()).map((st) => readFunction(st)?.name);
    for (const called of viewSql.matchAll(/`\$\{dataset\}\.(\w+)`\(/g)) {
      expect(defined).toContain(called[1]);
    }
  });

  it('lists every input message of a row in problems, named by its column', () => {
    expect(viewSql).toContain(
      "IF(cover_days_result.error IS NULL, NULL, CONCAT('cover_days: ', cover_days_result.error))",
    );
  });
});

function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
