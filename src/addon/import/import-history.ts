// The hidden "Import history" sheet: before an import writes, the previous value of every cell
// it changes is saved here (time, user, report, file), by row key and column key rather than row
// number, so that "Undo last import" can put each back even after the sheet was sorted.

import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { insertLogSheet } from '../platform/sheet-table/insert-log-sheet';
import { safeCellValue } from '../platform/sheet-table/safe-cell-value';

/** The sheet's name, the same in every language so collaborators share one history. */
export const IMPORT_HISTORY_SHEET = 'Import history';

const HEADERS = [
  'Import',
  'Time',
  'User',
  'Report',
  'File',
  'Sheet',
  'Table',
  'Row',
  'Changes',
  'Undone',
] as const;
const WIDTH = HEADERS.length;
const UNDONE_COLUMN = HEADERS.indexOf('Undone') + 1;

/** Which of the add-on's tables a record belongs to, so undo finds its columns by header. */
export type TableKind = 'replenishment' | 'salesHistory';

/** One changed cell: its column's key, what it held before and what the import wrote. */
export interface CellRecord {
  readonly column: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** The changes to one row: its key (a SKU, or a date and a SKU), and whether it was added. */
export interface RowRecord {
  readonly key: readonly string[];
  readonly added: boolean;
  readonly cells: readonly CellRecord[];
}

export interface ImportHeader {
  readonly at: Date;
  readonly user: string;
  readonly report: string;
  readonly file: string;
  readonly sheet: string;
  readonly table: TableKind;
}

export interface SavedImport extends ImportHeader {
  /** The import's id: its time and its first history row, unique even for two in one second. */
  readonly id: string;
  readonly rows: readonly RowRecord[];
  /** Sheet rows (1-based) of the history holding this import, to mark it undone. */
  readonly historyRows: { readonly first: number; readonly last: number };
}

/**
 * Appends an import's records, one history row per changed row, creating the hidden sheet on
 * first use. Calls: a constant number, whatever the import's size.
 */
export function saveImport(
  spreadsheet: SpreadsheetLike,
  header: ImportHeader,
  rows: readonly RowRecord[],
): void {
  if (rows.length === 0) return;
  const history = spreadsheet.getSheetByName(IMPORT_HISTORY_SHEET) ?? createHistory(spreadsheet);
  const first = Math.max(history.getLastRow(), 1) + 1;
  const id = `${header.at.getTime()}-${first}`;
  const lines = rows.map((row) => [
    id,
    header.at,
    safeCellValue(header.user),
    safeCellValue(header.report),
    safeCellValue(header.file),
    safeCellValue(header.sheet),
    header.table,
    safeCellValue(JSON.stringify(row.key)),
    safeCellValue(JSON.stringify({ added: row.added, cells: row.cells.map(encodeCell) })),
    '',
  ]);
  ensureRows(history, first + lines.length - 1);
  history.getRange(first, 1, lines.length, WIDTH).setValues(lines);
}

/** The latest import not undone yet, or undefined. Calls: four, whatever the history's length. */
export function lastImport(spreadsheet: SpreadsheetLike): SavedImport | undefined {
  const history = spreadsheet.getSheetByName(IMPORT_HISTORY_SHEET);
  if (history === null) return undefined;
  const lastRow = history.getLastRow();
  if (lastRow < 2) return undefined;
  const lines = history.getRange(2, 1, lastRow - 1, WIDTH).getValues();
  let end = lines.length - 1;
  while (end >= 0 && (String(lines[end]?.[0] ?? '') === '' || !isBlankCell(lines[end]?.[9]))) {
    end--;
  }
  if (end < 0) return undefined;
  const id = String(lines[end]?.[0]);
  let start = end;
  while (start > 0 && String(lines[start - 1]?.[0]) === id) start--;
  const head = lines[end] as unknown[];
  const rows: RowRecord[] = [];
  for (let i = start; i <= end; i++) {
    const line = lines[i] as unknown[];
    const changes = JSON.parse(String(line[8])) as { added: boolean; cells: EncodedCell[] };
    rows.push({
      key: JSON.parse(String(line[7])) as string[],
      added: changes.added,
      cells: changes.cells.map(decodeCell),
    });
  }
  return {
    id,
    at: head[1] instanceof Date ? head[1] : new Date(String(head[1])),
    user: String(head[2] ?? ''),
    report: String(head[3] ?? ''),
    file: String(head[4] ?? ''),
    sheet: String(head[5] ?? ''),
    table: head[6] === 'salesHistory' ? 'salesHistory' : 'replenishment',
    rows,
    historyRows: { first: start + 2, last: end + 2 },
  };
}

/** Marks an import undone, so the next undo takes the one before. Calls: two. */
export function markUndone(spreadsheet: SpreadsheetLike, saved: SavedImport, at: Date): void {
  const history = spreadsheet.getSheetByName(IMPORT_HISTORY_SHEET);
  if (history === null) return;
  const { first, last } = saved.historyRows;
  const stamps = Array.from({ length: last - first + 1 }, () => [at]);
  history.getRange(first, UNDONE_COLUMN, stamps.length, 1).setValues(stamps);
}

function createHistory(spreadsheet: SpreadsheetLike): SheetLike {
  return insertLogSheet(
    spreadsheet,
    IMPORT_HISTORY_SHEET,
    HEADERS,
    (log) => log.hideSheet(),
    false,
  );
}

function ensureRows(sheet: SheetLike, lastRow: number): void {
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
}

function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** A cell value as JSON: dates as { date: ISO time }, so they come back as dates. */
type EncodedValue = string | number | boolean | { readonly date: string };
type EncodedCell = readonly [string, EncodedValue, EncodedValue];

function encodeCell(cell: CellRecord): EncodedCell {
  return [cell.column, encodeValue(cell.before), encodeValue(cell.after)];
}

function encodeValue(value: unknown): EncodedValue {
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return value;
  }
  return '';
}

function decodeCell([column, before, after]: EncodedCell): CellRecord {
  return { column, before: decodeValue(before), after: decodeValue(after) };
}

function decodeValue(value: EncodedValue): unknown {
  return typeof value === 'object' && value !== null ? new Date(value.date) : value;
}
