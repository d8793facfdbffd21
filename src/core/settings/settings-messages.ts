// The names of the settings and the texts of what can be wrong with them, in both languages.

import type { Catalog } from '../i18n/locale';
import type { Phase } from '../phase';
import type { SavedPlanSettingKey } from './saved-plan-settings';

/** A setting as the dialog shows it and as a problem names it. */
export type SettingsField =
  | 'airFreightDays'
  | 'alertDays'
  | 'overstockDays'
  | 'colours.airFreight'
  | 'colours.alert'
  | 'colours.overstock'
  | `colours.phases.${Phase}`
  | 'safetyDays'
  | 'cycleDays'
  | 'salesWeights'
  | SavedPlanSettingKey
  | 'settings';

export const SETTINGS_LABELS: Catalog<SettingsField> = {
  en: {
    airFreightDays: 'Air-freight alert (days of cover)',
    alertDays: 'Order-by-sea alert (days of cover)',
    overstockDays: 'Overstock above (days of cover)',
    'colours.airFreight': 'Air-freight colour',
    'colours.alert': 'Order-by-sea colour',
    'colours.overstock': 'Overstock colour',
    'colours.phases.PRE_STOCKOUT': 'Colour of PRE_STOCKOUT',
    'colours.phases.OUT_OF_STOCK': 'Colour of OUT_OF_STOCK',
    'colours.phases.RECOVERY': 'Colour of RECOVERY',
    'colours.phases.HEALTHY': 'Colour of HEALTHY',
    safetyDays: 'Default safety stock (days of sales)',
    cycleDays: 'Default replenishment cycle (days)',
    salesWeights: 'Sales weights (7 / 14 / 30 days)',
    airTransitDays: 'Air / express transit (days)',
    recoveryDays: 'Recovery phase lasts (days after restock)',
    budgetCutPercent: 'Ad budget cut before a stockout (%)',
    bidCutPercent: 'Core keyword bid cut before a stockout (%)',
    shortGapDays: 'Short gap, hold the price (up to days)',
    longGapDays: 'Long gap, a planning failure (over days)',
    priceRaisePercent: 'Price raise for a medium gap (%)',
    maxSingleRaisePercent: 'Largest single price raise (%)',
    conversionDropPercent: 'Shrink the raise if conversion falls by (%)',
    recoveryDiscountPercent: 'Recovery discount to start at (%)',
    recoveryDiscountRangePercent: 'Recovery discount band (%)',
    maxDiscountPercent: 'Every discount stays below (%)',
    discountSteps: 'Steps back to full price',
    recoveryBudgetMultiple: 'Recovery ad budget (× the pre-stockout budget)',
    settings: 'Settings',
  },
  'zh-CN': {
    airFreightDays: '空运预警（可售天数）',
    alertDays: '海运下单预警（可售天数）',
    overstockDays: '滞销库存（可售天数超过）',
    'colours.airFreight': '空运预警颜色',
    'colours.alert': '海运下单预警颜色',
    'colours.overstock': '滞销库存颜色',
    'colours.phases.PRE_STOCKOUT': 'PRE_STOCKOUT（断货前）颜色',
    'colours.phases.OUT_OF_STOCK': 'OUT_OF_STOCK（断货中）颜色',
    'colours.phases.RECOVERY': 'RECOVERY（恢复期）颜色',
    'colours.phases.HEALTHY': 'HEALTHY（健康）颜色',
    safetyDays: '默认安全库存（销售天数）',
    cycleDays: '默认补货周期（天）',
    salesWeights: '销量权重（7 / 14 / 30 天）',
    airTransitDays: '空运 / 快递时效（天）',
    recoveryDays: '恢复期时长（到货后天数）',
    budgetCutPercent: '断货前广告预算降幅（%）',
    bidCutPercent: '断货前核心关键词竞价降幅（%）',
    shortGapDays: '短断货期，维持原价（不超过天数）',
    longGapDays: '长断货期，属于计划失误（超过天数）',
    priceRaisePercent: '中等断货期的提价幅度（%）',
    maxSingleRaisePercent: '单次提价上限（%）',
    conversionDropPercent: '转化率下降多少时回调提价（%）',
    recoveryDiscountPercent: '恢复期起始折扣（%）',
    recoveryDiscountRangePercent: '恢复期折扣区间（%）',
    maxDiscountPercent: '任何折扣都低于（%）',
    discountSteps: '回到原价的步数',
    recoveryBudgetMultiple: '恢复期广告预算（断货前预算的倍数）',
    settings: '设置',
  },
};

export type SettingsProblemKey =
  | 'required'
  | 'notANumber'
  | 'notPositive'
  | 'negative'
  | 'notBelow'
  | 'badColour'
  | 'weightsShape'
  | 'weightsZero'
  | 'percentRange'
  | 'rangeShape'
  | 'rangeReversed'
  | 'notWhole'
  | 'tooHigh'
  | 'discountCeiling'
  | 'notAbove'
  | 'outsideBand'
  | 'notAnObject';

export const SETTINGS_PROBLEMS: Catalog<SettingsProblemKey> = {
  en: {
    required: '{field} is blank; fill it in',
    notANumber: '{field} must be a number, got {value}',
    notPositive: '{field} must be greater than 0, got {value}',
    negative: '{field} cannot be negative, got {value}',
    notBelow: '{field} ({value}) must be below {other} ({otherValue})',
    badColour: '{field} must be a colour like #ffe599, got {value}',
    weightsShape: '{field} must be three numbers, for 7, 14 and 30 days',
    weightsZero: '{field} must add up to more than 0',
    percentRange: '{field} must be from 0 to under 100 (never switch all ads off), got {value}',
    rangeShape: '{field} must be two numbers, the lower first',
    rangeReversed: '{field} must give the lower number first, got {value}',
    notWhole: '{field} must be a whole number, got {value}',
    tooHigh: '{field} must be at most {max}, got {value}',
    discountCeiling:
      '{field} must be at most {max}: no discount may ever take half the price or more, got {value}',
    notAbove: '{field} ({value}) must be above {other} ({otherValue})',
    outsideBand: '{field} ({value}) must lie within {other} ({otherValue})',
    notAnObject: 'the settings could not be read; nothing was saved',
  },
  'zh-CN': {
    required: '{field} 为空，请填写',
    notANumber: '{field} 必须是数字，当前为 {value}',
    notPositive: '{field} 必须大于 0，当前为 {value}',
    negative: '{field} 不能为负数，当前为 {value}',
    notBelow: '{field}（{value}）必须小于 {other}（{otherValue}）',
    badColour: '{field} 必须是颜色值，例如 #ffe599，当前为 {value}',
    weightsShape: '{field} 必须是三个数字，分别对应 7、14、30 天',
    weightsZero: '{field} 之和必须大于 0',
    percentRange: '{field} 必须在 0 到 100 之间且小于 100（广告不能全部关停），当前为 {value}',
    rangeShape: '{field} 必须是两个数字，较小的在前',
    rangeReversed: '{field} 应先写较小的数，当前为 {value}',
    notWhole: '{field} 必须是整数，当前为 {value}',
    tooHigh: '{field} 不能超过 {max}，当前为 {value}',
    discountCeiling: '{field} 不能超过 {max}：任何折扣都不能达到原价的一半或更多，当前为 {value}',
    notAbove: '{field}（{value}）必须大于 {other}（{otherValue}）',
    outsideBand: '{field}（{value}）必须在 {other}（{otherValue}）之内',
    notAnObject: '无法读取设置，未保存任何内容',
  },
};
