// The words of a report import that the core decides: report names, why a line was skipped,
// and the unknown-layout refusal, in both languages.

import type { Catalog } from '../i18n/locale';
import type { ReportId } from './report-layouts';

export type ReportProblemKey =
  | 'skewedLine'
  | 'unclosedQuote'
  | 'noSku'
  | 'notANumber'
  | 'negative'
  | 'notADate'
  | 'monthlyDate'
  | 'repeatedSku';

/** Lines left out on purpose, counted rather than listed. */
export type IgnoredLineKey = 'cancelled' | 'notSellable';

export type ImportCoreMessageKey =
  | `report.${ReportId}`
  | `problem.${ReportProblemKey}`
  | `ignored.${IgnoredLineKey}`
  | 'emptyReport'
  | 'unknownLayout'
  | 'layoutColumns';

export const IMPORT_CORE_MESSAGES: Catalog<ImportCoreMessageKey> = {
  en: {
    'report.fbaInventory': 'FBA Inventory',
    'report.restock': 'Restock Inventory',
    'report.manageInventory': 'Manage FBA Inventory',
    'report.businessReport': 'Business Report (by child item)',
    'report.afnInventory': 'FBA Amazon Fulfilled Inventory',
    'report.allOrders': 'All Orders',
    'report.ledgerSummary': 'Inventory Ledger (summary)',
    'problem.skewedLine':
      '{fields} fields where the header has {expected}: not read, so no value lands in the wrong column',
    'problem.unclosedQuote':
      'a quote opened on this line is never closed: this line and the rest of the file were not read',
    'problem.noSku': 'no SKU',
    'problem.notANumber': "{column} '{value}' is not a number",
    'problem.negative': '{column} {value} is below 0',
    'problem.notADate': "{column} '{value}' is not a date",
    'problem.monthlyDate':
      "{column} '{value}' is a month, not a day: download the ledger summary by day",
    'problem.repeatedSku': 'SKU {sku} again (first on line {first}): the first line is used',
    'ignored.cancelled': '{count} cancelled order lines left out',
    'ignored.notSellable': '{count} lines of stock that is not sellable left out',
    emptyReport: 'The report is empty: paste the whole file, header line included.',
    unknownLayout:
      'This is not a report the add-on knows. It looks for the header of one of these reports: {layouts}. The first line read: {header}',
    layoutColumns: '{report} ({columns})',
  },
  'zh-CN': {
    'report.fbaInventory': 'FBA 库存报告',
    'report.restock': '补货库存报告',
    'report.manageInventory': '管理亚马逊库存报告',
    'report.businessReport': '业务报告（按子商品）',
    'report.afnInventory': '亚马逊配送库存报告',
    'report.allOrders': '所有订单报告',
    'report.ledgerSummary': '库存分类账（汇总视图）',
    'problem.skewedLine': '有 {fields} 个字段，而表头有 {expected} 个：未读取，以免数值错列',
    'problem.unclosedQuote': '本行开始的引号没有闭合：本行及其后的内容均未读取',
    'problem.noSku': '没有 SKU',
    'problem.notANumber': '{column}「{value}」不是数字',
    'problem.negative': '{column} {value} 小于 0',
    'problem.notADate': '{column}「{value}」不是日期',
    'problem.monthlyDate': '{column}「{value}」是月份而不是日期：请按天下载库存分类账汇总',
    'problem.repeatedSku': 'SKU {sku} 重复出现（首次在第 {first} 行）：采用第一行',
    'ignored.cancelled': '{count} 行已取消的订单未计入',
    'ignored.notSellable': '{count} 行不可售库存未计入',
    emptyReport: '报告是空的：请粘贴整个文件，包括表头行。',
    unknownLayout: '无法识别此报告。插件查找以下报告之一的表头：{layouts}。读到的第一行：{header}',
    layoutColumns: '{report}（{columns}）',
  },
};
