// Finds the keyword-rank sheet — the active one when it is one, else the first — by its headers.

import type { SheetLike, SpreadsheetLike } from '../services/spreadsheet-service';
import { readTable, type SheetTable } from '../sheet-table/read-table';
import { RANK_COLUMNS, RANK_REQUIRED, type RankColumnKey } from './rank-columns';

export interface RankSheet {
  readonly sheet: SheetLike;
  readonly table: SheetTable<RankColumnKey>;
}

/** The active sheet if its headers name a date, SKU, keyword and rank, else the first such sheet. */
export function findRankSheet(spreadsheet: SpreadsheetLike): RankSheet | undefined {
  const active = spreadsheet.getActiveSheet();
  const table = readTable(active, RANK_COLUMNS, RANK_REQUIRED);
  if (table !== undefined) return { sheet: active, table };
  const activeName = active.getName();
  for (const sheet of spreadsheet.getSheets()) {
    if (sheet.getName() === activeName) continue;
    const other = readTable(sheet, RANK_COLUMNS, RANK_REQUIRED);
    if (other !== undefined) return { sheet, table: other };
  }
  return undefined;
}
