// The column the import adds to the replenishment sheet: the report status, where SKUs missing
// from the latest report are marked. (The Sales history columns are the sheet's own table.)

import type { SheetColumn } from '../sheet-table/sheet-column';

/** The replenishment sheet's column the import marks SKUs missing from the latest report in. */
export const REPORT_STATUS_COLUMN: SheetColumn<'reportStatus'> = {
  key: 'reportStatus',
  header: { en: 'Report status', 'zh-CN': '报告状态' },
  note: { en: '', 'zh-CN': '' },
  aliases: ['import status', '导入状态'],
  rules: ['R1'],
};
