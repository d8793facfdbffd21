// The shape of a custom function's definition: its public name, docs and per-row calculation.

import type { Maybe } from '../../core/checks';
import type { Locale } from '../../core/i18n/locale';

export type ParamKind = 'number' | 'text' | 'date' | 'weights' | 'table';

export interface ParamSpec {
  /** The argument's name as Sheets shows it in autocomplete and as errors name it. */
  readonly name: string;
  /**
   * The argument as a seller knows it, in each language: a message names it so. Where the
   * replenishment sheet feeds the argument from a column, it is that column's header.
   */
  readonly label: Readonly<Record<Locale, string>>;
  /** Its meaning and unit, shown in Sheets' formula help. */
  readonly doc: string;
  /**
   * `number`: a cell or a range, one value per row. `text`: the same, read as trimmed text (a SKU).
   * `date`: the same, read as a day number (a date, a date serial or a date typed as text).
   * `weights`: one row of numbers for the whole call. `table`: a whole range of several columns
   * for the whole call, read once by the function's `readTable`.
   */
  readonly kind: ParamKind;
  readonly optional: boolean;
}

/** What one row's calculation gets besides its numbers. */
export interface RowContext {
  /** The row's `text` parameters, at their positions among the row's values (undefined elsewhere and for blanks). */
  readonly texts: readonly (string | undefined)[];
  /** What `readTable` made of the `table` parameter, once for the whole call. */
  readonly table: unknown;
}

/** What one cell of a result holds: a number, a text (phase or message), or blank. */
export type CellResult = number | string | undefined;

/**
 * What one row gives: one cell, or, for a function that declares `columns`, one cell per column
 * in that order (undefined for a blank row).
 */
export type RowResult = CellResult | readonly CellResult[];

export interface CustomFunctionSpec {
  readonly name: string;
  /** One line, shown by Sheets' autocomplete. */
  readonly summary: string;
  readonly returns: string;
  /** A formula and its result, used in the docs and checked by a test. */
  readonly example: {
    readonly formula: string;
    readonly args: readonly unknown[];
    readonly result: CellResult | readonly (readonly CellResult[])[];
  };
  readonly params: readonly ParamSpec[];
  /** Playbook rules this function carries. */
  readonly rules: readonly string[];
  /**
   * Set when each row gives several values (e.g. a fall and a severity): their names, in order.
   * A row's result then spills across that many cells to the right: a single call returns a
   * 1 × n array, a range of r rows × c columns an r × (c·n) array. Unset: one cell per row.
   */
  readonly columns?: readonly string[];
  /**
   * Set for a function with a `table` parameter: reads its cells (a 2-D array) once per call;
   * what it throws is the whole call's error.
   */
  readonly readTable?: (cells: readonly (readonly unknown[])[]) => unknown;
  /** `date`: each number the calculation gives is a day number (a Sheets date serial) shown as a date. */
  readonly resultKind?: 'date';
  /**
   * One row: the values of the per-row parameters (`number`, `date`, `text`) in order, numbers and
   * day numbers here (undefined for blank and for texts, which are in `context.texts`); the
   * parsed `weights` parameter if the function has one. Returns one cell, or one per `columns`.
   */
  readonly compute: (
    row: readonly Maybe[],
    weights: readonly number[] | undefined,
    context: RowContext,
  ) => RowResult;
}
