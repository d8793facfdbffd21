// Where a sample SKU sits on the sample replenishment sheet: its row, and its cell in a column.

import { SAMPLE_SKUS } from '../../preview/sample/sample-skus';
import { columnLetter } from '../../src/addon/platform/column-letter';
import type { ColumnKey } from '../../src/addon/replenishment-sheet/replenishment-columns';
import { FIRST_DATA_ROW, templateColumn } from '../../src/addon/replenishment-sheet/template-plan';

/** The 1-based row of a sample SKU. */
export function sampleRow(sku: string): number {
  const index = SAMPLE_SKUS.findIndex((s) => s.sku === sku);
  if (index < 0) throw new Error(`no sample SKU ${sku}`);
  return FIRST_DATA_ROW + index;
}

/** The A1 name of a sample SKU's cell in a template column. */
export function sampleCell(sku: string, key: ColumnKey): string {
  return `${columnLetter(templateColumn(key))}${sampleRow(sku)}`;
}
