// The custom-function contract (DESIGN.md): values or ranges in, the ranges' shape out, blank rows
// blank, and bad input reported by name — thrown for one cell, written into its own cell for a range.

import type { Maybe } from '../../core/checks';
import { checkWeights } from '../../core/daily-sales';
import { InputError } from '../../core/input-error';
import { isBlank, readNumber } from '../cell-value';
import type { CellResult, CustomFunctionSpec, RowResult } from './spec';

/** What a custom function returns to Sheets: one value, or a 2-D array for a range call. */
export type SheetResult = number | string | (number | string)[][];

/** Marks a message written into a result cell, so it reads as a warning, not as data. */
export const CELL_ERROR_PREFIX = '⚠ ';

/**
 * Runs a custom function over its arguments as Sheets passes them. `number` parameters may be
 * single values or ranges (2-D arrays of one shape); single values and 1×1 ranges apply to every
 * row. A row whose range arguments are all blank gives a blank. A function that declares
 * `columns` gives that many cells per row, side by side (a single call: one row of them).
 */
export function runCustomFunction(spec: CustomFunctionSpec, args: readonly unknown[]): SheetResult {
  if (args.length > spec.params.length) {
    throw new InputError('tooManyArguments', {
      fn: spec.name,
      max: spec.params.length,
      count: args.length,
    });
  }
  const numberSlots: Slot[] = [];
  let weights: readonly number[] | undefined;
  let shape: Shape | undefined;
  let shapeOwner = '';
  let anyArray = false;
  spec.params.forEach((param, i) => {
    const arg = args[i];
    if (param.kind === 'weights') {
      weights = readWeights(param.name, arg);
      return;
    }
    if (Array.isArray(arg)) {
      anyArray = true;
      const argShape = shapeOf(arg);
      if (argShape.rows * argShape.cols !== 1) {
        if (shape === undefined) {
          shape = argShape;
          shapeOwner = param.name;
        } else if (shape.rows !== argShape.rows || shape.cols !== argShape.cols) {
          throw new InputError('rangeShape', {
            arg: param.name,
            actual: describeShape(argShape),
            expected: `${describeShape(shape)} (${shapeOwner})`,
          });
        }
        numberSlots.push({ name: param.name, range: arg as unknown[][] });
        return;
      }
      numberSlots.push({ name: param.name, value: (arg[0] as unknown[] | undefined)?.[0] });
      return;
    }
    numberSlots.push({ name: param.name, value: arg });
  });

  if (shape === undefined) {
    const result = runScalar(spec, numberSlots, weights);
    if (Array.isArray(result)) return [result];
    return anyArray ? [[result]] : result;
  }
  return runRange(spec, numberSlots, weights, shape);
}

interface Shape {
  rows: number;
  cols: number;
}

/** One `number` argument: a value for every row, or a range read cell by cell. */
interface Slot {
  readonly name: string;
  readonly value?: unknown;
  readonly range?: unknown[][];
}

function shapeOf(range: unknown[]): Shape {
  const first = range[0];
  return { rows: range.length, cols: Array.isArray(first) ? first.length : 1 };
}

function describeShape({ rows, cols }: Shape): string {
  return cols === 1 ? `${rows} rows` : `${rows} rows × ${cols} columns`;
}

function readWeights(arg: string, value: unknown): readonly number[] | undefined {
  const cells = Array.isArray(value) ? value.flat() : [value];
  if (cells.every(isBlank)) return undefined;
  if (cells.length !== 3) throw new InputError('weightsShape', { arg });
  return checkWeights(
    arg,
    cells.map((cell) => {
      const n = readNumber(arg, cell);
      if (n === undefined) throw new InputError('weightsShape', { arg });
      return n;
    }),
  );
}

/** One call on single values: one cell, or one row of cells for a function with `columns`. */
function runScalar(
  spec: CustomFunctionSpec,
  slots: readonly Slot[],
  weights: readonly number[] | undefined,
): number | string | (number | string)[] {
  const width = spec.columns?.length ?? 1;
  const allBlank = slots.every((slot) => isBlank(slot.value));
  try {
    const result = allBlank
      ? undefined
      : spec.compute(
          slots.map((slot) => readNumber(slot.name, slot.value)),
          weights,
        );
    if (width === 1) return toCell(result as CellResult);
    const line: (number | string)[] = new Array(width);
    writeCells(spec, line, 0, result, width);
    return line;
  } catch (error) {
    throw asInputError(spec, error);
  }
}

function runRange(
  spec: CustomFunctionSpec,
  slots: readonly Slot[],
  weights: readonly number[] | undefined,
  { rows, cols }: Shape,
): (number | string)[][] {
  // Single values are the same for every row: read (and reject) them once. The row buffer is
  // reused: this loop runs once per cell of a whole column, so it allocates only the output.
  const row: Maybe[] = slots.map((slot) =>
    slot.range === undefined ? readNumber(slot.name, slot.value) : undefined,
  );
  const indexes: number[] = [];
  const ranges: unknown[][][] = [];
  slots.forEach((slot, i) => {
    if (slot.range === undefined) return;
    indexes.push(i);
    ranges.push(slot.range);
  });
  // Cells per input cell: 1, or the declared result columns, written side by side.
  const width = spec.columns?.length ?? 1;
  const out: (number | string)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    // Sized up front: a growing array would allocate several times the cells it holds, and
    // for a column of 100,000 rows that garbage costs more than the sums.
    const line: (number | string)[] = new Array(cols * width);
    for (let c = 0; c < cols; c++) {
      const at = c * width;
      let allBlank = true;
      for (let k = 0; k < ranges.length && allBlank; k++) {
        allBlank = isBlank((ranges[k] as unknown[][])[r]?.[c]);
      }
      if (allBlank) {
        for (let w = 0; w < width; w++) line[at + w] = '';
        continue;
      }
      try {
        for (let k = 0; k < ranges.length; k++) {
          const i = indexes[k] as number;
          row[i] = readNumber((slots[i] as Slot).name, (ranges[k] as unknown[][])[r]?.[c]);
        }
        if (width === 1) line[at] = toCell(spec.compute(row, weights) as CellResult);
        else writeCells(spec, line, at, spec.compute(row, weights), width);
      } catch (error) {
        line[at] = CELL_ERROR_PREFIX + asInputError(spec, error).message;
        for (let w = 1; w < width; w++) line[at + w] = '';
      }
    }
    out[r] = line;
  }
  return out;
}

function toCell(result: CellResult): number | string {
  return result === undefined ? '' : result;
}

/**
 * Appends one row's cells for a function with several result columns: blank ones for a blank row
 * (undefined). Throws before appending anything when the calculation gave the wrong number.
 */
function writeCells(
  spec: CustomFunctionSpec,
  line: (number | string)[],
  at: number,
  result: RowResult,
  width: number,
): void {
  if (result === undefined) {
    for (let w = 0; w < width; w++) line[at + w] = '';
    return;
  }
  if (!Array.isArray(result) || result.length !== width) {
    throw new InputError('internal', {
      fn: spec.name,
      detail: `expected ${width} result cells, got ${String(result)}`,
    });
  }
  for (let w = 0; w < width; w++) line[at + w] = toCell(result[w] as CellResult);
}

function asInputError(spec: CustomFunctionSpec, error: unknown): InputError {
  if (error instanceof InputError) return error;
  return new InputError('internal', {
    fn: spec.name,
    detail: error instanceof Error ? error.message : String(error),
  });
}
