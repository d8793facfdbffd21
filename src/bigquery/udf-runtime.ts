// What runs inside a generated BigQuery JavaScript UDF: one row's SQL values, turned into what
// Sheets would pass, through the same runner and calculation as the custom function in a cell.
// A bad row never throws (that would abort the whole query): its message comes back as `error`.
// Each function's body is built from its own spec alone (build-bigquery.mjs), so it carries only
// the core code that function calls.

import { runCustomFunction } from '../addon/custom-functions/run-custom-function';
import type { CustomFunctionSpec } from '../addon/custom-functions/spec';
import { InputError } from '../core/input-error';
import { ARG_MAPPINGS, type CellKind, isImplicit, type SqlCell, sqlCell } from './sql-types';

/** The row's value (a scalar, or an object for several columns) and its message, one of them NULL. */
export interface UdfRow {
  readonly value: SqlCell | Readonly<Record<string, SqlCell>>;
  readonly error: string | null;
}

/** One row of a custom function in BigQuery, as the UDF body calls it. */
export type UdfCaller = (
  name: string,
  values: readonly unknown[],
  columns: readonly string[],
  kinds: readonly CellKind[],
) => UdfRow;

/**
 * The row function of one custom function. `values` are the SQL arguments in order (the spec's
 * parameters without the implicit ones); `columns` and `kinds` are the result columns the build
 * derived for the function (one named `value` for a single-cell function); `name` is checked
 * against the spec, so a body never runs another function's calculation.
 * @example udfCaller(COVER_DAYS)('COVER_DAYS', [100, 5, null], ['value'], ['number']) // { value: 20, error: null }
 */
export function udfCaller(spec: CustomFunctionSpec): UdfCaller {
  return (name, values, columns, kinds) => {
    try {
      if (name !== spec.name) throw new Error(`this body runs ${spec.name}, not ${name}`);
      let next = 0;
      const args = spec.params.map((param) => {
        const mapping = ARG_MAPPINGS[param.kind];
        if (mapping === undefined) throw new Error(`no BigQuery form for ${param.kind}`);
        return isImplicit(mapping) ? mapping.sheets : mapping.toSheets(values[next++]);
      });
      if (next !== values.length) throw new Error(`expected ${next} SQL values`);
      let result: unknown;
      try {
        result = runCustomFunction(spec, args);
      } catch (error) {
        // What a single-cell call throws is the message Sheets shows in the cell, as it is.
        return { value: null, error: error instanceof Error ? error.message : String(error) };
      }
      const cells: readonly unknown[] =
        spec.columns === undefined ? [result] : ((result as unknown[][])[0] ?? []);
      if (cells.length !== columns.length) throw new Error(`expected ${columns.length} cells`);
      if (cells.every((cell) => cell === '')) return { value: null, error: null };
      const sql = cells.map((cell, i) =>
        cell === '' ? null : sqlCell(spec, cell, kinds[i] as CellKind),
      );
      if (spec.columns === undefined) return { value: sql[0] as SqlCell, error: null };
      const value: Record<string, SqlCell> = {};
      columns.forEach((column, i) => {
        value[column] = sql[i] as SqlCell;
      });
      return { value, error: null };
    } catch (error) {
      return { value: null, error: messageOf(name, error) };
    }
  };
}

function messageOf(fn: string, error: unknown): string {
  if (error instanceof InputError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return new InputError('internal', { fn, detail }).message;
}
