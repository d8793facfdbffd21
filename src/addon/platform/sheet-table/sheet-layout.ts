// What every sheet the add-on inserts shares — a bold header row with notes, data from the row
// below it, number formats and input checks on whole data columns — and how each is written.

import type { Locale } from '../../../core/i18n/locale';
import { openColumnRange } from '../column-letter';
import type {
  DataValidationLike,
  RangeLike,
  SheetLike,
  SpreadsheetAppLike,
} from '../services/spreadsheet-service';
import type { InputCheck } from './sheet-column';
import { SHEET_TABLE_MESSAGES, type SheetTableMessageKey } from './sheet-table-messages';

/** The header row; data starts below it. */
export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

/** Header colours: grey for what the seller types, blue-grey for what is worked out. */
export const HEADER_BACKGROUNDS = { input: '#efefef', computed: '#d0e0e3' } as const;

/** One column's cells below the header, by 1-based column number. */
export interface ColumnWrite<T> {
  readonly column: number;
  readonly value: T;
}

/** What `pick` gives for each column of a table, by column number; undefined is left out. */
export function perColumn<C, T>(
  columns: readonly C[],
  pick: (column: C) => T | undefined,
): ColumnWrite<T>[] {
  return columns.flatMap((column, i) => {
    const value = pick(column);
    return value === undefined ? [] : [{ column: i + 1, value }];
  });
}

/** The header row: texts with their notes, bold, coloured, wrapped. Calls: a range, five writes. */
export function writeHeaderRow(
  sheet: SheetLike,
  headers: readonly string[],
  notes: readonly string[],
  backgrounds: readonly string[],
): void {
  const header = sheet.getRange(HEADER_ROW, 1, 1, headers.length);
  header.setValues([[...headers]]);
  header.setNotes([[...notes]]);
  header.setFontWeight('bold');
  header.setBackgrounds([[...backgrounds]]);
  header.setWrap(true);
}

/** A column's data cells, from the first data row to the sheet's end (e.g. `D2:D`). */
export function dataColumn(sheet: SheetLike, column: number): RangeLike {
  return sheet.getRange(openColumnRange(column, FIRST_DATA_ROW));
}

/** Sets each column's number format on its data cells: one range and one write per column. */
export function formatDataColumns(sheet: SheetLike, formats: readonly ColumnWrite<string>[]): void {
  for (const { column, value } of formats) dataColumn(sheet, column).setNumberFormat(value);
}

const CHECK_HELP: Readonly<Record<InputCheck, SheetTableMessageKey>> = {
  nonNegative: 'checkNonNegative',
  atLeastOne: 'checkAtLeastOne',
  date: 'checkDate',
};

/**
 * Puts each column's input check on its data cells, so what the column cannot hold is refused
 * (not merely flagged). One rule is built per kind of check and shared by its columns.
 */
export function checkDataColumns(
  app: SpreadsheetAppLike,
  sheet: SheetLike,
  checks: readonly ColumnWrite<InputCheck>[],
  locale: Locale,
): void {
  const rules = new Map<InputCheck, DataValidationLike>();
  for (const { column, value: check } of checks) {
    let rule = rules.get(check);
    if (rule === undefined) {
      rule = buildCheck(app, check, SHEET_TABLE_MESSAGES[locale][CHECK_HELP[check]]);
      rules.set(check, rule);
    }
    dataColumn(sheet, column).setDataValidation(rule);
  }
}

function buildCheck(app: SpreadsheetAppLike, check: InputCheck, help: string): DataValidationLike {
  const builder = app.newDataValidation();
  const required =
    check === 'date'
      ? builder.requireDate()
      : builder.requireNumberGreaterThanOrEqualTo(check === 'atLeastOne' ? 1 : 0);
  return required.setAllowInvalid(false).setHelpText(help).build();
}

/** A drop-down of these words that refuses anything else. */
export function listCheck(
  app: SpreadsheetAppLike,
  choices: string[],
  help: string,
): DataValidationLike {
  return app
    .newDataValidation()
    .requireValueInList(choices)
    .setAllowInvalid(false)
    .setHelpText(help)
    .build();
}
