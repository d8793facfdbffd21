// Whether a SKU is on a sheet: its SKU column, found by header, read in one call.

import type { SheetLike } from '../services/spreadsheet-service';
import { readTopRows } from '../sheet-table/read-top-rows';
import { findHeaderCell } from '../template/header-match';
import { skuText } from './read-sku-row';

/** Where a SKU was found: its row (1-based), the header row's cells and the sheet's width. */
export interface FoundSku {
  readonly row: number;
  readonly header: readonly unknown[];
  readonly width: number;
}

/**
 * Where the SKU's first row is, 'missing', or 'noSkuColumn' when no header row names a SKU
 * column. Calls: getLastRow, getLastColumn and two reads (the header rows, the SKU column),
 * whatever the size.
 */
export function findSku(sheet: SheetLike, sku: string): FoundSku | 'missing' | 'noSkuColumn' {
  const top = readTopRows(sheet);
  const header = top === undefined ? undefined : findHeaderCell(top.rows, 'sku');
  if (top === undefined || header === undefined) return 'noSkuColumn';
  const headerRow = header.row + 1;
  if (top.lastRow <= headerRow) return 'missing';
  const skus = sheet
    .getRange(headerRow + 1, header.column + 1, top.lastRow - headerRow, 1)
    .getValues();
  const index = skus.findIndex(([value]) => skuText(value) === sku);
  if (index < 0) return 'missing';
  return { row: headerRow + 1 + index, header: top.rows[header.row] ?? [], width: top.width };
}
