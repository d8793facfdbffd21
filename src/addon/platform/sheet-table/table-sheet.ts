// A kind of sheet the add-on inserts (shipments, keyword ranks, sales history): its columns, its
// example rows and its input checks, inserted under a free name, written in one order and
// announced with a toast.

import { type Catalog, formatMessage, type Locale } from '../../../core/i18n/locale';
import type { Services } from '../services/services';
import type {
  SheetLike,
  SpreadsheetAppLike,
  SpreadsheetLike,
} from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { insertFreeSheet } from './insert-free-sheet';
import type { SheetColumn } from './sheet-column';
import {
  checkDataColumns,
  FIRST_DATA_ROW,
  formatDataColumns,
  HEADER_BACKGROUNDS,
  HEADER_ROW,
  perColumn,
  writeHeaderRow,
} from './sheet-layout';

/** What a sheet kind writes on its new sheet, in the seller's language. */
export interface TableSheetContent<K extends string> {
  readonly columns: readonly SheetColumn<K>[];
  /** The example rows, one value per column, from the first data row; none for an empty sheet. */
  readonly rows: unknown[][];
  /** Columns the sheet works out (a blue-grey header); the others are typed by the seller. */
  readonly computed?: readonly K[];
  /** Written right after the example rows (a formula among them). */
  readonly afterRows?: () => void;
  /** The columns' drop-downs, after the number formats. */
  readonly dropDowns?: () => void;
  /** The columns' input checks (SheetColumn.check) are set on the data cells. */
  readonly checkInputs?: boolean;
}

/** The new sheet and what inserting it needed. */
export interface InsertedTable {
  readonly locale: Locale;
  readonly app: SpreadsheetAppLike;
  readonly spreadsheet: SpreadsheetLike;
  readonly sheet: SheetLike;
}

/**
 * Inserts a sheet named as the kind's `texts` name it in the user's language (or the first free
 * "name N") and writes `content` on it: header row with notes, example rows, number formats,
 * drop-downs, input checks, frozen header.
 */
export function insertTableSheet<K extends string>(
  services: Services,
  texts: Catalog<'sheetName'>,
  content: (inserted: InsertedTable) => TableSheetContent<K>,
): InsertedTable {
  const locale = userLocale(services.session);
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = insertFreeSheet(spreadsheet, texts[locale].sheetName);
  const inserted = { locale, app, spreadsheet, sheet };
  writeTableSheet(inserted, content(inserted));
  return inserted;
}

/**
 * Writes `content` on a new sheet: header row with notes, example rows, number formats,
 * drop-downs, input checks (which need `app`), frozen header.
 */
export function writeTableSheet<K extends string>(
  {
    app,
    sheet,
    locale,
  }: Pick<InsertedTable, 'sheet' | 'locale'> & { readonly app?: SpreadsheetAppLike },
  content: TableSheetContent<K>,
): void {
  const { columns, rows } = content;
  const computed = new Set<K>(content.computed ?? []);
  writeHeaderRow(
    sheet,
    columns.map((c) => c.header[locale]),
    columns.map((c) => c.note[locale]),
    columns.map((c) => HEADER_BACKGROUNDS[computed.has(c.key) ? 'computed' : 'input']),
  );
  if (rows.length > 0)
    sheet.getRange(FIRST_DATA_ROW, 1, rows.length, columns.length).setValues(rows);
  content.afterRows?.();
  formatDataColumns(
    sheet,
    perColumn(columns, (c) => c.numberFormat),
  );
  content.dropDowns?.();
  if (content.checkInputs === true) {
    if (app === undefined) throw new Error('input checks need SpreadsheetApp');
    checkDataColumns(
      app,
      sheet,
      perColumn(columns, (c) => c.check),
      locale,
    );
  }
  sheet.setFrozenRows(HEADER_ROW);
}

/** What an inserted sheet kind tells: the sheet's name and the toast shown. */
export interface InsertedSheetToast {
  readonly name: string;
  /** The toast shown. */
  readonly message: string;
}

/** The toast's text: the sheet's name and the rows its examples fill. */
export function insertedText(template: string, sheet: string, examples: number): string {
  return formatMessage(template, {
    sheet,
    firstExample: FIRST_DATA_ROW,
    lastExample: FIRST_DATA_ROW + examples - 1,
  });
}

/**
 * Tells the seller the sheet `name` is in: a toast naming it and the rows its `examples` example
 * rows fill, under the kind's title. Returns what it told.
 */
export function announceInserted(
  spreadsheet: SpreadsheetLike,
  name: string,
  texts: { readonly inserted: string; readonly title: string },
  examples: number,
): InsertedSheetToast {
  const message = insertedText(texts.inserted, name, examples);
  spreadsheet.toast(message, texts.title, 10);
  return { name, message };
}
