// How each kind of custom-function argument and result cell is typed in BigQuery, and how a value
// BigQuery hands a JavaScript UDF becomes the value Sheets would hand the same function.
// A new kind is supported by adding one entry here.

import { isDate } from '../addon/custom-functions/sheet-day';
import type { CustomFunctionSpec, ParamKind } from '../addon/custom-functions/spec';
import { InputError } from '../core/input-error';

/** An argument of the SQL function: its BigQuery type, and the Sheets value for what BigQuery passes. */
export interface SqlArgMapping {
  readonly sqlType: string;
  /** What Sheets would pass for this SQL value; BigQuery passes NULL as `null`. */
  readonly toSheets: (value: unknown) => unknown;
  /** How to call it, for the SQL file's comment on a function that takes one. */
  readonly usage?: string;
}

/**
 * An argument the SQL function leaves out: the runner always gets `sheets` for it. Only allowed
 * in a function that also takes an argument of kind `needs`, which makes it redundant.
 */
export interface ImplicitArgMapping {
  readonly implicit: true;
  readonly sheets: unknown;
  readonly needs: ParamKind;
}

export type ArgMapping = SqlArgMapping | ImplicitArgMapping;

/**
 * The one SKU of a history the aggregate form gets: its rows are one `GROUP BY sku` group, so
 * the SKU argument that picks them out of a whole Sales-history range is this constant.
 */
export const GROUP_KEY = 'group';

/** The fields of one history element, in the Sales-history columns' order (SKU left out). */
export const HISTORY_FIELDS = ['date', 'units', 'available'] as const;

/** One element of the history array as a Sales-history row: Date, SKU, Units sold, Units available. */
function historyRow(element: unknown): unknown[] {
  const row = (element ?? {}) as Record<(typeof HISTORY_FIELDS)[number], unknown>;
  const cells = HISTORY_FIELDS.map((field) => row[field] ?? '');
  // A NULL element or one of NULLs (a LEFT JOIN's empty side) is a blank row, skipped.
  if (cells.every((cell) => cell === '')) return ['', '', '', ''];
  return [cells[0], GROUP_KEY, cells[1], cells[2]];
}

/**
 * Argument kinds with a BigQuery form. Partial on purpose: a kind added to the catalog before it
 * has an entry here fails the BigQuery build with the function's name, not silently.
 */
export const ARG_MAPPINGS: Partial<Record<ParamKind, ArgMapping>> = {
  // FLOAT64, not INT64: BigQuery refuses INT64 arguments to JavaScript. NULL arrives as null,
  // which the Sheets runner reads as a blank cell, exactly as it reads "".
  number: { sqlType: 'FLOAT64', toSheets: (value) => value },
  // One row of numbers, as Sheets passes {0.5,0.3,0.2}. A NULL or empty array is "not given".
  weights: {
    sqlType: 'ARRAY<FLOAT64>',
    toSheets: (value) =>
      Array.isArray(value) && value.length > 0 ? [value.map((v) => v ?? '')] : undefined,
  },
  // BigQuery passes a DATE as a JavaScript Date at midnight UTC; Sheets passes a date cell as a
  // Date at midnight in the spreadsheet's zone, which the runner reads as that day for any zone
  // from UTC−10 to UTC+13, UTC included. So the Date goes through as it is, any year 1–9999.
  date: { sqlType: 'DATE', toSheets: (value) => value },
  // The Sales-history range of one SKU: ARRAY_AGG(STRUCT(date, units, available)) ... GROUP BY.
  table: {
    sqlType: `ARRAY<STRUCT<${HISTORY_FIELDS.map((f) => `${f} ${f === 'date' ? 'DATE' : 'FLOAT64'}`).join(', ')}>>`,
    toSheets: (value) => (Array.isArray(value) ? value.map(historyRow) : ''),
    usage:
      "history is one SKU's days: ARRAY_AGG(STRUCT(date, units, available) ORDER BY date) with GROUP BY sku; available NULL when unknown (every day then counts as in stock). as_of NULL is the day after this SKU's own last date, not the whole table's: for a history up to yesterday, pass CURRENT_DATE() to get what one sheet formula over every SKU gives.",
  },
  // The SKU that picks the rows out of the history: the history is one SKU's already.
  text: { implicit: true, sheets: [[GROUP_KEY]], needs: 'table' },
};

/** True for an argument the SQL function leaves out. */
export function isImplicit(mapping: ArgMapping): mapping is ImplicitArgMapping {
  return 'implicit' in mapping;
}

/** A result cell as SQL sees it: a blank is NULL, a DATE a Date at midnight UTC. */
export type SqlCell = number | string | Date | null;

/** What a result cell holds, read off the worked example of the function. */
export type CellKind = 'number' | 'text' | 'date';

/** One kind of result cell: its BigQuery type, and the SQL value of a computed cell of that kind. */
export interface CellMapping {
  readonly sqlType: string;
  /** The SQL value of a cell of function `fn`, or undefined when the cell is not of this kind. */
  readonly toSql: (cell: unknown, fn: string) => SqlCell | undefined;
}

const DAY_MS = 86_400_000;
/** Sheets' serial day 0, 1899-12-30, as a time. */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A date result as a BigQuery DATE: refused, naming the function, outside BigQuery's years. */
function sqlDate(cell: unknown, fn: string): Date | undefined {
  const time = isDate(cell)
    ? cell.getTime()
    : typeof cell === 'number'
      ? SERIAL_EPOCH_UTC + cell * DAY_MS
      : undefined;
  if (time === undefined) return undefined;
  const first = Date.parse('0001-01-01T00:00:00Z');
  const last = Date.parse('9999-12-31T00:00:00Z');
  if (!(time >= first && time <= last)) {
    throw new InputError('outOfRange', {
      arg: fn,
      min: '0001-01-01',
      max: '9999-12-31',
      value: Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : String(cell),
    });
  }
  // A whole day: what the runner computed is midnight UTC already; a serial is a whole day.
  return new Date(Math.floor(time / DAY_MS) * DAY_MS);
}

export const CELL_MAPPINGS: Readonly<Record<CellKind, CellMapping>> = {
  number: {
    sqlType: 'FLOAT64',
    toSql: (cell) => (typeof cell === 'number' ? cell : undefined),
  },
  // A phase, a severity: STRING.
  text: { sqlType: 'STRING', toSql: (cell) => (typeof cell === 'string' ? cell : undefined) },
  // A date function's day: the runner gives a Date (the input date's zone, UTC here) or a serial.
  date: { sqlType: 'DATE', toSql: sqlDate },
};

/** The SQL value of one computed cell of a function (not blank). Throws for a wrong kind. */
export function sqlCell(spec: CustomFunctionSpec, cell: unknown, kind: CellKind): SqlCell {
  const value = CELL_MAPPINGS[kind].toSql(cell, spec.name);
  if (value === undefined) throw new Error(`a ${kind} result was ${typeof cell}`);
  return value;
}

/**
 * The kind of one example cell, or undefined for a blank or anything not mapped yet. A number
 * of a function whose `resultKind` is `date` is a day.
 */
export function cellKindOf(
  value: unknown,
  resultKind?: CustomFunctionSpec['resultKind'],
): CellKind | undefined {
  if (typeof value === 'number') return resultKind === 'date' ? 'date' : 'number';
  if (typeof value === 'string' && value !== '') return 'text';
  return undefined;
}
