// The texts of every input error the calculations can raise, in English and Simplified Chinese.
// Short enough for a cell (the common ones fit in 80 characters): `{arg}` is the argument as the
// reader knows it — its column header or label, in the reader's language, when one is known.

import type { Catalog } from './i18n/locale';

export type InputMessageKey =
  | 'notANumber'
  | 'dateNotNumber'
  | 'decimalComma'
  | 'notAFiniteNumber'
  | 'tooManyDays'
  | 'tooManyUnits'
  | 'tooMuchMoney'
  | 'seasonalTooLarge'
  | 'negative'
  | 'notPositive'
  | 'notWhole'
  | 'required'
  | 'arrivalPassed'
  | 'weightsShape'
  | 'weightsZero'
  | 'seasonalBaseZero'
  | 'historyColumns'
  | 'historyRow'
  | 'historyHeader'
  | 'historyTooLarge'
  | 'rangeRows'
  | 'rangeColumns'
  | 'tooManyArguments'
  | 'internal'
  | 'outOfRange'
  | 'rangeReversed'
  | 'notAbove'
  | 'notADate';

/**
 * Keys a single row's cell can show (a value typed in one row); the others concern a whole
 * call (its ranges, its history table) or the settings, and may run longer.
 */
export const CELL_MESSAGE_KEYS: readonly InputMessageKey[] = [
  'notANumber',
  'dateNotNumber',
  'decimalComma',
  'notAFiniteNumber',
  'tooManyDays',
  'tooManyUnits',
  'tooMuchMoney',
  'seasonalTooLarge',
  'negative',
  'notPositive',
  'notWhole',
  'required',
  'arrivalPassed',
  'seasonalBaseZero',
  'outOfRange',
  'notAbove',
  'notADate',
];

export const INPUT_MESSAGES: Catalog<InputMessageKey> = {
  en: {
    notANumber: '{arg} must be a number, got {value}',
    dateNotNumber: '{arg} must be a number, got a date',
    decimalComma: '{arg}: use a decimal point (1.5, not 1,5), got {value}',
    notAFiniteNumber: '{arg} is too large to use, got {value}',
    tooManyDays: '{arg} is too large: at most {max} days (100 years), got {value}',
    tooManyUnits: '{arg} is too large: at most {max} units, got {value}',
    tooMuchMoney: '{arg} is too large: at most {max}, got {value}',
    seasonalTooLarge: '{arg} is {value}, too small next to {other}',
    negative: '{arg} cannot be negative, got {value}',
    notPositive: '{arg} must be greater than 0, got {value}',
    notWhole: '{arg} must be a whole number, got {value}',
    required: '{arg} is blank: fill it in or clear the row',
    arrivalPassed: '{arg} is {value}: arrival overdue; update the ETA or mark it received',
    weightsShape: '{arg} must be one row of 3 numbers (7, 14, 30 days), e.g. {1,0,0}',
    weightsZero: '{arg} give no weight to any sales window that has data',
    seasonalBaseZero: '{arg} is 0: leave both last-year figures blank',
    historyColumns:
      '{arg} needs 3 or 4 columns: Date, SKU, Units sold, [Units available]; got {count}',
    historyRow: '{arg} row {row}: {detail}',
    historyHeader: '{arg} starts with a header ({value}): select data rows only, e.g. A2:D',
    historyTooLarge:
      '{arg} has {rows} rows, over the {max} one formula can read; use Stockout Playbook › Work out demand from sales history',
    rangeRows: '{arg} has {rows} rows but {other} has {otherRows}: use ranges of one size',
    rangeColumns: '{arg} has {cols} columns but {other} has {otherCols}: use ranges of one size',
    tooManyArguments: '{fn} takes at most {max} arguments, got {count}',
    internal: 'unexpected problem in {fn}: {detail}',
    outOfRange: '{arg} must be between {min} and {max}, got {value}',
    rangeReversed: '{arg} must give the smaller number first, got {value}',
    notAbove: '{arg} must be greater than {other}, got {value}',
    notADate: '{arg} must be a date such as 2026-11-26, got {value}',
  },
  'zh-CN': {
    notANumber: '{arg} 必须是数字，当前为 {value}',
    dateNotNumber: '{arg} 必须是数字，当前为日期',
    decimalComma: '{arg}：小数请用小数点（1.5，不是 1,5），当前为 {value}',
    notAFiniteNumber: '{arg} 数值过大，无法使用，当前为 {value}',
    tooManyDays: '{arg} 过大：最多 {max} 天（100 年），当前为 {value}',
    tooManyUnits: '{arg} 过大：最多 {max} 件，当前为 {value}',
    tooMuchMoney: '{arg} 过大：最多 {max}，当前为 {value}',
    seasonalTooLarge: '{arg} 为 {value}，相对 {other} 过小，无法使用',
    negative: '{arg} 不能为负数，当前为 {value}',
    notPositive: '{arg} 必须大于 0，当前为 {value}',
    notWhole: '{arg} 必须是整数，当前为 {value}',
    required: '{arg} 为空：请填写，或清空整行',
    arrivalPassed: '{arg} 为 {value}：到货已逾期，请更新 ETA 或标记为已签收',
    weightsShape: '{arg} 必须是一行 3 个数字（7、14、30 天），例如 {1,0,0}',
    weightsZero: '{arg} 没有给任何有数据的销量窗口分配权重',
    seasonalBaseZero: '{arg} 为 0：请将两个去年数据都留空',
    historyColumns: '{arg} 需要 3 或 4 列：日期、SKU、销量、[日末可售库存]；当前为 {count} 列',
    historyRow: '{arg} 第 {row} 行：{detail}',
    historyHeader: '{arg} 以标题行开头（{value}）：请只选数据行，例如 A2:D',
    historyTooLarge:
      '{arg} 有 {rows} 行，超过一个公式能读取的 {max} 行；请用菜单 Stockout Playbook › 根据销售历史计算需求',
    rangeRows: '{arg} 有 {rows} 行，{other} 有 {otherRows} 行：请使用大小相同的范围',
    rangeColumns: '{arg} 有 {cols} 列，{other} 有 {otherCols} 列：请使用大小相同的范围',
    tooManyArguments: '{fn} 最多接受 {max} 个参数，实际为 {count} 个',
    internal: '{fn} 出现意外问题：{detail}',
    outOfRange: '{arg} 必须在 {min} 到 {max} 之间，当前为 {value}',
    rangeReversed: '{arg} 应先写较小的数，当前为 {value}',
    notAbove: '{arg} 必须大于 {other}，当前为 {value}',
    notADate: '{arg} 必须是日期，例如 2026-11-26，当前为 {value}',
  },
};
