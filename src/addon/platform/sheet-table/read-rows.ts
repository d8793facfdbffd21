// The row-reading loop of every log sheet the add-on makes: rows missing a required cell are
// skipped (counted when not blank), each bad value becomes a problem naming its column and row.

import type { Locale } from '../../../core/i18n/locale';
import { isBlank } from '../cell-value';
import { cellOf, type SheetTable } from './read-table';
import { type RowProblem, readOrReport } from './row-problem';
import { headerOf, type SheetColumn } from './sheet-column';

/** One data row as a reader sees it. */
export interface RowReader<K extends string> {
  /** 1-based sheet row. */
  readonly row: number;
  readonly cell: (key: K) => unknown;
  /** The column's header in the reader's language, to name it in a problem. */
  readonly header: (key: K) => string;
  /** What `fn` reads, or undefined when it throws: what it threw becomes the row's problem. */
  readonly read: <T>(fn: () => T) => T | undefined;
  readonly problem: (text: string) => void;
}

export interface RowsRead<R> {
  readonly rows: readonly R[];
  readonly problems: readonly RowProblem[];
  /** Rows with something in them but a required cell blank: skipped, not errors. */
  readonly ignored: number;
}

/**
 * Each row with every `required` cell filled, read by `readRow` (undefined: the row is left out,
 * its problems kept); a blank row is passed over, a half-filled one counted as ignored.
 */
export function readRows<K extends string, R>(
  table: SheetTable<K>,
  columns: readonly SheetColumn<K>[],
  required: readonly K[],
  locale: Locale,
  readRow: (reader: RowReader<K>) => R | undefined,
): RowsRead<R> {
  const rows: R[] = [];
  const problems: RowProblem[] = [];
  let ignored = 0;
  const header = (key: K) => headerOf(columns, key, locale);
  table.rows.forEach((cells, i) => {
    const row = table.headerRow + 1 + i;
    const cell = (key: K) => cellOf(table, cells, key);
    if (required.map(cell).some(isBlank)) {
      if (!cells.every(isBlank)) ignored++;
      return;
    }
    const read = <T>(fn: () => T) => readOrReport(fn, row, problems, locale);
    const problem = (text: string) => {
      problems.push({ row, text });
    };
    const readRowResult = readRow({ row, cell, header, read, problem });
    if (readRowResult !== undefined) rows.push(readRowResult);
  });
  return { rows, problems, ignored };
}
