// The columns the import finds by header besides the replenishment template's own: the report
// status column it adds to the replenishment sheet, and the Sales history sheet's columns.

import type { SheetColumn } from '../sheet-table/sheet-column';

/** The replenishment sheet's column the import marks SKUs missing from the latest report in. */
export const REPORT_STATUS_COLUMN: SheetColumn<'reportStatus'> = {
  key: 'reportStatus',
  header: { en: 'Report status', 'zh-CN': '报告状态' },
  note: { en: '', 'zh-CN': '' },
  aliases: ['import status', '导入状态'],
  rules: ['R1'],
};

export type HistoryColumnKey = 'date' | 'sku' | 'unitsSold' | 'unitsAvailable';

/** The Sales history sheet's columns, in sheet order (R5, R7): one row per SKU per day. */
export const SALES_HISTORY_COLUMNS: readonly SheetColumn<HistoryColumnKey>[] = [
  {
    key: 'date',
    header: { en: 'Date', 'zh-CN': '日期' },
    note: { en: 'The day.', 'zh-CN': '日期。' },
    aliases: [],
    numberFormat: 'yyyy-mm-dd',
    check: 'date',
    rules: ['R5'],
  },
  {
    key: 'sku',
    header: { en: 'SKU', 'zh-CN': 'SKU' },
    note: { en: 'Your seller SKU.', 'zh-CN': '卖家 SKU。' },
    aliases: [],
    numberFormat: '@',
    rules: ['R5'],
  },
  {
    key: 'unitsSold',
    header: { en: 'Units sold', 'zh-CN': '销量' },
    note: {
      en: 'Units ordered that day (All Orders report, cancelled orders left out).',
      'zh-CN': '当天订购的件数（所有订单报告，不含已取消的订单）。',
    },
    aliases: [],
    numberFormat: '#,##0',
    check: 'nonNegative',
    rules: ['R5', 'R7'],
  },
  {
    key: 'unitsAvailable',
    header: { en: 'Units available', 'zh-CN': '日末可售库存' },
    note: {
      en: 'Sellable units at the end of the day (Inventory Ledger: Ending Warehouse Balance, SELLABLE).',
      'zh-CN': '当天结束时的可售库存（库存分类账：期末仓库余额，SELLABLE）。',
    },
    aliases: [],
    numberFormat: '#,##0',
    rules: ['R5', 'R7'],
  },
];
