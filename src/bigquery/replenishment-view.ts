// R1–R11 in BigQuery: the `replenishment` view, one row per SKU with the replenishment sheet's
// columns in the sheet's order. Inputs come from the Airbyte tables (stock and inbound from Manage
// FBA Inventory, the sales windows from All Orders) and from `seller_inputs`, the figures no
// report carries (ETA, ship mode, cycle, case pack, ...); the worked-out columns are the sheet's own
// formulas with the template's default settings, translated to the same functions
// (sheet-formula-sql.ts). A column whose formula needs what the view has not got (DEMAND_STATS
// needs a Sales-history sheet) is a seller input instead, as the sheet leaves it to be typed.

import type { InputCheck } from '../addon/platform/sheet-table/sheet-column';
import {
  type ColumnKey,
  type FormulaContext,
  REPLENISHMENT_COLUMNS,
  type ReplenishmentColumn,
} from '../addon/replenishment-sheet/replenishment-columns';
import { DEFAULT_SETTINGS } from '../core/settings/settings';
import { EXTRACTED_AT, fieldOf, INVENTORY_STREAM, ORDERS_STREAM } from './airbyte-tables';
import { formulaSql, SQL_TYPES, type SqlColumn, type ValueType } from './sheet-formula-sql';
import { AIRBYTE_DATASET, qualified } from './sql-text';

/** The view's name in the dataset. */
export const VIEW_NAME = 'replenishment';

/**
 * A column key as a SQL column name.
 * @example sqlColumnName('lySame30d') === 'ly_same_30d'
 */
export function sqlColumnName(key: string): string {
  return key.replace(/([a-z])([A-Z0-9])/g, '$1_$2').toLowerCase();
}

/** What a cell of each check holds: a new check must say (a drop-down of words is text). */
const CHECK_TYPES: Readonly<Record<InputCheck, ValueType>> = {
  nonNegative: 'number',
  atLeastOne: 'number',
  date: 'date',
};

/**
 * What a column the view does not work out holds, from what its cells accept or, for one without
 * a check (a DEMAND_STATS cell, a ship mode), from its number format: none or `@` is text.
 */
export function inputType(column: ReplenishmentColumn): ValueType {
  if (column.check !== undefined) return CHECK_TYPES[column.check];
  const format = column.numberFormat?.replace(/"[^"]*"/g, '');
  if (format === undefined || format === '@') return 'text';
  return /[dmy]/i.test(format) ? 'date' : 'number';
}

/** The template's formulas as the view writes them: every column there, the default settings. */
export const VIEW_FORMULAS: FormulaContext = {
  range: (key) => key,
  has: () => true,
  settings: DEFAULT_SETTINGS,
  locale: 'en',
};

/** The sheet formula of each column the view works out; a column without one is an input. */
function viewFormulas(): Map<ColumnKey, string> {
  const formulas = new Map<ColumnKey, string>();
  for (const column of REPLENISHMENT_COLUMNS) {
    if (column.kind !== 'computed') continue;
    const formula = column.formula?.(VIEW_FORMULAS);
    if (formula !== undefined) formulas.set(column.key, formula);
  }
  return formulas;
}

/** Sales windows from the orders: [from, to) days before today, so today's partial day is left out. */
const SALES_WINDOWS: readonly { key: ColumnKey; from: number; to: number }[] = [
  { key: 'units7d', from: 7, to: 0 },
  { key: 'units14d', from: 14, to: 0 },
  { key: 'units30d', from: 30, to: 0 },
  { key: 'lySame30d', from: 365 + 30, to: 365 },
  { key: 'lyNext90d', from: 365, to: 365 - 90 },
];

/** Input columns a report fills, from the `inventory` and `sales` steps below. */
const REPORT_INPUTS: Partial<Record<ColumnKey, string>> = {
  sku: 'COALESCE(inventory.sku, sales.sku)',
  asin: 'inventory.asin',
  product: 'inventory.product',
  fbaStock: 'inventory.fba_stock',
  inbound: 'inventory.inbound',
  price: 'inventory.price',
  ...Object.fromEntries(SALES_WINDOWS.map((w) => [w.key, salesWindow(w)])),
};

/**
 * Units of one window for the SKU: 0 when it sold nothing, NULL (unknown, a blank cell) when the
 * order history does not reach back to the window's start. Last year's two windows are NULL
 * unless the SKU sold in the first one: the sheet asks a seller to leave them blank then.
 */
function salesWindow(w: { key: ColumnKey; from: number }): string {
  const lastYear = w.from >= 365 ? ' AND sales.ly_same_30d > 0' : '';
  return `IF(history.first_day <= ${daysAgo(w.from)}${lastYear}, COALESCE(sales.${sqlColumnName(w.key)}, 0), NULL)`;
}

const amazonTable = (stream: string) => `\`${AIRBYTE_DATASET}.${stream}\``;
const number = (alias: string, field: string) => `SAFE_CAST(${fieldOf(alias, field)} AS FLOAT64)`;
const inbound = [
  'afn-inbound-working-quantity',
  'afn-inbound-shipped-quantity',
  'afn-inbound-receiving-quantity',
];

/** Latest Manage FBA Inventory row per SKU (a SKU the newest report dropped keeps its last row). */
const INVENTORY_STEP = `inventory AS (
  SELECT sku, asin, product, fba_stock, inbound, price, stock_as_of
  FROM (
    SELECT
      TRIM(${fieldOf('i', 'sku')}) AS sku,
      ${fieldOf('i', 'asin')} AS asin,
      ${fieldOf('i', 'product-name')} AS product,
      ${number('i', 'afn-fulfillable-quantity')} AS fba_stock,
      IF(${inbound.map((f) => `${fieldOf('i', f)} IS NULL`).join(' AND ')}, NULL, ${inbound.map((f) => `COALESCE(${number('i', f)}, 0)`).join(' + ')}) AS inbound,
      ${number('i', 'your-price')} AS price,
      DATE(i.${EXTRACTED_AT}) AS stock_as_of,
      ROW_NUMBER() OVER (PARTITION BY TRIM(${fieldOf('i', 'sku')}) ORDER BY i.${EXTRACTED_AT} DESC) AS newest
    FROM ${amazonTable(INVENTORY_STREAM)} AS i
    WHERE ${fieldOf('i', 'sku')} IS NOT NULL AND COALESCE(UPPER(TRIM(${fieldOf('i', 'afn-listing-exists')})), 'YES') != 'NO'
  ) AS latest
  WHERE newest = 1
)`;

/** One row per order item (the newest copy when syncs overlap): SKU, purchase day, units. */
const ORDER_LINES_STEP = `order_lines AS (
  SELECT sku, day, units
  FROM (
    SELECT
      TRIM(${fieldOf('o', 'sku')}) AS sku,
      DATE(SAFE_CAST(${fieldOf('o', 'purchase-date')} AS TIMESTAMP)) AS day,
      ${number('o', 'quantity-purchased')} AS units,
      ROW_NUMBER() OVER (PARTITION BY ${fieldOf('o', 'order-id')}, ${fieldOf('o', 'order-item-id')} ORDER BY o.${EXTRACTED_AT} DESC) AS newest
    FROM ${amazonTable(ORDERS_STREAM)} AS o
  ) AS latest
  WHERE newest = 1 AND sku IS NOT NULL AND day IS NOT NULL
)`;

function daysAgo(days: number): string {
  return days === 0 ? 'CURRENT_DATE()' : `DATE_SUB(CURRENT_DATE(), INTERVAL ${days} DAY)`;
}

/** Units per SKU and window, and the first day the order history holds. */
const SALES_STEP = `history AS (
  SELECT MIN(day) AS first_day FROM order_lines
),
sales AS (
  SELECT
    sku,
${SALES_WINDOWS.map((w) => `    SUM(IF(day >= ${daysAgo(w.from)} AND day < ${daysAgo(w.to)}, units, 0)) AS ${sqlColumnName(w.key)}`).join(',\n')}
  FROM order_lines
  GROUP BY sku
)`;

/** The figures a seller keeps outside Amazon's reports; empty until they point it at a table. */
function sellerInputsStep(keys: readonly ColumnKey[]): string {
  const columns = [
    'CAST(NULL AS STRING) AS sku',
    ...keys.map((key) => {
      const column = REPLENISHMENT_COLUMNS.find((c) => c.key === key) as ReplenishmentColumn;
      return `CAST(NULL AS ${SQL_TYPES[inputType(column)]}) AS ${sqlColumnName(key)}`;
    }),
  ];
  return `seller_inputs AS (
  -- Your own figures per SKU. Replace this SELECT with one over your table, same column names:
  -- SELECT sku, ${keys.map(sqlColumnName).join(', ')} FROM \`your_project.your_dataset.your_table\`
  SELECT ${columns.join(', ')}
  FROM UNNEST([1]) AS nothing
  WHERE FALSE
)`;
}

/** A worked-out column: the step it is worked out in, its select items, how it is read after. */
interface Computed {
  readonly key: ColumnKey;
  /** How many worked-out columns stand before it. */
  readonly depth: number;
  /** The column and, when it can hold a message instead of a value, the message beside it. */
  readonly select: readonly string[];
  readonly read: SqlColumn;
  /** The messages of the worked-out columns it reads, which it may pass on as its own. */
  readonly inherits: readonly string[];
}

/** The CREATE VIEW statement. */
export function replenishmentViewSql(): string {
  const formulas = viewFormulas();
  const inputs = REPLENISHMENT_COLUMNS.filter((c) => !formulas.has(c.key));
  const sellerKeys = inputs.map((c) => c.key).filter((key) => REPORT_INPUTS[key] === undefined);
  const computed = computedColumns(formulas);
  const read = (key: ColumnKey) => computed.get(key)?.read.sql ?? sqlColumnName(key);
  const depths = [...new Set([...computed.values()].map((c) => c.depth))].sort((a, b) => a - b);
  const steps = depths.map((depth, i) => {
    const select = [...computed.values()]
      .filter((c) => c.depth === depth)
      .flatMap((c) => c.select.map((item) => `    ${item}`))
      .join(',\n');
    return `worked_${depth} AS (\n  SELECT\n    prev.*,\n${select}\n  FROM ${i === 0 ? 'inputs' : `worked_${depths[i - 1]}`} AS prev\n)`;
  });
  const last = `worked_${depths[depths.length - 1]}`;
  // Each message once, under the column it started in, not under those it passed on to.
  const problems = [...computed.values()].flatMap(({ key, read: { error }, inherits }) => {
    if (error === undefined) return [];
    const passedOn =
      inherits.length === 0 ? '' : ` OR COALESCE(${error} IN (${inherits.join(', ')}), FALSE)`;
    return [`IF(${error} IS NULL${passedOn}, NULL, CONCAT('${sqlColumnName(key)}: ', ${error}))`];
  });
  return `CREATE OR REPLACE VIEW ${qualified(VIEW_NAME)} AS
WITH
${INVENTORY_STEP},
${ORDER_LINES_STEP},
${SALES_STEP},
${sellerInputsStep(sellerKeys)},
inputs AS (
  SELECT
${inputs
  .map(
    (c) =>
      `    ${REPORT_INPUTS[c.key] ?? `seller_inputs.${sqlColumnName(c.key)}`} AS ${sqlColumnName(c.key)}`,
  )
  .join(',\n')},
    inventory.stock_as_of AS stock_as_of
  FROM inventory
  FULL OUTER JOIN sales ON sales.sku = inventory.sku
  CROSS JOIN history
  LEFT JOIN seller_inputs ON seller_inputs.sku = COALESCE(inventory.sku, sales.sku)
  WHERE inventory.sku IS NOT NULL OR sales.units_30d > 0
),
${steps.join(',\n')}
SELECT
${REPLENISHMENT_COLUMNS.map((c) => `  ${as(read(c.key), sqlColumnName(c.key))}`).join(',\n')},
  stock_as_of,
  NULLIF(ARRAY_TO_STRING([${problems.join(', ')}], '; '), '') AS problems
FROM ${last}`;
}

/** A select item: the name alone when the expression is that column already. */
function as(sql: string, name: string): string {
  return sql === name ? name : `${sql} AS ${name}`;
}

/** Every worked-out column as SQL, each after the worked-out columns it reads. */
function computedColumns(formulas: ReadonlyMap<ColumnKey, string>): Map<ColumnKey, Computed> {
  const done = new Map<ColumnKey, Computed>();
  const visit = (key: ColumnKey, path: readonly ColumnKey[]): Computed => {
    const known = done.get(key);
    if (known) return known;
    if (path.includes(key))
      throw new Error(`BigQuery view: columns ${path.join(' → ')} form a loop`);
    let depth = 0;
    const inherits = new Set<string>();
    const column = (name: string): SqlColumn => {
      const ref = REPLENISHMENT_COLUMNS.find((c) => c.key === name);
      if (ref === undefined) {
        throw new Error(`BigQuery view: the ${key} formula reads ${name}, which is not a column`);
      }
      if (!formulas.has(ref.key)) return { sql: sqlColumnName(ref.key), type: inputType(ref) };
      const before = visit(ref.key, [...path, key]);
      depth = Math.max(depth, before.depth + 1);
      if (before.read.error !== undefined) inherits.add(before.read.error);
      return before.read;
    };
    const sql = formulaSql(formulas.get(key) as string, column);
    const name = sqlColumnName(key);
    let result: Computed;
    if (sql.kind === 'call') {
      let call = `${qualified(`${sql.fn}_RESULT`)}(${sql.args.join(', ')})`;
      if (sql.failedWhen !== undefined) {
        // An argument holds a message: the cell gives a message instead of calling on a blank.
        const failed = `STRUCT(CAST(NULL AS ${SQL_TYPES[sql.type]}) AS value, ${sql.failedWhen} AS error)`;
        call = `IF(${sql.failedWhen} IS NOT NULL, ${failed}, ${call})`;
      }
      const guarded = sql.blankWhen === undefined ? call : `IF(${sql.blankWhen}, NULL, ${call})`;
      result = {
        key,
        depth,
        select: [`${guarded} AS ${name}_result`],
        read: { sql: `${name}_result.value`, type: sql.type, error: `${name}_result.error` },
        inherits: [...inherits],
      };
    } else {
      const error = sql.error === undefined ? undefined : `${name}_error`;
      result = {
        key,
        depth,
        select: [
          `${sql.sql} AS ${name}`,
          ...(sql.error === undefined ? [] : [`${sql.error} AS ${error}`]),
        ],
        read: { sql: name, type: sql.type, ...(error === undefined ? {} : { error }) },
        inherits: [...inherits],
      };
    }
    done.set(key, result);
    return result;
  };
  for (const key of formulas.keys()) visit(key, []);
  return done;
}
