// How each kind of custom-function argument and result cell is typed in BigQuery, and how a value
// BigQuery hands a JavaScript UDF becomes the value Sheets would hand the same function.
// A new kind (a date, a history table) is supported by adding one entry here.

import type { CellResult, ParamSpec } from '../addon/custom-functions/spec';

/** One kind of argument: its BigQuery type, and the Sheets value for what BigQuery passes. */
export interface ArgMapping {
  readonly sqlType: string;
  /** What Sheets would pass for this SQL value; BigQuery passes NULL as `null`. */
  readonly toSheets: (value: unknown) => unknown;
}

/**
 * Argument kinds with a BigQuery form. Partial on purpose: a kind added to the catalog before it
 * has an entry here fails the BigQuery build with the function's name, not silently.
 */
export const ARG_MAPPINGS: Partial<Record<ParamSpec['kind'], ArgMapping>> = {
  // FLOAT64, not INT64: BigQuery refuses INT64 arguments to JavaScript. NULL arrives as null,
  // which the Sheets runner reads as a blank cell, exactly as it reads "".
  number: { sqlType: 'FLOAT64', toSheets: (value) => value },
  // One row of numbers, as Sheets passes {0.5,0.3,0.2}. A NULL or empty array is "not given".
  weights: {
    sqlType: 'ARRAY<FLOAT64>',
    toSheets: (value) =>
      Array.isArray(value) && value.length > 0 ? [value.map((v) => v ?? '')] : undefined,
  },
};

/** What a result cell holds, read off the worked example of the function. */
export type CellKind = 'number' | 'text';

/** One kind of result cell: its BigQuery type, and whether a computed value is of that kind. */
export interface CellMapping {
  readonly sqlType: string;
  readonly holds: (value: CellResult) => boolean;
}

export const CELL_MAPPINGS: Readonly<Record<CellKind, CellMapping>> = {
  number: { sqlType: 'FLOAT64', holds: (value) => typeof value === 'number' },
  // A phase, a severity: STRING.
  text: { sqlType: 'STRING', holds: (value) => typeof value === 'string' },
};

/** The kind of one example cell, or undefined for a blank or anything not mapped yet. */
export function cellKindOf(value: unknown): CellKind | undefined {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'string' && value !== '') return 'text';
  return undefined;
}
