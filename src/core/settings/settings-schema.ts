// R2, R4, R7–R9, R13–R36: every setting a seller can change, declared once. The saved value, its
// checks, the plan's numbers, the Settings dialog and its messages are all derived from here.

import type { SalesWeights } from '../daily-sales';
import { DEFAULT_SERVICE_LEVEL, SERVICE_LEVEL_RANGE } from '../forecast/forecast-defaults';
import type { Locale } from '../i18n/locale';
import {
  DEFAULT_AIR_FREIGHT_DAYS,
  DEFAULT_AIR_TRANSIT_DAYS,
  DEFAULT_ALERT_DAYS,
  DEFAULT_BID_CUT,
  DEFAULT_BUDGET_CUT,
  DEFAULT_CHECK_IN_DAYS,
  DEFAULT_CONVERSION_DROP,
  DEFAULT_CYCLE_DAYS,
  DEFAULT_DISCOUNT_STEPS,
  DEFAULT_FEE_FLOOR_DAYS,
  DEFAULT_LONG_GAP_DAYS,
  DEFAULT_MAX_DISCOUNT,
  DEFAULT_MAX_SINGLE_RAISE,
  DEFAULT_OVERSTOCK_DAYS,
  DEFAULT_PRICE_RAISE,
  DEFAULT_PRODUCTION_DAYS,
  DEFAULT_RAIL_TRANSIT_DAYS,
  DEFAULT_RECOVERY_BUDGET,
  DEFAULT_RECOVERY_DAYS,
  DEFAULT_RECOVERY_DISCOUNT,
  DEFAULT_RECOVERY_DISCOUNT_RANGE,
  DEFAULT_REVIEW_DAYS,
  DEFAULT_SAFETY_DAYS,
  DEFAULT_SALES_WEIGHTS,
  DEFAULT_SEA_TRANSIT_DAYS,
  DEFAULT_SHORT_GAP_DAYS,
  DISCOUNT_CEILING,
} from '../playbook-defaults';

/** A [low, high] pair; fractions for percentages (0.3 = 30%). */
export type NumberRange = readonly [low: number, high: number];

/** A text in both languages. */
export type Texts = Readonly<Record<Locale, string>>;

export type SettingsSection = 'thresholds' | 'replenishment' | 'price' | 'ads' | 'recovery';

/**
 * How a number is held and shown. Every unit is saved and used as the plan uses it; `percent` is
 * a fraction (0.3) that the dialog and its messages show as a percent (30).
 */
export type SettingUnit = 'days' | 'percent' | 'multiple' | 'count' | 'weight';

/**
 * Why a setting has an upper limit. `sane`: past it the number means nothing (and would overflow
 * the calculations); `share`: a fraction of something, at most all of it; `adsStayOn`: R21, a cut
 * that would switch the ads off; `discountCeiling`: R34, never 50% off; `steps`: a ladder a seller
 * can still follow.
 */
export type SettingLimitReason = 'sane' | 'share' | 'adsStayOn' | 'discountCeiling' | 'steps';

export interface SettingLimit {
  readonly max: number;
  /** True when the value must stay strictly below `max`. */
  readonly excluded: boolean;
  readonly reason: SettingLimitReason;
}

interface Declared {
  readonly section: SettingsSection;
  /** The playbook rules the setting carries out. */
  readonly rules: string;
  readonly label: Texts;
  /** Shown under the setting in the dialog. */
  readonly hint?: Texts;
}

/** A number, a [low, high] range of them, or the three sales weights; each number obeys the bounds. */
interface Numeric extends Declared {
  readonly unit: SettingUnit;
  /** `positive`: above 0; `nonNegative`: 0 or more; a number: at least that number. */
  readonly min: SettingMin;
  readonly whole?: boolean;
  readonly limit: SettingLimit;
  /** Set for the plan's numbers: the name its calculations' messages give it (like an argument). */
  readonly arg?: string;
}

export interface NumberSetting extends Numeric {
  readonly kind: 'number';
  readonly default: number;
}

export interface RangeSetting extends Numeric {
  readonly kind: 'range';
  readonly default: NumberRange;
}

export interface WeightsSetting extends Numeric {
  readonly kind: 'weights';
  readonly default: SalesWeights;
}

export interface ColourSetting extends Declared {
  readonly kind: 'colour';
  /** `#rrggbb` */
  readonly default: string;
  /** The dialog shows the colour on the line of this setting (a threshold and its colour). */
  readonly beside?: string;
  /** The dialog groups it with the other colours of the group, under the group's title. */
  readonly group?: ColourGroup;
}

/** A set of colours the dialog shows together. */
export type ColourGroup = 'phases';

/** The lowest value a number setting takes (see Numeric.min). */
export type SettingMin = 'positive' | 'nonNegative' | number;

export type SettingDeclaration = NumberSetting | RangeSetting | WeightsSetting | ColourSetting;

/** A number of days: ten years at most, anything longer is a typing slip. */
const DAYS: SettingLimit = { max: 3650, excluded: false, reason: 'sane' };
const SHARE: SettingLimit = { max: 1, excluded: false, reason: 'share' };
const ADS_STAY_ON: SettingLimit = { max: 1, excluded: true, reason: 'adsStayOn' };
const DISCOUNT: SettingLimit = {
  max: DISCOUNT_CEILING,
  excluded: false,
  reason: 'discountCeiling',
};
/** The most steps a discount ladder may take back to full price. */
const STEPS: SettingLimit = { max: 5, excluded: false, reason: 'steps' };
const MULTIPLE: SettingLimit = { max: 100, excluded: false, reason: 'sane' };
const WEIGHT: SettingLimit = { max: 1000, excluded: false, reason: 'sane' };

/**
 * Every setting, in the dialog's order (problems are listed in this order too). The key is the
 * setting's place in the saved settings object (`colours.alert` is `settings.colours.alert`).
 * Adding a setting: one entry here (its default from playbook-defaults.ts), then its use.
 */
export const SETTINGS_SCHEMA = {
  airFreightDays: {
    kind: 'number',
    section: 'thresholds',
    rules: 'R4',
    unit: 'days',
    default: DEFAULT_AIR_FREIGHT_DAYS,
    min: 'positive',
    limit: DAYS,
    label: { en: 'Air-freight alert (days of cover)', 'zh-CN': '空运预警（可售天数）' },
  },
  'colours.airFreight': {
    kind: 'colour',
    section: 'thresholds',
    rules: 'R4',
    default: '#ffe599',
    beside: 'airFreightDays',
    label: { en: 'Air-freight colour', 'zh-CN': '空运预警颜色' },
  },
  alertDays: {
    kind: 'number',
    section: 'thresholds',
    rules: 'R4',
    unit: 'days',
    default: DEFAULT_ALERT_DAYS,
    min: 'positive',
    limit: DAYS,
    arg: 'alert_days',
    label: { en: 'Order-by-sea alert (days of cover)', 'zh-CN': '海运下单预警（可售天数）' },
  },
  'colours.alert': {
    kind: 'colour',
    section: 'thresholds',
    rules: 'R4',
    default: '#ea9999',
    beside: 'alertDays',
    label: { en: 'Order-by-sea colour', 'zh-CN': '海运下单预警颜色' },
  },
  overstockDays: {
    kind: 'number',
    section: 'thresholds',
    rules: 'R2',
    unit: 'days',
    default: DEFAULT_OVERSTOCK_DAYS,
    min: 'positive',
    limit: DAYS,
    label: { en: 'Overstock above (days of cover)', 'zh-CN': '滞销库存（可售天数超过）' },
  },
  'colours.overstock': {
    kind: 'colour',
    section: 'thresholds',
    rules: 'R2',
    default: '#cfd8e3',
    beside: 'overstockDays',
    label: { en: 'Overstock colour', 'zh-CN': '滞销库存颜色' },
  },
  feeFloorDays: {
    kind: 'number',
    section: 'thresholds',
    rules: 'R2',
    unit: 'days',
    default: DEFAULT_FEE_FLOOR_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    label: {
      en: 'Low-inventory fee floor (days of on-hand cover)',
      'zh-CN': '低库存费下限（在库可售天数）',
    },
    hint: {
      en: 'Amazon charges a low-inventory-level fee when on-hand supply (inbound excluded) stays under 28 days.',
      'zh-CN': '在库库存（不含在途）持续低于 28 天可售时，亚马逊收取低库存水平费。',
    },
  },
  'colours.feeFloor': {
    kind: 'colour',
    section: 'thresholds',
    rules: 'R2',
    default: '#f4cccc',
    beside: 'feeFloorDays',
    label: { en: 'Fee-floor flag colour', 'zh-CN': '低库存费标记颜色' },
  },
  'colours.phases.PRE_STOCKOUT': {
    kind: 'colour',
    section: 'thresholds',
    rules: 'R12–R43',
    default: '#f9cb9c',
    group: 'phases',
    label: { en: 'Colour of PRE_STOCKOUT', 'zh-CN': 'PRE_STOCKOUT（断货前）颜色' },
  },
  'colours.phases.OUT_OF_STOCK': {
    kind: 'colour',
    section: 'thresholds',
    rules: 'R12–R43',
    default: '#ea9999',
    group: 'phases',
    label: { en: 'Colour of OUT_OF_STOCK', 'zh-CN': 'OUT_OF_STOCK（断货中）颜色' },
  },
  'colours.phases.RECOVERY': {
    kind: 'colour',
    section: 'thresholds',
    rules: 'R12–R43',
    default: '#c9daf8',
    group: 'phases',
    label: { en: 'Colour of RECOVERY', 'zh-CN': 'RECOVERY（恢复期）颜色' },
  },
  'colours.phases.HEALTHY': {
    kind: 'colour',
    section: 'thresholds',
    rules: 'R12–R43',
    default: '#d9ead3',
    group: 'phases',
    label: { en: 'Colour of HEALTHY', 'zh-CN': 'HEALTHY（健康）颜色' },
  },
  safetyDays: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R9',
    unit: 'days',
    default: DEFAULT_SAFETY_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    arg: 'safety_days',
    label: { en: 'Default safety stock (days of sales)', 'zh-CN': '默认安全库存（销售天数）' },
  },
  cycleDays: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R8',
    unit: 'days',
    default: DEFAULT_CYCLE_DAYS,
    min: 'positive',
    limit: DAYS,
    arg: 'cycle_days',
    label: { en: 'Default replenishment cycle (days)', 'zh-CN': '默认补货周期（天）' },
    hint: {
      en: 'Used where the sheet has no ship-mode legs to build the cycle from.',
      'zh-CN': '表格没有按运输方式计算补货周期时使用。',
    },
  },
  productionDays: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R8',
    unit: 'days',
    default: DEFAULT_PRODUCTION_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    label: { en: 'Production (days from order to goods ready)', 'zh-CN': '生产（下单到出货天数）' },
  },
  seaTransitDays: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R8',
    unit: 'days',
    default: DEFAULT_SEA_TRANSIT_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    label: { en: 'Sea transit incl. customs (days)', 'zh-CN': '海运时效（含清关，天）' },
  },
  railTransitDays: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R8',
    unit: 'days',
    default: DEFAULT_RAIL_TRANSIT_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    label: { en: 'Rail transit incl. customs (days)', 'zh-CN': '铁路时效（含清关，天）' },
  },
  checkInDays: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R8',
    unit: 'days',
    default: DEFAULT_CHECK_IN_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    label: { en: 'FBA check-in (days, sea and rail)', 'zh-CN': 'FBA 入仓上架（天，海运和铁路）' },
    hint: {
      en: 'Cycle = production + transit + check-in by sea or rail; production + air / express days (already to sellable) by air or express. A cycle typed on a row replaces these.',
      'zh-CN':
        '补货周期 = 生产 + 运输 + 入仓（海运、铁路）；空运、快递为生产 + 空运/快递时效（已含入仓）。某行填写的补货周期优先。',
    },
  },
  reviewDays: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R1',
    unit: 'days',
    default: DEFAULT_REVIEW_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    arg: 'review_days',
    label: {
      en: 'Review period (days between orders)',
      'zh-CN': '补货检查周期（两次下单间隔天数）',
    },
    hint: {
      en: 'The sheet is reviewed and orders go out this often; an order covers the cycle plus this wait.',
      'zh-CN': '多久检查一次表格并下单；每次下单要覆盖补货周期加上这段等待。',
    },
  },
  serviceLevel: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R9',
    unit: 'percent',
    default: DEFAULT_SERVICE_LEVEL,
    min: SERVICE_LEVEL_RANGE[0],
    limit: { max: SERVICE_LEVEL_RANGE[1], excluded: false, reason: 'sane' },
    label: { en: 'Service level for safety stock (%)', 'zh-CN': '安全库存服务水平（%）' },
    hint: {
      en: 'With a sales history, safety days come from how variable weekly demand is: the share of cycles that should end without a stockout.',
      'zh-CN': '有销售历史时，安全库存天数按每周需求的波动计算：希望不断货的补货周期占比。',
    },
  },
  salesWeights: {
    kind: 'weights',
    section: 'replenishment',
    rules: 'R7',
    unit: 'weight',
    default: DEFAULT_SALES_WEIGHTS,
    min: 'nonNegative',
    limit: WEIGHT,
    label: { en: 'Sales weights (7 / 14 / 30 days)', 'zh-CN': '销量权重（7 / 14 / 30 天）' },
    hint: {
      en: 'How much the 7-, 14- and 30-day sales count in the daily sales (any scale).',
      'zh-CN': '7、14、30 天销量在日均销量中的权重（比例即可）。',
    },
  },
  airTransitDays: {
    kind: 'number',
    section: 'replenishment',
    rules: 'R24',
    unit: 'days',
    default: DEFAULT_AIR_TRANSIT_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    arg: 'air_transit_days',
    label: { en: 'Air / express transit (days)', 'zh-CN': '空运 / 快递时效（天）' },
    hint: {
      en: 'From sending an emergency air or express shipment to units sellable in FBA; decides how many units it must carry.',
      'zh-CN': '从发出紧急空运或快递到货物在 FBA 可售的天数；决定这批货需要带多少件。',
    },
  },
  shortGapDays: {
    kind: 'number',
    section: 'price',
    rules: 'R14',
    unit: 'days',
    default: DEFAULT_SHORT_GAP_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    arg: 'short_gap_days',
    label: {
      en: 'Short gap, hold the price (up to days)',
      'zh-CN': '短断货期，维持原价（不超过天数）',
    },
  },
  longGapDays: {
    kind: 'number',
    section: 'price',
    rules: 'R16',
    unit: 'days',
    default: DEFAULT_LONG_GAP_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    arg: 'long_gap_days',
    label: {
      en: 'Long gap, a planning failure (over days)',
      'zh-CN': '长断货期，属于计划失误（超过天数）',
    },
  },
  priceRaise: {
    kind: 'range',
    section: 'price',
    rules: 'R15',
    unit: 'percent',
    default: DEFAULT_PRICE_RAISE,
    min: 'nonNegative',
    limit: SHARE,
    arg: 'price_raise',
    label: { en: 'Price raise for a medium gap (%)', 'zh-CN': '中等断货期的提价幅度（%）' },
  },
  maxSingleRaise: {
    kind: 'number',
    section: 'price',
    rules: 'R13',
    unit: 'percent',
    default: DEFAULT_MAX_SINGLE_RAISE,
    min: 'nonNegative',
    limit: SHARE,
    arg: 'max_single_raise',
    label: { en: 'Largest single price raise (%)', 'zh-CN': '单次提价上限（%）' },
  },
  conversionDrop: {
    kind: 'range',
    section: 'price',
    rules: 'R15',
    unit: 'percent',
    default: DEFAULT_CONVERSION_DROP,
    min: 'nonNegative',
    limit: SHARE,
    arg: 'conversion_drop',
    label: {
      en: 'Shrink the raise if conversion falls by (%)',
      'zh-CN': '转化率下降多少时回调提价（%）',
    },
  },
  budgetCut: {
    kind: 'range',
    section: 'ads',
    rules: 'R18, R21',
    unit: 'percent',
    default: DEFAULT_BUDGET_CUT,
    min: 'nonNegative',
    limit: ADS_STAY_ON,
    arg: 'budget_cut',
    label: { en: 'Ad budget cut before a stockout (%)', 'zh-CN': '断货前广告预算降幅（%）' },
  },
  bidCut: {
    kind: 'range',
    section: 'ads',
    rules: 'R20, R21',
    unit: 'percent',
    default: DEFAULT_BID_CUT,
    min: 'nonNegative',
    limit: ADS_STAY_ON,
    arg: 'bid_cut',
    label: {
      en: 'Core keyword bid cut before a stockout (%)',
      'zh-CN': '断货前核心关键词竞价降幅（%）',
    },
  },
  recoveryDays: {
    kind: 'number',
    section: 'recovery',
    rules: 'R32–R43',
    unit: 'days',
    default: DEFAULT_RECOVERY_DAYS,
    min: 'nonNegative',
    limit: DAYS,
    arg: 'recovery_days',
    label: { en: 'Recovery phase lasts (days after restock)', 'zh-CN': '恢复期时长（到货后天数）' },
  },
  recoveryDiscount: {
    kind: 'number',
    section: 'recovery',
    rules: 'R34',
    unit: 'percent',
    default: DEFAULT_RECOVERY_DISCOUNT,
    min: 'positive',
    limit: SHARE,
    arg: 'recovery_discount',
    label: { en: 'Recovery discount to start at (%)', 'zh-CN': '恢复期起始折扣（%）' },
  },
  recoveryDiscountRange: {
    kind: 'range',
    section: 'recovery',
    rules: 'R34',
    unit: 'percent',
    default: DEFAULT_RECOVERY_DISCOUNT_RANGE,
    min: 'nonNegative',
    limit: SHARE,
    arg: 'recovery_discount_range',
    label: { en: 'Recovery discount band (%)', 'zh-CN': '恢复期折扣区间（%）' },
  },
  maxDiscount: {
    kind: 'number',
    section: 'recovery',
    rules: 'R34',
    unit: 'percent',
    default: DEFAULT_MAX_DISCOUNT,
    min: 'positive',
    limit: DISCOUNT,
    arg: 'max_discount',
    label: { en: 'Every discount stays below (%)', 'zh-CN': '任何折扣都低于（%）' },
  },
  discountSteps: {
    kind: 'number',
    section: 'recovery',
    rules: 'R34',
    unit: 'count',
    default: DEFAULT_DISCOUNT_STEPS,
    min: 'positive',
    whole: true,
    limit: STEPS,
    arg: 'discount_steps',
    label: { en: 'Steps back to full price', 'zh-CN': '回到原价的步数' },
  },
  recoveryBudget: {
    kind: 'range',
    section: 'recovery',
    rules: 'R36',
    unit: 'multiple',
    default: DEFAULT_RECOVERY_BUDGET,
    min: 'positive',
    limit: MULTIPLE,
    arg: 'recovery_budget',
    label: {
      en: 'Recovery ad budget (× the pre-stockout budget)',
      'zh-CN': '恢复期广告预算（断货前预算的倍数）',
    },
  },
} as const satisfies Readonly<Record<string, SettingDeclaration>>;

export type SettingKey = keyof typeof SETTINGS_SCHEMA;

/**
 * How settings must relate, each judged only between settings that are each fine. `below`: the
 * setting (a range by its high end) is strictly under the other; `above`: strictly over it;
 * `within`: the setting lies inside the other, a range. A setting that breaks one is not judged
 * against the next.
 */
export interface SettingRelation {
  readonly kind: 'below' | 'above' | 'within';
  readonly setting: SettingKey;
  readonly other: SettingKey;
}

export const SETTINGS_RELATIONS: readonly SettingRelation[] = [
  // R4: yellow (air freight) comes before red (order by sea), which comes before overstock (R2).
  { kind: 'below', setting: 'airFreightDays', other: 'alertDays' },
  { kind: 'below', setting: 'alertDays', other: 'overstockDays' },
  // R14, R16: a short gap is shorter than a long one.
  { kind: 'above', setting: 'longGapDays', other: 'shortGapDays' },
  // R34: the discount and its band stay under the seller's cap; the discount lies in its band.
  { kind: 'below', setting: 'recoveryDiscount', other: 'maxDiscount' },
  { kind: 'below', setting: 'recoveryDiscountRange', other: 'maxDiscount' },
  { kind: 'within', setting: 'recoveryDiscount', other: 'recoveryDiscountRange' },
];

export interface SectionDeclaration {
  readonly title: Texts;
  readonly hint: Texts;
}

/** The dialog's sections, in order, with the hint at the top of each. */
export const SETTINGS_SECTIONS_SCHEMA: Readonly<Record<SettingsSection, SectionDeclaration>> = {
  thresholds: {
    title: { en: 'Colours & thresholds', 'zh-CN': '颜色与预警线' },
    hint: {
      en: 'Cells at or under the air-freight alert turn its colour first; then those at or under the order-by-sea alert; above the overstock line, the overstock colour.',
      'zh-CN':
        '可售天数不超过空运预警的单元格优先显示其颜色；其次是不超过海运下单预警的；超过滞销线的显示滞销颜色。',
    },
  },
  replenishment: {
    title: { en: 'Replenishment', 'zh-CN': '补货' },
    hint: {
      en: 'Used where a row leaves the column blank, and in new replenishment sheets.',
      'zh-CN': '在某行该列留空时使用，也用于新插入的补货表。',
    },
  },
  price: {
    title: { en: 'Price', 'zh-CN': '价格' },
    hint: {
      en: 'The projected stockout gap decides the price advice: up to the short gap, keep the price; over the long gap, price cannot fix it; in between, raise it by the range below, never by more than the single-raise cap.',
      'zh-CN':
        '预计断货天数决定价格建议：不超过短断货期时维持原价；超过长断货期时靠价格已无法解决；介于两者之间时按下面的幅度提价，但单次提价不超过上限。',
    },
  },
  ads: {
    title: { en: 'Ads', 'zh-CN': '广告' },
    hint: {
      en: 'Before a stockout, cut the daily ad budget and core keyword bids by these amounts; never switch all ads off.',
      'zh-CN': '断货前，将每日广告预算和核心关键词竞价按以下幅度下调；不要把广告全部关停。',
    },
  },
  recovery: {
    title: { en: 'Recovery', 'zh-CN': '断货后恢复' },
    hint: {
      en: 'After a restock: start the discount inside its band, then step back to full price; no discount ever takes half the price or more. The ad budget rises to these multiples of the pre-stockout budget.',
      'zh-CN':
        '到货后：折扣从区间内起步，再分步回到原价；任何折扣都不能达到原价的一半或更多。广告预算提高到断货前预算的以下倍数。',
    },
  },
};

/** The title of each group of colours. */
export const SETTINGS_GROUP_TITLES: Readonly<Record<ColourGroup, Texts>> = {
  phases: { en: 'Phase colours', 'zh-CN': '断货阶段颜色' },
};
