// Reads a seller's CSV export and lays it into a live workbook, the add-on's formulas and colours on.

import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  findColumn,
  REPLENISHMENT_COLUMNS,
} from '../../src/addon/replenishment-sheet/replenishment-columns';
import { FIRST_DATA_ROW, planTemplate } from '../../src/addon/replenishment-sheet/template-plan';
import type { Locale } from '../../src/core/i18n/locale';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { cellFromText } from './cell-from-text';
import type { LiveWorkbook } from './live-workbook';
import { parseCsv } from './parse-csv';

/** Why a CSV cannot be shown; the key picks the message (server-messages.ts). */
export class CsvProblem extends Error {
  constructor(
    readonly key: 'csvMissing' | 'csvUnreadable' | 'csvEmpty' | 'csvNotCsv',
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(`${key}: ${JSON.stringify(params)}`);
    this.name = 'CsvProblem';
  }
}

/** Largest file read: a sheet far bigger than any replenishment table. */
const MAX_BYTES = 50 * 1024 * 1024;

/** The CSV's cells, converted as Sheets converts an import (numbers, dates, formulas, text). */
export async function readCsvFile(path: string): Promise<unknown[][]> {
  return csvCells(await readSheetFile(path));
}

/** A file's text as a CSV or report, checked: there, readable, not empty, not binary. */
export async function readSheetFile(path: string): Promise<string> {
  const file = basename(path);
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CsvProblem('csvUnreadable', { file, reason: 'not a file' });
    size = info.size;
  } catch (error) {
    if (error instanceof CsvProblem) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new CsvProblem('csvMissing', { file: path, cwd: process.cwd() });
    throw new CsvProblem('csvUnreadable', { file, reason: code ?? String(error) });
  }
  if (size > MAX_BYTES) throw new CsvProblem('csvUnreadable', { file, reason: `${size} bytes` });
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CsvProblem('csvUnreadable', {
      file,
      reason: (error as { code?: string }).code ?? String(error),
    });
  }
  if (text.trim() === '') throw new CsvProblem('csvEmpty', { file });
  const looksBinary =
    text.includes('\u0000') || (extname(path) !== '' && !/\.(csv|txt|tsv)$/i.test(path));
  if (looksBinary) throw new CsvProblem('csvNotCsv', { file });
  return text;
}

/** A CSV's text as cells, converted as Sheets converts an import. */
export function csvCells(text: string): unknown[][] {
  return parseCsv(text).map((row) => row.map(cellFromText));
}

/** The sheet name for a file: its name without the extension, as Sheets names an import. */
export function sheetNameFor(path: string): string {
  return basename(path, extname(path)).slice(0, 100) || 'Sheet1';
}

/**
 * Puts the rows into a sheet named after the file. When the header row is the template's own
 * (an export of a sheet the add-on inserted), its computed columns get the template's array
 * formulas back, since an export holds only their last values; then the add-on's "Refresh colour
 * rules" runs as a seller would. Returns the sheet's name.
 */
export function loadCsv(
  live: LiveWorkbook,
  rows: unknown[][],
  name: string,
  locale: Locale,
): string {
  const { spreadsheet } = live.world;
  const blank = spreadsheet.sheetNames();
  const sheetName = blank.includes(name) ? `${name} (csv)` : name;
  const width = Math.max(1, ...rows.map((row) => row.length));
  const sheet = spreadsheet.addSheet(sheetName, {
    rows: Math.max(1000, rows.length + 100),
    columns: Math.max(26, width),
  });
  sheet.seed(rows.map((row) => [...row, ...new Array(width - row.length).fill('')]));
  const header = rows[0] ?? [];
  const isTemplate = REPLENISHMENT_COLUMNS.every(
    (column, i) => findColumn(header, column.key) === i,
  );
  if (isTemplate && rows.length >= FIRST_DATA_ROW) {
    const plan = planTemplate(locale, DEFAULT_SETTINGS);
    for (const { column, value } of plan.formulas) {
      const block: unknown[][] = [[value]];
      for (let row = FIRST_DATA_ROW + 1; row <= rows.length; row++) block.push(['']);
      sheet.seed(block, FIRST_DATA_ROW, column);
    }
    const dataRows = sheet.sizeUncounted().rows - FIRST_DATA_ROW + 1;
    for (const { column, value } of plan.numberFormats) {
      sheet
        .rangeUncounted({ row: FIRST_DATA_ROW, column, numRows: dataRows, numColumns: 1 })
        .setNumberFormat(value);
    }
    sheet.setFrozenRows(1);
  }
  for (const old of blank) spreadsheet.deleteSheet(spreadsheet.sheet(old));
  spreadsheet.select('A1', sheetName);
  live.markChanged();
  if (findColumn(header, 'coverDays') >= 0) live.callGlobal('refreshColourRules');
  spreadsheet.toasts.length = 0;
  return sheetName;
}
