// The Sales-history sheet's and the Demand sheet's own words: names, headers, notes and toasts.

import type { Catalog } from '../../core/i18n/locale';

export type SalesHistoryMessageKey =
  | 'title'
  | 'sheetName'
  | 'inserted'
  | 'demandTitle'
  | 'demandSheetName'
  | 'demandSku'
  | 'demandRate'
  | 'demandSd'
  | 'demandSeasonal'
  | 'demandAsOf'
  | 'noteDemandSku'
  | 'noteDemandRate'
  | 'noteDemandSd'
  | 'noteDemandSeasonal'
  | 'noteDemandAsOf'
  | 'demandWritten'
  | 'noHistorySheet'
  | 'noHistoryRows'
  | 'ignoredRows'
  | 'busy';

export const SALES_HISTORY_MESSAGES: Catalog<SalesHistoryMessageKey> = {
  en: {
    title: 'Sales history',
    sheetName: 'Sales history',
    inserted:
      "Inserted '{sheet}'. Rows {firstExample}–{lastExample} are examples (EXAMPLE-MUG): delete them and paste one row per SKU per day. =DEMAND_STATS(skus, '{sheet}'!A2:D) reads it; for a long history use Work out demand from sales history.",
    demandTitle: 'Demand',
    demandSheetName: 'Demand',
    demandSku: 'SKU',
    demandRate: 'Daily rate (in stock)',
    demandSd: 'Weekly sd',
    demandSeasonal: 'Seasonal factor',
    demandAsOf: 'As of',
    noteDemandSku: 'Every SKU of the sales history.',
    noteDemandRate:
      'Units per in-stock day, recent days weighted more (as DEMAND_STATS). Days that began out of stock are left out.',
    noteDemandSd: 'Standard deviation of weekly demand over in-stock weeks, units per week.',
    noteDemandSeasonal:
      'Last year’s season over the next 90 days (1 without a year of history). Daily sales = rate × this factor.',
    noteDemandAsOf:
      'The figures are as of this day: the day after the latest date in the sales history. Written as values by the menu: run it again after adding history.',
    demandWritten:
      "Worked out demand for {skus} SKUs from '{history}' ({rows} rows, as of {asOf}) into '{sheet}'.",
    noHistorySheet:
      'No sales-history sheet found: no sheet has the headers Date, SKU and Units sold. Insert one from the menu (Insert sales-history sheet) and paste your daily sales.',
    noHistoryRows:
      "'{sheet}' has no rows with a date, SKU and units sold yet: paste one row per SKU per day.",
    ignoredRows: ' {count} rows without a date, SKU or units sold were skipped.',
    busy: 'Someone else is writing to this spreadsheet; try again in a moment.',
  },
  'zh-CN': {
    title: '销售历史',
    sheetName: '销售历史',
    inserted:
      "已插入“{sheet}”。第 {firstExample}–{lastExample} 行是示例（EXAMPLE-MUG）：删除后按每个 SKU 每天一行粘贴。=DEMAND_STATS(skus, '{sheet}'!A2:D) 会读取它；历史很长时请使用“根据销售历史计算需求”。",
    demandTitle: '需求',
    demandSheetName: '需求',
    demandSku: 'SKU',
    demandRate: '日均销量（有货日）',
    demandSd: '周需求标准差',
    demandSeasonal: '季节系数',
    demandAsOf: '截至日期',
    noteDemandSku: '销售历史中的每个 SKU。',
    noteDemandRate:
      '有货日的日均销量，近期权重更高（与 DEMAND_STATS 相同）。开始时已断货的日期不计入。',
    noteDemandSd: '有货周的周需求标准差，单位：件/周。',
    noteDemandSeasonal:
      '去年同期未来 90 天的季节变化（不足一年历史时为 1）。日均销量 = 日均 × 该系数。',
    noteDemandAsOf:
      '数据截至该日：销售历史最新日期的次日。由菜单写入为数值：补充历史后请再次运行。',
    demandWritten:
      '已根据“{history}”（{rows} 行，截至 {asOf}）计算 {skus} 个 SKU 的需求，写入“{sheet}”。',
    noHistorySheet:
      '未找到销售历史表：没有工作表包含“日期”“SKU”“销量”表头。请从菜单“插入销售历史表”插入，并粘贴每日销量。',
    noHistoryRows: '“{sheet}”还没有包含日期、SKU 和销量的行：请按每个 SKU 每天一行粘贴。',
    ignoredRows: ' 已跳过 {count} 行缺少日期、SKU 或销量的行。',
    busy: '其他人正在写入此表格，请稍后再试。',
  },
};
