// Builds the rows the page draws: computed values, formatted, with colours from the sheet's rules.

import type { FakeConditionalFormatRule } from '../../fakes/fake-conditional-format';
import type { CellData, FakeSheet } from '../../fakes/fake-sheet';
import { CELL_ERROR_PREFIX } from '../../src/addon/custom-functions/run-custom-function';
import { type ComputedValue, isSheetError } from '../engine/engine-values';
import type { SpreadsheetEngine } from '../engine/spreadsheet-engine';
import type { GridCell, GridWindow } from '../page/preview-api';
import { formatValue } from '../server/format-value';
import { ConditionalColours } from './conditional-colours';

const MIN_WIDTH = 56;
const MAX_WIDTH = 240;
const CHAR_WIDTH = 8.5;
/** Rows looked at to size the columns. */
const WIDTH_SAMPLE_ROWS = 60;

/** Caches what does not change with every request: compiled rules and column widths. */
export class GridWindows {
  private rulesFor = new WeakMap<
    FakeSheet,
    { rules: readonly FakeConditionalFormatRule[]; colours: ConditionalColours }
  >();
  private widthsFor = new WeakMap<FakeSheet, { version: number; widths: number[] }>();

  /** `arrayBlocked` words the error of an array formula that a typed value keeps from expanding. */
  constructor(
    private readonly engine: SpreadsheetEngine,
    private readonly arrayBlocked: (cell: string) => string = (cell) => cell,
  ) {}

  window(
    sheet: FakeSheet,
    engineName: string,
    from: number,
    to: number,
    version: number,
  ): GridWindow {
    const { rows: rowCount, columns: columnCount } = sheet.sizeUncounted();
    const start = Math.min(Math.max(0, from), rowCount);
    const end = Math.min(Math.max(start, to), rowCount);
    const colours = this.colours(sheet, engineName);
    const read = (row: number, col: number): ComputedValue =>
      this.engine.value(engineName, row, col);
    const line = (row: number): GridCell[] => {
      const cells: GridCell[] = new Array(columnCount);
      for (let col = 0; col < columnCount; col++) {
        cells[col] = this.cell(sheet, engineName, row, col, colours, read);
      }
      return cells;
    };
    const rows: GridCell[][] = [];
    for (let row = start; row < end; row++) rows.push(line(row));
    return {
      sheet: sheet.nameUncounted(),
      from: start,
      rows,
      rowCount,
      columnCount,
      frozenRows: sheet.frozenUncounted().rows,
      frozenColumns: sheet.frozenUncounted().columns,
      widths: this.widths(sheet, engineName, version, columnCount),
      lists: listsOf(sheet, columnCount),
      version,
    };
  }

  private cell(
    sheet: FakeSheet,
    engineName: string,
    row: number,
    col: number,
    colours: ConditionalColours,
    read: (row: number, col: number) => ComputedValue,
  ): GridCell {
    const data = sheet.cellAt(row + 1, col + 1);
    const value = storedValue(data) ?? read(row, col);
    const format = data?.numberFormat ?? '';
    const isDate = typeof value === 'number' && this.engine.isDate(engineName, row, col);
    const text = formatValue(value, format, isDate);
    const edit = data?.formula ? data.formula : editText(data?.value, text);
    const style = colours.size > 0 ? colours.styleAt(read, row, col) : undefined;
    const fill = style?.background ?? ownBackground(data?.background);
    const cell: {
      -readonly [K in keyof GridCell]: GridCell[K];
    } = { t: text };
    if (edit !== text) cell.e = edit;
    if (fill) cell.bg = fill;
    if (style?.fontColor) cell.fg = style.fontColor;
    if (data?.fontWeight === 'bold') cell.bold = true;
    if (typeof value === 'number' || value instanceof Date) cell.num = true;
    if (isSheetError(value)) {
      cell.err =
        value.blockedBy !== undefined
          ? this.arrayBlocked(value.blockedBy)
          : value.message || value.error;
    } else if (typeof value === 'string' && value.startsWith(CELL_ERROR_PREFIX)) {
      cell.err = value.slice(CELL_ERROR_PREFIX.length);
    }
    if (data?.note) cell.note = data.note;
    return cell;
  }

  private colours(sheet: FakeSheet, engineName: string): ConditionalColours {
    const rules = sheet.rulesUncounted();
    const cached = this.rulesFor.get(sheet);
    if (cached !== undefined && cached.rules === rules) return cached.colours;
    const colours = new ConditionalColours(
      rules.map((rule) => uncounted(rule)),
      (formula) => this.engine.evaluate(engineName, formula),
    );
    this.rulesFor.set(sheet, { rules, colours });
    return colours;
  }

  /** Column widths from the header and the first rows' text, worked out once per version. */
  private widths(sheet: FakeSheet, engineName: string, version: number, columns: number): number[] {
    const cached = this.widthsFor.get(sheet);
    if (cached !== undefined && cached.version === version && cached.widths.length === columns) {
      return cached.widths;
    }
    const rows = Math.min(sheet.sizeUncounted().rows, WIDTH_SAMPLE_ROWS);
    const widths: number[] = [];
    for (let col = 0; col < columns; col++) {
      let longest = 0;
      for (let row = 0; row < rows; row++) {
        const data = sheet.cellAt(row + 1, col + 1);
        const value = storedValue(data) ?? this.engine.value(engineName, row, col);
        const text = formatValue(value, data?.numberFormat ?? '');
        // Headers wrap onto two lines; data cells do not.
        const length = row === 0 ? Math.ceil(text.length / 2) + 2 : text.length;
        longest = Math.max(longest, length);
      }
      widths.push(Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest * CHAR_WIDTH + 16))));
    }
    this.widthsFor.set(sheet, { version, widths });
    return widths;
  }
}

/** Per column, the choices of the list rule on its first data row (the drop-downs), or null. */
function listsOf(sheet: FakeSheet, columns: number): (string[] | null)[] {
  const row = Math.max(1, sheet.frozenUncounted().rows) + 1;
  const lists: (string[] | null)[] = [];
  for (let column = 1; column <= columns; column++) {
    const rule = sheet.cellAt(row, column)?.validation?.describe();
    const choices = rule?.type === 'VALUE_IN_LIST' ? rule.values[0] : undefined;
    lists.push(Array.isArray(choices) ? choices.map(String) : null);
  }
  return lists;
}

/** A value the cell holds itself (not a formula's result, not blank), or undefined. */
function storedValue(data: CellData | undefined): ComputedValue | undefined {
  if (data === undefined || data.formula !== '' || data.value === '') return undefined;
  return data.value as ComputedValue;
}

/** What the editor starts with for a stored value: dates as yyyy-mm-dd, numbers in full. */
function editText(stored: unknown, text: string): string {
  if (stored instanceof Date) return formatValue(stored, 'yyyy-mm-dd');
  if (typeof stored === 'number') return String(stored);
  if (typeof stored === 'string') return stored;
  return text;
}

function ownBackground(colour: string | undefined): string | undefined {
  return colour === undefined || colour.toLowerCase() === '#ffffff' ? undefined : colour;
}

/** The rule as the evaluator reads it, without filling the call log on every draw. */
function uncounted(rule: FakeConditionalFormatRule) {
  const described = rule.describe();
  const ranges = rule.rangesUncounted().map((range) => {
    const area = range.areaUncounted();
    return {
      getRow: () => area.row,
      getColumn: () => area.column,
      getNumRows: () => area.numRows,
      getNumColumns: () => area.numColumns,
    };
  });
  const criteria = described.criteria;
  return {
    getRanges: () => ranges as never,
    getBooleanCondition: () =>
      criteria === null
        ? null
        : {
            getCriteriaType: () => criteria.type,
            getCriteriaValues: () => [...criteria.values],
            getBackground: () => described.format.background,
            getFontColor: () => described.format.fontColor,
          },
  };
}
