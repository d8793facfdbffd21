// Finds a SKU's row on a sheet: its SKU column, found by header, read in one call, then its row.

import type { SheetLike } from '../platform/services/spreadsheet-service';
import { readTopRows } from '../platform/sheet-table/read-top-rows';
import { type SkuRowCells, skuText } from '../replenishment-sheet/read-sku-row';
import { findHeaderCell, mapColumns } from '../replenishment-sheet/replenishment-columns';

/**
 * The first row holding the SKU, with its sheet's header ('found'); 'missing'; or 'noSkuColumn'
 * when no header row names a SKU column. Calls: getLastRow, getLastColumn and two reads (the
 * header rows, the SKU column), whatever the size, and one more for the row found.
 */
export function findSku(sheet: SheetLike, sku: string): SkuRowCells | 'missing' | 'noSkuColumn' {
  const top = readTopRows(sheet);
  const header = top === undefined ? undefined : findHeaderCell(top.rows, 'sku');
  if (top === undefined || header === undefined) return 'noSkuColumn';
  const headerRow = header.row + 1;
  if (top.lastRow <= headerRow) return 'missing';
  const skus = sheet
    .getRange(headerRow + 1, header.column + 1, top.lastRow - headerRow, 1)
    .getValues();
  const at = skus.findIndex(([value]) => skuText(value) === sku);
  if (at < 0) return 'missing';
  const headerCells = top.rows[header.row] ?? [];
  const cells = sheet.getRange(headerRow + 1 + at, 1, 1, top.width).getValues()[0] ?? [];
  return { header: headerCells, columns: mapColumns(headerCells), cells };
}
