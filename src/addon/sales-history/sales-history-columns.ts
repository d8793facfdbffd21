// R5: the Sales-history sheet's columns, one typed table: headers (which the report import writes
// by), notes, formats and checks.

import { column, linkedSkuColumn, type SheetColumn } from '../platform/sheet-table/sheet-column';

export const SALES_HISTORY_COLUMN_KEYS = ['date', 'sku', 'unitsSold', 'unitsAvailable'] as const;
export type SalesHistoryColumnKey = (typeof SALES_HISTORY_COLUMN_KEYS)[number];

/** What a row needs to count; Units available is optional. */
export const SALES_HISTORY_REQUIRED: readonly SalesHistoryColumnKey[] = [
  'date',
  'sku',
  'unitsSold',
];

/** The columns, in sheet order. */
export const SALES_HISTORY_COLUMNS: readonly SheetColumn<SalesHistoryColumnKey>[] = [
  column(
    'date',
    ['Date', 'The day the units sold. One row per SKU per day; a day without a row sold nothing.'],
    ['日期', '销售日期。每个 SKU 每天一行；没有行的日期视为当天没有销量。'],
    {
      aliases: ['day', 'sales date', 'order date', '销售日期', '日期(天)'],
      numberFormat: 'yyyy-mm-dd',
      check: 'date',
      rules: ['R5'],
    },
  ),
  linkedSkuColumn(['R5'], ['merchant sku']),
  column(
    'unitsSold',
    ['Units sold', 'Units sold (ordered) that day.'],
    ['销量', '当天售出（下单）的件数。'],
    {
      aliases: ['units ordered', 'ordered units', 'units', 'quantity sold', 'qty sold', '订购数量'],
      numberFormat: '0',
      check: 'nonNegative',
      rules: ['R5'],
    },
  ),
  column(
    'unitsAvailable',
    [
      'Units available',
      'Optional. Units available in FBA at the end of the day. With it, days that began out of stock are left out of the daily rate, so a stockout never lowers it. Blank: the last known value holds.',
    ],
    [
      '日末可售库存',
      '可选。当天结束时 FBA 可售库存。填写后，开始时已断货的日期不计入日均销量，断货不会拉低它。留空：沿用最近一次的值。',
    ],
    {
      aliases: [
        'available',
        'units available end of day',
        'afn-fulfillable-quantity',
        'fulfillable quantity',
        '可售库存',
        '可售数量',
      ],
      numberFormat: '0',
      check: 'nonNegative',
      rules: ['R5', 'R2'],
    },
  ),
];

/** The 1-based column number of a key in the inserted sheet. */
export function salesHistoryColumn(key: SalesHistoryColumnKey): number {
  return SALES_HISTORY_COLUMNS.findIndex((c) => c.key === key) + 1;
}
