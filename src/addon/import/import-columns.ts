// The column the import adds to the replenishment sheet: the report status, where SKUs missing
// from the latest report are marked. (The Sales history columns are the sheet's own table.)

import type { SheetColumn } from '../platform/sheet-table/sheet-column';

/** The replenishment sheet's column the import marks SKUs missing from the latest report in. */
export const REPORT_STATUS_COLUMN: SheetColumn<'reportStatus'> = {
  key: 'reportStatus',
  header: { en: 'Report status', 'zh-CN': '报告状态' },
  note: {
    en: 'Written by the report import: a SKU the latest Amazon report left out is marked with that report’s date and type; empty while the SKU is in it.',
    'zh-CN':
      '由报告导入填写：最新的亚马逊报告中没有的 SKU 会标出该报告的日期和类型；SKU 在报告中时留空。',
  },
  aliases: ['import status', '导入状态'],
  rules: ['R1'],
};
