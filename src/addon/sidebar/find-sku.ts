// Whether a SKU is on a sheet: its SKU column, found by header, read in one call.

import { HEADER_ROWS_SEARCHED } from '../colour-rules/refresh-colour-rules';
import type { SheetLike } from '../services/spreadsheet-service';
import { findColumn } from '../template/header-match';
import { skuText } from './read-sku-row';

/**
 * 'found', 'missing', or 'noSkuColumn' when no header row names a SKU column. Calls:
 * getLastRow, getLastColumn and two reads (the header rows, the SKU column), whatever the size.
 */
export function findSku(sheet: SheetLike, sku: string): 'found' | 'missing' | 'noSkuColumn' {
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  if (lastRow < 1 || width < 1) return 'noSkuColumn';
  const top = sheet.getRange(1, 1, Math.min(HEADER_ROWS_SEARCHED, lastRow), width).getValues();
  for (let r = 0; r < top.length; r++) {
    const column = findColumn(top[r] ?? [], 'sku');
    if (column < 0) continue;
    const headerRow = r + 1;
    if (lastRow <= headerRow) return 'missing';
    const skus = sheet.getRange(headerRow + 1, column + 1, lastRow - headerRow, 1).getValues();
    return skus.some(([value]) => skuText(value) === sku) ? 'found' : 'missing';
  }
  return 'noSkuColumn';
}
