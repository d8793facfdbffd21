// "Undo last import": every cell the latest import changed is put back as it was, found by its
// row's key (SKU, or date and SKU) and its column's header, so a sort or moved columns since the
// import do not matter. A cell changed since the import is left as it is, and counted.

import { formatMessage } from '../../core/i18n/locale';
import { isBlank } from '../cell-value';
import { SALES_HISTORY_COLUMNS } from '../sales-history/sales-history-columns';
import { underDocumentLock } from '../services/document-lock';
import type { Services } from '../services/services';
import { userLocale } from '../services/user-locale';
import { findTableHeader, type TableHeader } from '../sheet-table/read-table';
import type { UndoSummary } from './import-api';
import { lastImport, markUndone, type RowRecord } from './import-history';
import { IMPORT_MESSAGES } from './import-messages';
import { writeChanges } from './import-report';
import { dayKey, dayOf } from './merge-daily-history';
import { skuText } from './merge-stock-report';
import { REPLENISHMENT_TABLE } from './replenishment-target';
import { HISTORY_REQUIRED } from './sales-history-sheet';
import { type CellChanges, readGrid, type SheetGrid, setChange } from './sheet-grid';

/** Columns that identify a row: restored last, and only when nothing else is left in the row. */
const KEY_COLUMNS = new Set(['sku', 'date']);

export function undoLastImport(services: Services, now: Date): UndoSummary {
  const locale = userLocale(services.session);
  const m = IMPORT_MESSAGES[locale];
  const app = services.spreadsheet;
  return underDocumentLock(
    services.lock,
    (): UndoSummary => {
      const spreadsheet = app.getActiveSpreadsheet();
      const saved = lastImport(spreadsheet);
      const refuse = (message: string): UndoSummary => {
        spreadsheet.toast(message, m.undoTitle, 10);
        return { ok: false, message, restored: 0, kept: 0 };
      };
      if (saved === undefined) return refuse(m.undoNothing);
      const sheet = spreadsheet.getSheetByName(saved.sheet);
      const header =
        sheet === null
          ? undefined
          : saved.table === 'replenishment'
            ? findTableHeader(sheet, REPLENISHMENT_TABLE, ['sku'])
            : findTableHeader(sheet, SALES_HISTORY_COLUMNS, HISTORY_REQUIRED);
      if (sheet === null || header === undefined) {
        return refuse(formatMessage(m.undoMissingSheet, { sheet: saved.sheet }));
      }
      const grid = readGrid(sheet, header.headerRow + 1, header.lastRow, header.width);
      const timeZone = spreadsheet.getSpreadsheetTimeZone();
      const { changes, restored, kept } = planUndo(grid, header, saved.rows, timeZone);
      writeChanges(sheet, grid, changes);
      markUndone(spreadsheet, saved, now);
      app.flush();
      const time = `${saved.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
      const message = [
        formatMessage(m.undone, { report: saved.report, file: saved.file, time, restored }),
        kept > 0 ? formatMessage(m.undoKept, { kept }) : '',
      ]
        .filter((part) => part !== '')
        .join(' ');
      spreadsheet.toast(message, m.undoTitle, 10);
      return { ok: true, message, restored, kept };
    },
    () => ({ ok: false, message: m.busy, restored: 0, kept: 0 }),
  );
}

/** The cells to put back: those still holding what the import wrote. */
export function planUndo(
  grid: SheetGrid,
  header: TableHeader<string>,
  rows: readonly RowRecord[],
  timeZone: string,
): { changes: CellChanges; restored: number; kept: number } {
  const columns = header.columns as Readonly<Record<string, number | undefined>>;
  const keyOf = (line: readonly unknown[]): string | undefined => {
    const sku = skuText(line[columns.sku ?? -1]);
    if (columns.date === undefined) return sku;
    const date = dayOf(line[columns.date], timeZone);
    return date === undefined ? undefined : dayKey(date, sku);
  };
  const rowOf = new Map<string, number>();
  grid.values.forEach((line, row) => {
    const key = keyOf(line);
    if (key !== undefined && key !== '' && !rowOf.has(key)) rowOf.set(key, row);
  });

  const changes: CellChanges = new Map();
  let restored = 0;
  let kept = 0;
  for (const record of rows) {
    const key =
      record.key.length === 2
        ? dayKey(record.key[0] ?? '', record.key[1] ?? '')
        : (record.key[0] ?? '');
    const row = rowOf.get(key);
    if (row === undefined) {
      kept += record.cells.length;
      continue;
    }
    const line = grid.values[row] ?? [];
    const formulas = grid.formulas[row] ?? [];
    const stillImported = (column: number, after: unknown) =>
      (formulas[column] ?? '') === '' && sameCell(line[column], after, timeZone);
    const restoredColumns = new Set<number>();
    for (const cell of record.cells) {
      if (KEY_COLUMNS.has(cell.column)) continue;
      const column = columns[cell.column];
      if (column === undefined || !stillImported(column, cell.after)) {
        kept++;
        continue;
      }
      setChange(changes, row, column, cell.before);
      restoredColumns.add(column);
      restored++;
    }
    const keyCells = record.cells.filter((cell) => KEY_COLUMNS.has(cell.column));
    if (keyCells.length === 0) continue;
    // An added row goes back to empty, unless someone has typed into it since.
    const typedSince = line.some(
      (value, column) =>
        !restoredColumns.has(column) &&
        !keyCells.some((cell) => columns[cell.column] === column) &&
        (formulas[column] ?? '') === '' &&
        !isBlank(value) &&
        !isWorkedOut(header, column),
    );
    for (const cell of keyCells) {
      const column = columns[cell.column];
      if (typedSince || column === undefined || !stillImported(column, cell.after)) {
        kept++;
        continue;
      }
      setChange(changes, row, column, cell.before);
      restored++;
    }
  }
  return { changes, restored, kept };
}

/** The template's worked-out columns show values without being typed into. */
function isWorkedOut(header: TableHeader<string>, column: number): boolean {
  const key = Object.entries(header.columns).find(([, index]) => index === column)?.[0];
  const found = REPLENISHMENT_TABLE.find((c) => c.key === key);
  return found !== undefined && 'kind' in found && found.kind === 'computed';
}

/** Whether a cell still holds what the import wrote: a day written as text reads back as a date. */
function sameCell(current: unknown, written: unknown, timeZone: string): boolean {
  if (current === written) return true;
  if (isBlank(current) && isBlank(written)) return true;
  if (current instanceof Date && typeof written === 'string') {
    return dayOf(current, timeZone) === written;
  }
  if (typeof written === 'number' || typeof current === 'number') return false;
  return String(current ?? '').trim() === String(written ?? '').trim();
}
