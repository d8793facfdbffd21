// The texts of every input error the calculations can raise, in English and Simplified Chinese.

import type { Catalog } from './i18n/locale';

export type InputMessageKey =
  | 'notANumber'
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
  | 'rangeShape'
  | 'tooManyArguments'
  | 'internal'
  | 'outOfRange'
  | 'rangeReversed'
  | 'notAbove'
  | 'notADate';

export const INPUT_MESSAGES: Catalog<InputMessageKey> = {
  en: {
    notANumber: '{arg} must be a number, got {value}',
    decimalComma:
      '{arg} has a comma that does not separate thousands, got {value}: write decimals with a point (1.5, not 1,5)',
    notAFiniteNumber: '{arg} is too large to be a number of units or days, got {value}',
    tooManyDays: '{arg} is too large: at most {max} days (100 years), got {value}',
    tooManyUnits: '{arg} is too large: at most {max} units, got {value}',
    tooMuchMoney: '{arg} is too large: at most {max}, got {value}',
    seasonalTooLarge:
      '{arg} is {value}, so small next to ly_next_90d that the seasonal factor is too large to use; check last year’s figures',
    negative: '{arg} cannot be negative, got {value}',
    notPositive: '{arg} must be greater than 0, got {value}',
    notWhole: '{arg} must be a whole number, got {value}',
    required: '{arg} is blank; fill it in (or clear the whole row)',
    arrivalPassed:
      '{arg} is {value}: the arrival date has passed; update the ETA or mark the shipment received',
    weightsShape: '{arg} must be one row of three numbers for 7, 14 and 30 days, e.g. {1,0,0}',
    weightsZero: '{arg} give no weight to any sales window that has data',
    seasonalBaseZero:
      '{arg} is 0, so the seasonal factor cannot be worked out; leave both last-year figures blank',
    historyColumns:
      '{arg} must have 3 or 4 columns: Date, SKU, Units sold and (optional) Units available; got {count}',
    historyRow: '{arg} row {row}: {detail}',
    historyHeader: '{arg} starts with a header row ({value}); select the data rows only, e.g. A2:D',
    historyTooLarge:
      '{arg} has {rows} rows, more than the {max} one formula can read in time; use the menu: Stockout Playbook › Work out demand from sales history',
    rangeShape:
      '{arg} covers {actual} but the other ranges cover {expected}; use ranges of one size',
    tooManyArguments: '{fn} takes at most {max} arguments, got {count}',
    internal: 'unexpected problem in {fn}: {detail}',
    outOfRange: '{arg} must be between {min} and {max}, got {value}',
    rangeReversed: '{arg} must give the smaller number first, got {value}',
    notAbove: '{arg} must be greater than {other}, got {value}',
    notADate: '{arg} must be a date such as 2026-11-26, got {value}',
  },
  'zh-CN': {
    notANumber: '{arg} 必须是数字，当前为 {value}',
    decimalComma:
      '{arg} 中的逗号不是千位分隔符，当前为 {value}：小数请用小数点（写 1.5，不要写 1,5）',
    notAFiniteNumber: '{arg} 数值过大，不是有效的件数或天数，当前为 {value}',
    tooManyDays: '{arg} 过大：最多 {max} 天（100 年），当前为 {value}',
    tooManyUnits: '{arg} 过大：最多 {max} 件，当前为 {value}',
    tooMuchMoney: '{arg} 过大：最多 {max}，当前为 {value}',
    seasonalTooLarge:
      '{arg} 为 {value}，相对 ly_next_90d 过小，季节系数过大，无法使用；请检查去年的数据',
    negative: '{arg} 不能为负数，当前为 {value}',
    notPositive: '{arg} 必须大于 0，当前为 {value}',
    notWhole: '{arg} 必须是整数，当前为 {value}',
    required: '{arg} 为空，请填写（或清空整行）',
    arrivalPassed: '{arg} 为 {value}：预计到货日已过，请更新 ETA 或将货件标记为已签收',
    weightsShape: '{arg} 必须是一行三个数字，分别对应 7、14、30 天，例如 {1,0,0}',
    weightsZero: '{arg} 没有给任何有数据的销量窗口分配权重',
    seasonalBaseZero: '{arg} 为 0，无法计算季节系数；请将两个去年数据都留空',
    historyColumns:
      '{arg} 必须有 3 或 4 列：日期、SKU、销量，以及（可选）日末可售库存；当前为 {count} 列',
    historyRow: '{arg} 第 {row} 行：{detail}',
    historyHeader: '{arg} 以标题行开头（{value}）；请只选择数据行，例如 A2:D',
    historyTooLarge:
      '{arg} 有 {rows} 行，超过一个公式能及时读取的 {max} 行；请使用菜单：Stockout Playbook › 根据销售历史计算需求',
    rangeShape: '{arg} 的范围是 {actual}，其他范围是 {expected}；请使用大小相同的范围',
    tooManyArguments: '{fn} 最多接受 {max} 个参数，实际为 {count} 个',
    internal: '{fn} 出现意外问题：{detail}',
    outOfRange: '{arg} 必须在 {min} 到 {max} 之间，当前为 {value}',
    rangeReversed: '{arg} 应先写较小的数，当前为 {value}',
    notAbove: '{arg} 必须大于 {other}，当前为 {value}',
    notADate: '{arg} 必须是日期，例如 2026-11-26，当前为 {value}',
  },
};
