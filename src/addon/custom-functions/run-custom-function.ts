// The custom-function contract (DESIGN.md): values or ranges in, the ranges' shape out, blank rows
// blank, and bad input reported by name — thrown for one cell, written into its own cell for a range.

import type { Maybe } from '../../core/checks';
import { checkWeights } from '../../core/daily-sales';
import { type Locale, pickLocale } from '../../core/i18n/locale';
import { type ArgNamer, InputError } from '../../core/input-error';
import { isBlank, readNumber } from '../platform/cell-value';
import { isDate, readSheetDay, sheetDate } from './sheet-day';
import type { CellResult, CustomFunctionSpec, ParamKind, RowContext, RowResult } from './spec';

/** One result cell as Sheets takes it: a Date shows as a date. */
export type SheetCell = number | string | Date;

/** What a custom function returns to Sheets: one value, or a 2-D array for a range call. */
export type SheetResult = SheetCell | SheetCell[][];

/** Marks a message written into a result cell, so it reads as a warning, not as data. */
export const CELL_ERROR_PREFIX = '⚠ ';

/**
 * Reads the spreadsheet's locale tag ("zh_CN", "en_US"). A call reads it at most once, and only
 * when it has a message to show: a call that computes cleanly makes no service call at all.
 */
export type LocaleSource = () => unknown;

/** What a single-cell call throws: Sheets shows its message in #ERROR!, in the sheet's language. */
export class CustomFunctionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CustomFunctionError';
  }
}

/** No spreadsheet to ask (tests, the local preview without a language): English. */
const NO_LOCALE: LocaleSource = () => undefined;

/**
 * Runs a custom function over its arguments as Sheets passes them. `number`, `text` and `date`
 * parameters may be single values or ranges (2-D arrays of one shape); single values and 1×1
 * ranges apply to every row. A row whose range arguments are all blank gives a blank. A function
 * that declares `columns` gives that many cells per row, side by side (a single call: one row of
 * them). A `table` parameter is read once for the whole call.
 */
export function runCustomFunction(
  spec: CustomFunctionSpec,
  args: readonly unknown[],
  readLocale: LocaleSource = NO_LOCALE,
): SheetResult {
  const say = messenger(spec, readLocale);
  try {
    return runChecked(spec, args, say);
  } catch (error) {
    throw new CustomFunctionError(say(error));
  }
}

/** Turns what a call raised into the text a cell shows, in the spreadsheet's language. */
type Messenger = (error: unknown) => string;

function messenger(spec: CustomFunctionSpec, readLocale: LocaleSource): Messenger {
  let locale: Locale | undefined;
  const nameArg: ArgNamer = (arg, inLocale) =>
    spec.params.find((param) => param.name === arg)?.label[inLocale] ?? arg;
  return (error) => {
    locale ??= localeOf(readLocale);
    return asInputError(spec, error).text(locale, nameArg);
  };
}

/** The spreadsheet's language; English when it cannot be read. */
function localeOf(readLocale: LocaleSource): Locale {
  try {
    const tag = readLocale();
    return typeof tag === 'string' ? pickLocale(tag) : 'en';
  } catch {
    return 'en';
  }
}

function runChecked(
  spec: CustomFunctionSpec,
  args: readonly unknown[],
  say: Messenger,
): SheetResult {
  if (args.length > spec.params.length) {
    throw new InputError('tooManyArguments', {
      fn: spec.name,
      max: spec.params.length,
      count: args.length,
    });
  }
  const numberSlots: Slot[] = [];
  let weights: readonly number[] | undefined;
  let tableCells: readonly (readonly unknown[])[] | undefined;
  let shape: Shape | undefined;
  let shapeOwner = '';
  let anyArray = false;
  spec.params.forEach((param, i) => {
    const arg = args[i];
    if (param.kind === 'weights') {
      weights = readWeights(param.name, arg);
      return;
    }
    if (param.kind === 'table') {
      tableCells = Array.isArray(arg) ? (arg as unknown[][]) : isBlank(arg) ? [] : [[arg]];
      return;
    }
    const kind = param.kind;
    if (Array.isArray(arg)) {
      anyArray = true;
      const argShape = shapeOf(arg);
      if (argShape.rows * argShape.cols !== 1) {
        if (shape === undefined) {
          shape = argShape;
          shapeOwner = param.name;
        } else if (shape.rows !== argShape.rows || shape.cols !== argShape.cols) {
          throw shapeError(param.name, argShape, shapeOwner, shape);
        }
        numberSlots.push({ name: param.name, kind, range: arg as unknown[][] });
        return;
      }
      numberSlots.push({ name: param.name, kind, value: (arg[0] as unknown[] | undefined)?.[0] });
      return;
    }
    numberSlots.push({ name: param.name, kind, value: arg });
  });

  const table = spec.readTable?.(tableCells ?? []);
  if (shape === undefined) {
    const result = runScalar(spec, numberSlots, weights, table);
    if (Array.isArray(result)) return [result];
    return anyArray ? [[result]] : result;
  }
  return runRange(spec, numberSlots, weights, table, shape, say);
}

interface Shape {
  rows: number;
  cols: number;
}

/** One per-row argument: a value for every row, or a range read cell by cell. */
interface Slot {
  readonly name: string;
  readonly kind: Exclude<ParamKind, 'weights' | 'table'>;
  readonly value?: unknown;
  readonly range?: unknown[][];
}

/**
 * One row's values into `row` (numbers and day numbers) and `texts`; returns the last Date read,
 * which a date result is shown like.
 */
function readSlot(
  slot: Slot,
  value: unknown,
  i: number,
  row: Maybe[],
  texts: (string | undefined)[],
): Date | undefined {
  if (slot.kind === 'text') {
    texts[i] = isBlank(value) ? undefined : String(value).trim();
    row[i] = undefined;
    return undefined;
  }
  if (slot.kind === 'date') {
    row[i] = readSheetDay(slot.name, value);
    return isDate(value) ? value : undefined;
  }
  row[i] = readNumber(slot.name, value);
  return undefined;
}

function shapeOf(range: unknown[]): Shape {
  const first = range[0];
  return { rows: range.length, cols: Array.isArray(first) ? first.length : 1 };
}

/** Two ranges of different sizes: the rows when they differ, else the columns, as numbers. */
function shapeError(arg: string, shape: Shape, other: string, otherShape: Shape): InputError {
  return shape.rows !== otherShape.rows
    ? new InputError('rangeRows', { arg, rows: shape.rows, other, otherRows: otherShape.rows })
    : new InputError('rangeColumns', { arg, cols: shape.cols, other, otherCols: otherShape.cols });
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
  table: unknown,
): SheetCell | SheetCell[] {
  const width = spec.columns?.length ?? 1;
  const allBlank = slots.every((slot) => isBlank(slot.value));
  const { row, texts, like } = readSingleValues(slots);
  const result = allBlank ? undefined : spec.compute(row, weights, { texts, table });
  const line: SheetCell[] = new Array(width);
  writeCells(spec, line, 0, result, width, like);
  return width === 1 ? (line[0] as SheetCell) : line;
}

/**
 * The row buffers with the single values (the same for every row) read, and rejected, once;
 * range slots are left for each row to fill. Returns the last Date read.
 */
function readSingleValues(slots: readonly Slot[]): {
  row: Maybe[];
  texts: (string | undefined)[];
  like: Date | undefined;
} {
  const row: Maybe[] = new Array(slots.length);
  const texts: (string | undefined)[] = new Array(slots.length);
  let like: Date | undefined;
  slots.forEach((slot, i) => {
    if (slot.range === undefined) like = readSlot(slot, slot.value, i, row, texts) ?? like;
  });
  return { row, texts, like };
}

function runRange(
  spec: CustomFunctionSpec,
  slots: readonly Slot[],
  weights: readonly number[] | undefined,
  table: unknown,
  { rows, cols }: Shape,
  say: Messenger,
): SheetCell[][] {
  // The row buffers are reused: this loop runs once per cell of a whole column, so it allocates
  // only the output.
  const { row, texts, like: fixedLike } = readSingleValues(slots);
  const context: RowContext = { texts, table };
  const indexes: number[] = [];
  const ranges: unknown[][][] = [];
  slots.forEach((slot, i) => {
    if (slot.range === undefined) return;
    indexes.push(i);
    ranges.push(slot.range);
  });
  // Cells per input cell: 1, or the declared result columns, written side by side.
  const width = spec.columns?.length ?? 1;
  const out: SheetCell[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    // Sized up front: a growing array would allocate several times the cells it holds, and
    // for a column of 100,000 rows that garbage costs more than the sums.
    const line: SheetCell[] = new Array(cols * width);
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
        let like = fixedLike;
        for (let k = 0; k < ranges.length; k++) {
          const i = indexes[k] as number;
          const value = (ranges[k] as unknown[][])[r]?.[c];
          like = readSlot(slots[i] as Slot, value, i, row, texts) ?? like;
        }
        writeCells(spec, line, at, spec.compute(row, weights, context), width, like);
      } catch (error) {
        line[at] = CELL_ERROR_PREFIX + say(error);
        for (let w = 1; w < width; w++) line[at + w] = '';
      }
    }
    out[r] = line;
  }
  return out;
}

/** A calculated cell as Sheets takes it: blank as '', a day number of a date function as a date. */
function toCell(spec: CustomFunctionSpec, result: CellResult, like: Date | undefined): SheetCell {
  if (result === undefined) return '';
  if (spec.resultKind === 'date' && typeof result === 'number') return sheetDate(result, like);
  return result;
}

/**
 * Writes one input's result into `line` at `at`: one cell, or for a function with several result
 * columns `width` cells side by side, blank ones for a blank row (undefined). Throws before
 * writing anything when the calculation gave the wrong number.
 */
function writeCells(
  spec: CustomFunctionSpec,
  line: SheetCell[],
  at: number,
  result: RowResult,
  width: number,
  like: Date | undefined,
): void {
  if (width === 1) {
    line[at] = toCell(spec, result as CellResult, like);
    return;
  }
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
  for (let w = 0; w < width; w++) line[at + w] = toCell(spec, result[w] as CellResult, like);
}

function asInputError(spec: CustomFunctionSpec, error: unknown): InputError {
  if (error instanceof InputError) return error;
  return new InputError('internal', {
    fn: spec.name,
    detail: error instanceof Error ? error.message : String(error),
  });
}
