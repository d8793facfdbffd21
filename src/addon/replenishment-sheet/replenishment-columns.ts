// R1–R11: the replenishment sheet's columns, one typed table: headers, notes, kind, format, formula.

import type { Locale } from '../../core/i18n/locale';
import type { PlaybookSettings } from '../../core/settings/settings';
import { headerMatcher } from '../platform/header-match';
import {
  type ColumnTraits,
  type ColumnWords,
  column,
  type SheetColumn,
} from '../platform/sheet-table/sheet-column';
import {
  COVER_FLAG_WORDS,
  quoted,
  SALES_BASIS_WORDS,
  type ShipMode,
  shipModeNames,
} from './sheet-words';

export const COLUMN_KEYS = [
  'sku',
  'asin',
  'product',
  'fbaStock',
  'inbound',
  'nextArrival',
  'daysToArrival',
  'units7d',
  'units14d',
  'units30d',
  'lySame30d',
  'lyNext90d',
  'historyRate',
  'weeklySd',
  'seasonalFactor',
  'dailySales',
  'salesBasis',
  'shipMode',
  'cycleDays',
  'orderCycle',
  'safetyDays',
  'safetyUsed',
  'casePack',
  'onHandCover',
  'coverDays',
  'coverFlag',
  'reorderQty',
  'orderBy',
  'stockoutGap',
  'phase',
  'lastRestock',
  'daysSinceRestock',
  'price',
  'dailyAdBudget',
  'notes',
] as const;

/** The stable name of a column: the sidebar, the preview and the colour rules look columns up by it. */
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** What a column's formula needs: where the other columns are, and the settings. */
export interface FormulaContext {
  /** The open range of a column's data, e.g. `D2:D`. */
  readonly range: (key: ColumnKey) => string;
  /** True when the sheet has the column (an older sheet may lack the newer ones). */
  readonly has: (key: ColumnKey) => boolean;
  readonly settings: PlaybookSettings;
  /** The sheet's language: the words its formulas write. */
  readonly locale: Locale;
  /** R5: DEMAND_STATS' `history` argument (the Sales-history sheet's rows); none without one. */
  readonly history?: string;
}

/** A replenishment column; `{name}` placeholders in its note take the settings of the same name. */
export interface ReplenishmentColumn extends SheetColumn<ColumnKey> {
  /** `input`: the seller types or pastes it. `computed`: one array formula in the first data row. */
  readonly kind: 'input' | 'computed';
  /**
   * For computed columns: the formula written once, in the first data row; undefined when the
   * sheet lacks what it needs (the cells are then left as they are). A computed column without
   * one is filled by its left neighbour's formula (DEMAND_STATS' three cells).
   */
  readonly formula?: (at: FormulaContext) => string | undefined;
}

const UNITS = '#,##0';
const DAYS = '0';
const DAYS_1 = '0.0';
const DATE = 'yyyy-mm-dd';
const MONEY = '#,##0.00';
const TEXT = '@';

/** Sheets' test for "the cell holds a number", element by element inside ARRAYFORMULA. */
const isNumber = (range: string) => `ISNUMBER(${range})`;

/** 1 where the mode cell names one of `modes` (either language, any case), element by element. */
function modeIs(at: FormulaContext, modes: readonly ShipMode[]): string {
  const cell = `LOWER(TRIM(${at.range('shipMode')}))`;
  const names = modes.flatMap(shipModeNames);
  return `(${names.map((name) => `(${cell}=${quoted(name)})`).join('+')})>0`;
}

/**
 * R8: the days from order to sellable a row's legs give: production + transit by its ship mode
 * (+ FBA check-in by sea or rail; the air / express days already run to sellable, R24). Blank
 * mode is sea. A sheet without the ship-mode column uses the default cycle.
 */
function legsDays(at: FormulaContext): string {
  const s = at.settings;
  if (!at.has('shipMode')) return String(s.cycleDays);
  return `${s.productionDays}+IF(${modeIs(at, ['air', 'express'])}, ${s.airTransitDays}, IF(${modeIs(at, ['rail'])}, ${s.railTransitDays + s.checkInDays}, ${s.seaTransitDays + s.checkInDays}))`;
}

/**
 * R1, R8: the order cycle — the typed cycle (order to sellable) or the legs, plus the review
 * period — as the order cycle column, or written out where the sheet has no such column.
 */
export function orderCycleOf(at: FormulaContext): string {
  if (at.has('orderCycle')) return at.range('orderCycle');
  const sales = at.range('dailySales');
  const typed = at.has('cycleDays') ? at.range('cycleDays') : '""';
  return `IF(${sales}="", "", IF(${typed}="", ${legsDays(at)}, ${typed})+${at.settings.reviewDays})`;
}

/** R9: the safety days a row uses, as its column or (an older sheet) the typed value or the default. */
export function safetyOf(at: FormulaContext): string {
  if (at.has('safetyUsed')) return at.range('safetyUsed');
  const sales = at.range('dailySales');
  if (!at.has('safetyDays')) return `IF(${sales}="", "", ${at.settings.safetyDays})`;
  const typed = at.range('safetyDays');
  return `IF(${typed}="", IF(${sales}="", "", ${at.settings.safetyDays}), ${typed})`;
}

/** An input column: the seller types or pastes it. */
function input(
  key: ColumnKey,
  en: ColumnWords,
  zh: ColumnWords,
  traits: ColumnTraits,
): ReplenishmentColumn {
  return { ...column(key, en, zh, traits), kind: 'input' };
}

/** A worked-out column: its formula (if any) is written once, in the first data row. */
function computed(
  key: ColumnKey,
  en: ColumnWords,
  zh: ColumnWords,
  traits: ColumnTraits & Pick<ReplenishmentColumn, 'formula'>,
): ReplenishmentColumn {
  return { ...column(key, en, zh, traits), kind: 'computed' };
}

/** The columns, in sheet order. */
export const REPLENISHMENT_COLUMNS: readonly ReplenishmentColumn[] = [
  input('sku', ['SKU', 'Your seller SKU, one row per SKU.'], ['SKU', '卖家 SKU，每个 SKU 一行。'], {
    aliases: ['seller-sku', 'msku', 'seller sku'],
    numberFormat: TEXT,
    rules: ['R1', 'R2'],
  }),
  input('asin', ['ASIN', 'Amazon ASIN of the SKU.'], ['ASIN', '该 SKU 的亚马逊 ASIN。'], {
    aliases: ['(child) asin'],
    numberFormat: TEXT,
    rules: ['R2'],
  }),
  input(
    'product',
    ['Product', 'Product name, for your own reading.'],
    ['产品名称', '产品名称，方便自己查看。'],
    { aliases: ['product-name', 'product name', 'title', '产品', '商品名称'], rules: ['R2'] },
  ),
  input(
    'fbaStock',
    [
      'FBA available',
      'Units sellable in FBA now (Inventory report: available / afn-fulfillable-quantity).',
    ],
    ['FBA 可售库存', '当前 FBA 可售数量（库存报告中的 available / afn-fulfillable-quantity）。'],
    {
      aliases: [
        'available',
        'afn-fulfillable-quantity',
        'quantity available',
        'fba stock',
        'fba库存',
        '可售库存',
      ],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R2'],
    },
  ),
  input(
    'inbound',
    [
      'Inbound qty',
      'Units shipped and not yet received. They count towards cover, so nothing is ordered twice.',
    ],
    ['在途数量', '已发货但尚未入仓的数量。计入可售天数，避免重复下单。'],
    {
      aliases: ['inbound', 'inbound-quantity', 'inbound quantity', '在途库存', '在途'],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R3', 'R10'],
    },
  ),
  input(
    'nextArrival',
    [
      'Next arrival date',
      'Date the next inbound shipment is sellable in FBA (ETA). Update it as the shipment moves.',
    ],
    ['预计到仓日期', '下一批在途货物在 FBA 可售的日期（ETA），随物流进度更新。'],
    {
      aliases: ['eta', 'arrival date', 'next arrival', '预计到货日期', '到仓日期'],
      numberFormat: DATE,
      check: 'date',
      rules: ['R3', 'R23'],
    },
  ),
  computed(
    'daysToArrival',
    [
      'Days to arrival',
      'Worked out: next arrival date − today. Negative means the ETA has passed: update it.',
    ],
    ['距到仓天数', '自动计算：预计到仓日期 − 今天。为负数表示 ETA 已过，请更新。'],
    {
      aliases: ['days until arrival', '到仓天数'],
      numberFormat: DAYS,
      rules: ['R23'],
      formula: ({ range }) =>
        `=ARRAYFORMULA(IF(${range('nextArrival')}="", "", ${range('nextArrival')}-TODAY()))`,
    },
  ),
  input(
    'units7d',
    ['Units 7 days', 'Units sold in the last 7 days.'],
    ['近7天销量', '最近 7 天售出的件数。'],
    {
      aliases: ['units-shipped-t7', 'units 7d', 'sales 7 days', '7天销量'],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R7'],
    },
  ),
  input(
    'units14d',
    ['Units 14 days', 'Units sold in the last 14 days.'],
    ['近14天销量', '最近 14 天售出的件数。'],
    {
      aliases: ['units 14d', 'sales 14 days', '14天销量'],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R7'],
    },
  ),
  input(
    'units30d',
    ['Units 30 days', 'Units sold in the last 30 days.'],
    ['近30天销量', '最近 30 天售出的件数。'],
    {
      aliases: ['units-shipped-t30', 'units 30d', 'sales 30 days', '30天销量'],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R7'],
    },
  ),
  input(
    'lySame30d',
    [
      'Last year same 30 days',
      'Optional: units sold in the same 30 days last year. With the next column it adjusts daily sales for the season.',
    ],
    ['去年同期30天销量', '选填：去年同期 30 天的销量。与下一列一起按季节调整日均销量。'],
    {
      aliases: ['ly same 30d', 'last year 30 days'],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R5', 'R7'],
    },
  ),
  input(
    'lyNext90d',
    [
      'Last year next 90 days',
      'Optional: units sold last year in the 90 days after those 30 days: shows the season ahead.',
    ],
    ['去年同期后90天销量', '选填：去年同期之后 90 天的销量，用来预判接下来的季节变化。'],
    {
      aliases: ['ly next 90d', 'last year next 3 months'],
      numberFormat: UNITS,
      check: 'nonNegative',
      rules: ['R5', 'R7'],
    },
  ),
  computed(
    'historyRate',
    [
      'In-stock rate',
      'Worked out from the Sales history sheet (DEMAND_STATS): units per day over in-stock days only, recent days weigh more. Blank without a history for the SKU. This and the next two columns are one formula.',
    ],
    [
      '有货日均销量',
      '根据「销售历史」表自动计算（DEMAND_STATS）：仅按有货的日子计算的日均销量，近期权重更高。该 SKU 没有历史时为空。本列与后两列由同一个公式填写。',
    ],
    {
      aliases: ['in stock rate', 'in-stock daily rate', 'daily rate', '有货日均'],
      numberFormat: '0.00',
      rules: ['R5', 'R7'],
      formula: ({ range, history }) =>
        history === undefined ? undefined : `=DEMAND_STATS(${range('sku')}, ${history})`,
    },
  ),
  computed(
    'weeklySd',
    [
      'Weekly sd',
      'Worked out (DEMAND_STATS): standard deviation of weekly demand, units per week, over in-stock weeks. Sets the safety days.',
    ],
    [
      '周销量标准差',
      '自动计算（DEMAND_STATS）：有货周的周销量标准差（件/周），用于计算安全库存天数。',
    ],
    {
      aliases: ['weekly sd', 'weekly standard deviation', 'sd', '周标准差'],
      numberFormat: '0.00',
      rules: ['R9'],
    },
  ),
  computed(
    'seasonalFactor',
    [
      'Seasonal factor',
      'Worked out (DEMAND_STATS): the season ahead from the same days last year; 1 without a year of history.',
    ],
    [
      '季节系数',
      '自动计算（DEMAND_STATS）：根据去年同期预估接下来的季节变化；不足一年历史时为 1。',
    ],
    { aliases: ['season factor', 'seasonality', '季节因子'], numberFormat: '0.00', rules: ['R5'] },
  ),
  computed(
    'dailySales',
    [
      'Daily sales',
      'Worked out: with a sales history, the in-stock rate × the seasonal factor (a stockout never lowers it); otherwise the 7-, 14- and 30-day sales blended with weights {weights}, adjusted for the season when last year is filled in. The next column says which.',
    ],
    [
      '日均销量',
      '自动计算：有销售历史时 = 有货日均销量 × 季节系数（断货不会拉低它）；否则按权重 {weights} 混合 7、14、30 天销量，填写去年数据时按季节调整。下一列注明用的是哪一种。',
    ],
    {
      aliases: ['ads', 'average daily sales', 'daily sales', '日均'],
      numberFormat: '0.00',
      rules: ['R5', 'R7'],
      formula: (at) => {
        const { range, settings } = at;
        const blend = `DAILY_SALES(${range('units7d')}, ${range('units14d')}, ${range('units30d')}, ${range('lySame30d')}, ${range('lyNext90d')}, {${settings.salesWeights.join(',')}})`;
        if (!at.has('historyRate') || !at.has('seasonalFactor')) return `=${blend}`;
        const rate = range('historyRate');
        const season = range('seasonalFactor');
        return `=ARRAYFORMULA(IF(${isNumber(rate)}, ${rate}*IF(${isNumber(season)}, ${season}, 1), ${blend}))`;
      },
    },
  ),
  computed(
    'salesBasis',
    [
      'Sales basis',
      'Worked out: which daily sales the row uses — the sales history (in-stock rate × seasonal factor) or the 7/14/30-day blend.',
    ],
    [
      '销量依据',
      '自动计算：该行使用的日均销量来源——销售历史（有货日均 × 季节系数）或 7/14/30 天混合。',
    ],
    {
      aliases: ['basis', 'sales source', '销量来源'],
      rules: ['R5', 'R7', 'R11'],
      formula: (at) => {
        const words = SALES_BASIS_WORDS[at.locale];
        const sales = at.range('dailySales');
        const blend = `IF(${isNumber(sales)}, ${quoted(words.blend)}, "")`;
        if (!at.has('historyRate')) return `=ARRAYFORMULA(${blend})`;
        return `=ARRAYFORMULA(IF(${isNumber(at.range('historyRate'))}, ${quoted(words.history)}, ${blend}))`;
      },
    },
  ),
  input(
    'shipMode',
    [
      'Ship mode',
      'How the next order travels: sea, rail, air or express (blank = sea). The cycle is built from its legs (Settings): production {productionDays} + transit + check-in {checkInDays} days.',
    ],
    [
      '运输方式',
      '下一批货的运输方式：海运、铁路、空运或快递（留空 = 海运）。补货周期按各段相加（设置）：生产 {productionDays} + 运输 + 入仓 {checkInDays} 天。',
    ],
    { aliases: ['mode', 'shipping mode', 'transport', '运输', '物流方式'], rules: ['R8', 'R24'] },
  ),
  input(
    'cycleDays',
    [
      'Cycle days',
      'Optional: days from placing the order until the goods are sellable in FBA (production + transit + customs + check-in). Typed, it replaces the legs of the ship mode; blank = the legs (Settings).',
    ],
    [
      '补货周期（天）',
      '选填：从下单到货物在 FBA 可售的天数（生产 + 运输 + 清关 + 入仓）。填写后代替按运输方式计算的各段；留空 = 按各段计算（设置）。',
    ],
    {
      aliases: ['cycle', 'replenishment cycle', 'lead time', '补货周期', '备货周期'],
      numberFormat: DAYS,
      check: 'nonNegative',
      rules: ['R8'],
    },
  ),
  computed(
    'orderCycle',
    [
      'Order cycle (days)',
      'Worked out: the cycle typed on the row, or production + transit + check-in of its ship mode, plus the {reviewDays}-day review period (the wait until the next order can go out).',
    ],
    [
      '下单周期（天）',
      '自动计算：该行填写的补货周期，或按运输方式计算的生产 + 运输 + 入仓，再加 {reviewDays} 天检查周期（等到下一次下单的时间）。',
    ],
    {
      aliases: ['order cycle', 'cycle + review', '下单周期'],
      numberFormat: DAYS,
      rules: ['R1', 'R8'],
      formula: (at) => {
        if (!at.has('shipMode')) return undefined;
        const sales = at.range('dailySales');
        const typed = at.range('cycleDays');
        return `=ARRAYFORMULA(IF(${sales}="", "", IF(${typed}="", ${legsDays(at)}, ${typed})+${at.settings.reviewDays}))`;
      },
    },
  ),
  input(
    'safetyDays',
    [
      'Safety days',
      'Optional: safety stock in days of sales (15–30 for best sellers, new or uncertain products). Typed, it wins; blank = worked out from the weekly sd at a {serviceLevel}% service level when there is one, else {safetyDays} (Settings).',
    ],
    [
      '安全库存天数',
      '选填：安全库存（按销售天数；爆款、新品或不确定的产品 15–30 天）。填写后优先使用；留空 = 有周销量标准差时按 {serviceLevel}% 服务水平计算，否则 {safetyDays} 天（设置）。',
    ],
    {
      aliases: ['safety stock days', 'safety stock', '安全库存'],
      numberFormat: DAYS,
      check: 'nonNegative',
      rules: ['R9'],
    },
  ),
  computed(
    'safetyUsed',
    [
      'Safety days used',
      'Worked out: the safety days typed on the row; else SAFETY_DAYS from the weekly sd over the order cycle at a {serviceLevel}% service level; else {safetyDays}.',
    ],
    [
      '采用的安全天数',
      '自动计算：该行填写的安全库存天数；否则按周销量标准差和下单周期以 {serviceLevel}% 服务水平计算（SAFETY_DAYS）；否则 {safetyDays} 天。',
    ],
    {
      aliases: ['safety used', 'safety days applied', '实际安全天数'],
      numberFormat: DAYS_1,
      rules: ['R9'],
      formula: (at) => {
        const { range, settings } = at;
        if (!at.has('safetyDays')) return undefined;
        const sales = range('dailySales');
        const typed = range('safetyDays');
        let computed = String(settings.safetyDays);
        if (at.has('weeklySd')) {
          const sd = range('weeklySd');
          const cycle = orderCycleOf(at);
          const lead = `IF(${cycle}="", 0, ${cycle}-${settings.reviewDays})`;
          computed = `IF(${isNumber(sd)}, SAFETY_DAYS(${sales}, ${sd}, ${lead}, ${settings.reviewDays}, ${settings.serviceLevel}), ${settings.safetyDays})`;
        }
        return `=ARRAYFORMULA(IF(${sales}="", "", IF(${typed}<>"", ${typed}, ${computed})))`;
      },
    },
  ),
  input(
    'casePack',
    [
      'Case pack',
      'Optional: units per carton; the reorder quantity is rounded up to whole cartons.',
    ],
    ['每箱数量', '选填：每箱件数；建议补货量向上取整到整箱。'],
    {
      aliases: ['units per carton', 'carton qty', '装箱数', '箱规'],
      numberFormat: UNITS,
      check: 'atLeastOne',
      rules: ['R6'],
    },
  ),
  computed(
    'onHandCover',
    [
      'On-hand cover (days)',
      'Worked out: FBA available ÷ daily sales, inbound excluded (as Amazon counts supply for its fees). Colours: 0 = out of stock; ≤ {airFreightDays} yellow = consider air freight; ≤ {alertDays} red = order by sea now; > {overstockDays} grey-blue = slow-moving.',
    ],
    [
      '在库可售天数',
      '自动计算：FBA 可售 ÷ 日均销量，不含在途（与亚马逊计算费用时一致）。颜色：0 = 断货；≤ {airFreightDays} 天黄色 = 考虑空运；≤ {alertDays} 天红色 = 立即安排海运；> {overstockDays} 天灰蓝 = 滞销。',
    ],
    {
      aliases: [
        'on hand cover',
        'on-hand days of cover',
        'days on hand',
        '在库天数',
        '现有库存可售天数',
      ],
      numberFormat: DAYS_1,
      rules: ['R2', 'R4'],
      formula: ({ range }) => `=COVER_DAYS(${range('fbaStock')}, ${range('dailySales')})`,
    },
  ),
  computed(
    'coverDays',
    [
      'Total cover (days)',
      'Worked out: (FBA available + inbound) ÷ daily sales: how long stock lasts once the inbound lands. Compare it with the order cycle.',
    ],
    [
      '总可售天数',
      '自动计算：（FBA 可售 + 在途）÷ 日均销量：在途到仓后库存可维持的天数。可与下单周期比较。',
    ],
    {
      aliases: [
        'days of cover',
        'cover days',
        'days of supply',
        'days-of-supply',
        'cover',
        'total cover',
        '库存可售天数',
        '可售天数',
      ],
      numberFormat: DAYS_1,
      rules: ['R2', 'R4', 'R10'],
      formula: ({ range }) =>
        `=COVER_DAYS(${range('fbaStock')}, ${range('dailySales')}, ${range('inbound')})`,
    },
  ),
  computed(
    'coverFlag',
    [
      'Cover flag',
      'Worked out from the on-hand cover: "below fee floor" under {feeFloorDays} days (Amazon charges a low-inventory-level fee when on-hand supply stays under 28 days over the last 30 and 90 days); "overstock" over {overstockDays} days (storage surcharges on long cover).',
    ],
    [
      '库存标记',
      '根据在库可售天数自动标记：低于 {feeFloorDays} 天为“低于低库存费线”（近 30 天和 90 天在库库存都低于 28 天时，亚马逊收取低库存水平费）；超过 {overstockDays} 天为“滞销”（库存时间长会产生仓储附加费）。',
    ],
    {
      aliases: ['flag', 'fee flag', '标记'],
      rules: ['R2'],
      formula: (at) => {
        const words = COVER_FLAG_WORDS[at.locale];
        const { feeFloorDays, overstockDays } = at.settings;
        const cover = at.has('onHandCover') ? at.range('onHandCover') : undefined;
        if (cover === undefined) return undefined;
        return `=ARRAYFORMULA(IF(${isNumber(cover)}, IF(${cover}<${feeFloorDays}, ${quoted(words.feeFloor)}, IF(${cover}>${overstockDays}, ${quoted(words.overstock)}, "")), ""))`;
      },
    },
  ),
  computed(
    'reorderQty',
    [
      'Reorder qty',
      'Worked out: daily sales × (order cycle + safety days used) − FBA available − inbound, in whole cartons. A suggestion: you decide the order.',
    ],
    [
      '建议补货量',
      '自动计算：日均销量 ×（下单周期 + 采用的安全天数）− FBA 可售 − 在途，按整箱取整。仅供参考，由你决定下单数量。',
    ],
    {
      aliases: ['reorder quantity', 'order qty', '补货数量', '补货量'],
      numberFormat: UNITS,
      rules: ['R6', 'R8', 'R9', 'R10', 'R11'],
      formula: (at) => {
        const { range } = at;
        const casePack = at.has('casePack') ? `, ${range('casePack')}` : '';
        return `=ARRAYFORMULA(REORDER_QTY(${range('dailySales')}, ${orderCycleOf(at)}, ${safetyOf(at)}, ${range('fbaStock')}, ${range('inbound')}${casePack}))`;
      },
    },
  ),
  computed(
    'orderBy',
    [
      'Order by',
      'Worked out (ORDER_BY_DATE): the last day to place the next order so it lands before stock falls to the safety stock: today + (FBA available + inbound) ÷ daily sales − safety days used − order cycle. A date passed means overdue.',
    ],
    [
      '最晚下单日期',
      '自动计算（ORDER_BY_DATE）：为在库存降到安全库存前到货，最晚的下单日期：今天 +（FBA 可售 + 在途）÷ 日均销量 − 采用的安全天数 − 下单周期。日期已过表示已逾期。',
    ],
    {
      aliases: ['order by date', 'order-by date', 'order before', '下单日期', '最晚下单'],
      numberFormat: DATE,
      rules: ['R1', 'R4', 'R8', 'R9'],
      formula: (at) =>
        `=ARRAYFORMULA(ORDER_BY_DATE(${at.range('fbaStock')}, ${at.range('inbound')}, ${at.range('dailySales')}, ${orderCycleOf(at)}, ${safetyOf(at)}, TODAY()))`,
    },
  ),
  computed(
    'stockoutGap',
    [
      'Stockout gap (days)',
      'Worked out: days the SKU will be out of stock before the next arrival; blank when no arrival date. The sidebar turns it into price and ad steps.',
    ],
    [
      '预计断货天数',
      '自动计算：下一批到仓前预计断货的天数；没有到仓日期时为空。侧边栏据此给出价格和广告的调整步骤。',
    ],
    {
      aliases: ['stockout gap', 'gap days', '断货天数'],
      numberFormat: DAYS_1,
      rules: ['R14', 'R15', 'R16', 'R23'],
      formula: ({ range }) =>
        `=STOCKOUT_GAP(${range('fbaStock')}, ${range('dailySales')}, ${range('daysToArrival')})`,
    },
  ),
  computed(
    'phase',
    [
      'Phase',
      'Worked out: PRE_STOCKOUT (cover ≤ {alertDays} days and no arrival in time), OUT_OF_STOCK, RECOVERY (≤ {recoveryDays} days after a restock) or HEALTHY. The sidebar shows the playbook for it.',
    ],
    [
      '断货阶段',
      '自动计算：PRE_STOCKOUT（断货前：可售 ≤ {alertDays} 天且到货来不及）、OUT_OF_STOCK（断货中）、RECOVERY（到货后 {recoveryDays} 天内的恢复期）或 HEALTHY（健康）。侧边栏显示对应的操作清单。',
    ],
    {
      aliases: ['stockout phase', 'stage', '阶段'],
      rules: ['R4', 'R12', 'R23', 'R32'],
      formula: ({ range, settings }) =>
        `=STOCKOUT_PHASE(${range('fbaStock')}, ${range('dailySales')}, ${range('daysToArrival')}, ${range('daysSinceRestock')}, ${settings.alertDays}, ${settings.recoveryDays})`,
    },
  ),
  input(
    'lastRestock',
    [
      'Last restock date',
      'Date stock came back after the last stockout; leave blank when there was none. Starts the recovery phase.',
    ],
    ['上次到货日期', '上次断货后重新到货的日期；没有断过货则留空。用于判断恢复期。'],
    {
      aliases: ['restock date', 'last restock', '到货日期', '补货到仓日期'],
      numberFormat: DATE,
      check: 'date',
      rules: ['R32'],
    },
  ),
  computed(
    'daysSinceRestock',
    ['Days since restock', 'Worked out: today − last restock date.'],
    ['到货后天数', '自动计算：今天 − 上次到货日期。'],
    {
      aliases: ['days since last restock'],
      numberFormat: DAYS,
      rules: ['R32'],
      formula: ({ range }) =>
        `=ARRAYFORMULA(IF(${range('lastRestock')}="", "", TODAY()-${range('lastRestock')}))`,
    },
  ),
  input(
    'price',
    ['Price', 'Current selling price; the sidebar works out raises and discounts from it.'],
    ['售价', '当前售价；侧边栏据此计算涨价和折扣。'],
    {
      aliases: ['your-price', 'your price', 'sales-price', 'selling price', '价格'],
      numberFormat: MONEY,
      check: 'nonNegative',
      rules: ['R13', 'R15', 'R34'],
    },
  ),
  input(
    'dailyAdBudget',
    [
      'Daily ad budget',
      'Current daily advertising budget; the sidebar works out the cut before a stockout and the recovery budget.',
    ],
    ['每日广告预算', '当前每日广告预算；侧边栏据此计算断货前的降幅和恢复期预算。'],
    {
      aliases: ['ad budget', 'daily budget', '广告预算', '日预算'],
      numberFormat: MONEY,
      check: 'nonNegative',
      rules: ['R18', 'R36'],
    },
  ),
  input(
    'notes',
    ['Notes', 'Anything worth remembering: customs delays, lost parcels, supplier dates.'],
    ['备注', '需要记录的事项：清关延误、丢件、供应商交期等。'],
    { aliases: ['note', 'remarks', 'comment', '说明'], rules: ['R3'] },
  ),
];

/** One column by key. */
export function columnOf(key: ColumnKey): ReplenishmentColumn {
  const column = REPLENISHMENT_COLUMNS.find((c) => c.key === key);
  if (column === undefined) throw new Error(`no replenishment column ${key}`);
  return column;
}

/**
 * A replenishment column found by its header in any sheet, English or Chinese, loosely written:
 * whether a cell names it, its index in a header row, its first cell in a sheet's first rows,
 * and every column a header row names.
 */
export const { headerMatches, findColumn, findHeaderCell, mapColumns } =
  headerMatcher(REPLENISHMENT_COLUMNS);
