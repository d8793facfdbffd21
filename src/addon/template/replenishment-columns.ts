// R1–R11: the replenishment sheet's columns, one typed table: headers, notes, kind, format, formula.

import type { PlaybookSettings } from '../../core/settings/settings';
import type { SheetColumn } from '../sheet-table/sheet-column';

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
  'dailySales',
  'cycleDays',
  'safetyDays',
  'casePack',
  'coverDays',
  'reorderQty',
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
  readonly settings: PlaybookSettings;
}

/** A replenishment column; `{name}` placeholders in its note take the settings of the same name. */
export interface ReplenishmentColumn extends SheetColumn<ColumnKey> {
  /** `input`: the seller types or pastes it. `computed`: one array formula in the first data row. */
  readonly kind: 'input' | 'computed';
  /** For computed columns: the formula written once, in the first data row. */
  readonly formula?: (at: FormulaContext) => string;
}

const UNITS = '#,##0';
const DAYS = '0';
const DAYS_1 = '0.0';
const DATE = 'yyyy-mm-dd';
const MONEY = '#,##0.00';
const TEXT = '@';

/** The columns, in sheet order. */
export const REPLENISHMENT_COLUMNS: readonly ReplenishmentColumn[] = [
  {
    key: 'sku',
    header: { en: 'SKU', 'zh-CN': 'SKU' },
    note: {
      en: 'Your seller SKU, one row per SKU.',
      'zh-CN': '卖家 SKU，每个 SKU 一行。',
    },
    aliases: ['seller-sku', 'msku', 'seller sku'],
    kind: 'input',
    numberFormat: TEXT,
    rules: ['R1', 'R2'],
  },
  {
    key: 'asin',
    header: { en: 'ASIN', 'zh-CN': 'ASIN' },
    note: { en: 'Amazon ASIN of the SKU.', 'zh-CN': '该 SKU 的亚马逊 ASIN。' },
    aliases: ['(child) asin'],
    kind: 'input',
    numberFormat: TEXT,
    rules: ['R2'],
  },
  {
    key: 'product',
    header: { en: 'Product', 'zh-CN': '产品名称' },
    note: { en: 'Product name, for your own reading.', 'zh-CN': '产品名称，方便自己查看。' },
    aliases: ['product-name', 'product name', 'title', '产品', '商品名称'],
    kind: 'input',
    rules: ['R2'],
  },
  {
    key: 'fbaStock',
    header: { en: 'FBA available', 'zh-CN': 'FBA 可售库存' },
    note: {
      en: 'Units sellable in FBA now (Inventory report: available / afn-fulfillable-quantity).',
      'zh-CN': '当前 FBA 可售数量（库存报告中的 available / afn-fulfillable-quantity）。',
    },
    aliases: [
      'available',
      'afn-fulfillable-quantity',
      'quantity available',
      'fba stock',
      'fba库存',
      '可售库存',
    ],
    kind: 'input',
    numberFormat: UNITS,
    check: 'nonNegative',
    rules: ['R2'],
  },
  {
    key: 'inbound',
    header: { en: 'Inbound qty', 'zh-CN': '在途数量' },
    note: {
      en: 'Units shipped and not yet received. They count towards cover, so nothing is ordered twice.',
      'zh-CN': '已发货但尚未入仓的数量。计入可售天数，避免重复下单。',
    },
    aliases: ['inbound', 'inbound-quantity', 'inbound quantity', '在途库存', '在途'],
    kind: 'input',
    numberFormat: UNITS,
    check: 'nonNegative',
    rules: ['R3', 'R10'],
  },
  {
    key: 'nextArrival',
    header: { en: 'Next arrival date', 'zh-CN': '预计到仓日期' },
    note: {
      en: 'Date the next inbound shipment is sellable in FBA (ETA). Update it as the shipment moves.',
      'zh-CN': '下一批在途货物在 FBA 可售的日期（ETA），随物流进度更新。',
    },
    aliases: ['eta', 'arrival date', 'next arrival', '预计到货日期', '到仓日期'],
    kind: 'input',
    numberFormat: DATE,
    check: 'date',
    rules: ['R3', 'R23'],
  },
  {
    key: 'daysToArrival',
    header: { en: 'Days to arrival', 'zh-CN': '距到仓天数' },
    note: {
      en: 'Worked out: next arrival date − today. Negative means the ETA has passed: update it.',
      'zh-CN': '自动计算：预计到仓日期 − 今天。为负数表示 ETA 已过，请更新。',
    },
    aliases: ['days until arrival', '到仓天数'],
    kind: 'computed',
    numberFormat: DAYS,
    rules: ['R23'],
    formula: ({ range }) =>
      `=ARRAYFORMULA(IF(${range('nextArrival')}="", "", ${range('nextArrival')}-TODAY()))`,
  },
  {
    key: 'units7d',
    header: { en: 'Units 7 days', 'zh-CN': '近7天销量' },
    note: { en: 'Units sold in the last 7 days.', 'zh-CN': '最近 7 天售出的件数。' },
    aliases: ['units-shipped-t7', 'units 7d', 'sales 7 days', '7天销量'],
    kind: 'input',
    numberFormat: UNITS,
    check: 'nonNegative',
    rules: ['R7'],
  },
  {
    key: 'units14d',
    header: { en: 'Units 14 days', 'zh-CN': '近14天销量' },
    note: { en: 'Units sold in the last 14 days.', 'zh-CN': '最近 14 天售出的件数。' },
    aliases: ['units 14d', 'sales 14 days', '14天销量'],
    kind: 'input',
    numberFormat: UNITS,
    check: 'nonNegative',
    rules: ['R7'],
  },
  {
    key: 'units30d',
    header: { en: 'Units 30 days', 'zh-CN': '近30天销量' },
    note: { en: 'Units sold in the last 30 days.', 'zh-CN': '最近 30 天售出的件数。' },
    aliases: ['units-shipped-t30', 'units 30d', 'sales 30 days', '30天销量'],
    kind: 'input',
    numberFormat: UNITS,
    check: 'nonNegative',
    rules: ['R7'],
  },
  {
    key: 'lySame30d',
    header: { en: 'Last year same 30 days', 'zh-CN': '去年同期30天销量' },
    note: {
      en: 'Optional: units sold in the same 30 days last year. With the next column it adjusts daily sales for the season.',
      'zh-CN': '选填：去年同期 30 天的销量。与下一列一起按季节调整日均销量。',
    },
    aliases: ['ly same 30d', 'last year 30 days'],
    kind: 'input',
    numberFormat: UNITS,
    check: 'nonNegative',
    rules: ['R5', 'R7'],
  },
  {
    key: 'lyNext90d',
    header: { en: 'Last year next 90 days', 'zh-CN': '去年同期后90天销量' },
    note: {
      en: 'Optional: units sold last year in the 90 days after those 30 days: shows the season ahead.',
      'zh-CN': '选填：去年同期之后 90 天的销量，用来预判接下来的季节变化。',
    },
    aliases: ['ly next 90d', 'last year next 3 months'],
    kind: 'input',
    numberFormat: UNITS,
    check: 'nonNegative',
    rules: ['R5', 'R7'],
  },
  {
    key: 'dailySales',
    header: { en: 'Daily sales', 'zh-CN': '日均销量' },
    note: {
      en: 'Worked out: the 7-, 14- and 30-day sales blended with weights {weights}, adjusted for the season when last year is filled in.',
      'zh-CN': '自动计算：按权重 {weights} 混合 7、14、30 天销量；填写去年数据时按季节调整。',
    },
    aliases: ['ads', 'average daily sales', 'daily sales', '日均'],
    kind: 'computed',
    numberFormat: '0.00',
    rules: ['R7'],
    formula: ({ range, settings }) =>
      `=DAILY_SALES(${range('units7d')}, ${range('units14d')}, ${range('units30d')}, ${range('lySame30d')}, ${range('lyNext90d')}, {${settings.salesWeights.join(',')}})`,
  },
  {
    key: 'cycleDays',
    header: { en: 'Cycle days', 'zh-CN': '补货周期（天）' },
    note: {
      en: 'Days from placing the order until the goods are sellable in FBA: production + transit + customs + check-in. Blank = {cycleDays} (Settings).',
      'zh-CN':
        '从下单到货物在 FBA 可售的天数：生产 + 运输 + 清关 + 入仓。留空 = {cycleDays} 天（设置）。',
    },
    aliases: ['cycle', 'replenishment cycle', 'lead time', '补货周期', '备货周期'],
    kind: 'input',
    numberFormat: DAYS,
    check: 'nonNegative',
    rules: ['R8'],
  },
  {
    key: 'safetyDays',
    header: { en: 'Safety days', 'zh-CN': '安全库存天数' },
    note: {
      en: 'Safety stock in days of sales: two weeks usually, 15–30 for best sellers, new or uncertain products. Blank = {safetyDays} (Settings).',
      'zh-CN':
        '安全库存（按销售天数）：一般两周；爆款、新品或不确定的产品 15–30 天。留空 = {safetyDays} 天（设置）。',
    },
    aliases: ['safety stock days', 'safety stock', '安全库存'],
    kind: 'input',
    numberFormat: DAYS,
    check: 'nonNegative',
    rules: ['R9'],
  },
  {
    key: 'casePack',
    header: { en: 'Case pack', 'zh-CN': '每箱数量' },
    note: {
      en: 'Optional: units per carton; the reorder quantity is rounded up to whole cartons.',
      'zh-CN': '选填：每箱件数；建议补货量向上取整到整箱。',
    },
    aliases: ['units per carton', 'carton qty', '装箱数', '箱规'],
    kind: 'input',
    numberFormat: UNITS,
    check: 'atLeastOne',
    rules: ['R6'],
  },
  {
    key: 'coverDays',
    header: { en: 'Days of cover', 'zh-CN': '可售天数' },
    note: {
      en: 'Worked out: (FBA available + inbound) ÷ daily sales. Colours: ≤ {airFreightDays} yellow = consider air freight; ≤ {alertDays} red = order by sea now; > {overstockDays} grey-blue = slow-moving.',
      'zh-CN':
        '自动计算：（FBA 可售 + 在途）÷ 日均销量。颜色：≤ {airFreightDays} 天黄色 = 考虑空运；≤ {alertDays} 天红色 = 立即安排海运；> {overstockDays} 天灰蓝 = 滞销。',
    },
    aliases: [
      'cover days',
      'days of supply',
      'days-of-supply',
      'cover',
      '库存可售天数',
      '可售天数',
    ],
    kind: 'computed',
    numberFormat: DAYS_1,
    rules: ['R2', 'R4'],
    formula: ({ range }) =>
      `=COVER_DAYS(${range('fbaStock')}, ${range('dailySales')}, ${range('inbound')})`,
  },
  {
    key: 'reorderQty',
    header: { en: 'Reorder qty', 'zh-CN': '建议补货量' },
    note: {
      en: 'Worked out: daily sales × (cycle + review period + safety days) − FBA available − inbound, in whole cartons. A suggestion: you decide the order.',
      'zh-CN':
        '自动计算：日均销量 ×（补货周期 + 检查周期 + 安全库存天数）− FBA 可售 − 在途，按整箱取整。仅供参考，由你决定下单数量。',
    },
    aliases: ['reorder quantity', 'order qty', '补货数量', '补货量'],
    kind: 'computed',
    numberFormat: UNITS,
    rules: ['R6', 'R8', 'R9', 'R10', 'R11'],
    formula: ({ range, settings }) => {
      const sales = range('dailySales');
      // The typed value, or the setting when blank; `plus` days added either way.
      const orDefault = (key: ColumnKey, value: number, plus = 0) => {
        const typed = plus === 0 ? range(key) : `${range(key)}+${plus}`;
        return `IF(${range(key)}="", IF(${sales}="", "", ${value + plus}), ${typed})`;
      };
      // R1: orders go out once per review period, so an order covers the cycle plus that wait.
      const cycle = orDefault('cycleDays', settings.cycleDays, settings.reviewDays);
      return `=ARRAYFORMULA(REORDER_QTY(${sales}, ${cycle}, ${orDefault('safetyDays', settings.safetyDays)}, ${range('fbaStock')}, ${range('inbound')}, ${range('casePack')}))`;
    },
  },
  {
    key: 'stockoutGap',
    header: { en: 'Stockout gap (days)', 'zh-CN': '预计断货天数' },
    note: {
      en: 'Worked out: days the SKU will be out of stock before the next arrival; blank when no arrival date. The sidebar turns it into price and ad steps.',
      'zh-CN':
        '自动计算：下一批到仓前预计断货的天数；没有到仓日期时为空。侧边栏据此给出价格和广告的调整步骤。',
    },
    aliases: ['stockout gap', 'gap days', '断货天数'],
    kind: 'computed',
    numberFormat: DAYS_1,
    rules: ['R14', 'R15', 'R16', 'R23'],
    formula: ({ range }) =>
      `=STOCKOUT_GAP(${range('fbaStock')}, ${range('dailySales')}, ${range('daysToArrival')})`,
  },
  {
    key: 'phase',
    header: { en: 'Phase', 'zh-CN': '断货阶段' },
    note: {
      en: 'Worked out: PRE_STOCKOUT (cover ≤ {alertDays} days and no arrival in time), OUT_OF_STOCK, RECOVERY (≤ {recoveryDays} days after a restock) or HEALTHY. The sidebar shows the playbook for it.',
      'zh-CN':
        '自动计算：PRE_STOCKOUT（断货前：可售 ≤ {alertDays} 天且到货来不及）、OUT_OF_STOCK（断货中）、RECOVERY（到货后 {recoveryDays} 天内的恢复期）或 HEALTHY（健康）。侧边栏显示对应的操作清单。',
    },
    aliases: ['stockout phase', 'stage', '阶段'],
    kind: 'computed',
    rules: ['R4', 'R12', 'R23', 'R32'],
    formula: ({ range, settings }) =>
      `=STOCKOUT_PHASE(${range('fbaStock')}, ${range('dailySales')}, ${range('daysToArrival')}, ${range('daysSinceRestock')}, ${settings.alertDays}, ${settings.recoveryDays})`,
  },
  {
    key: 'lastRestock',
    header: { en: 'Last restock date', 'zh-CN': '上次到货日期' },
    note: {
      en: 'Date stock came back after the last stockout; leave blank when there was none. Starts the recovery phase.',
      'zh-CN': '上次断货后重新到货的日期；没有断过货则留空。用于判断恢复期。',
    },
    aliases: ['restock date', 'last restock', '到货日期', '补货到仓日期'],
    kind: 'input',
    numberFormat: DATE,
    check: 'date',
    rules: ['R32'],
  },
  {
    key: 'daysSinceRestock',
    header: { en: 'Days since restock', 'zh-CN': '到货后天数' },
    note: {
      en: 'Worked out: today − last restock date.',
      'zh-CN': '自动计算：今天 − 上次到货日期。',
    },
    aliases: ['days since last restock'],
    kind: 'computed',
    numberFormat: DAYS,
    rules: ['R32'],
    formula: ({ range }) =>
      `=ARRAYFORMULA(IF(${range('lastRestock')}="", "", TODAY()-${range('lastRestock')}))`,
  },
  {
    key: 'price',
    header: { en: 'Price', 'zh-CN': '售价' },
    note: {
      en: 'Current selling price; the sidebar works out raises and discounts from it.',
      'zh-CN': '当前售价；侧边栏据此计算涨价和折扣。',
    },
    aliases: ['your-price', 'your price', 'sales-price', 'selling price', '价格'],
    kind: 'input',
    numberFormat: MONEY,
    check: 'nonNegative',
    rules: ['R13', 'R15', 'R34'],
  },
  {
    key: 'dailyAdBudget',
    header: { en: 'Daily ad budget', 'zh-CN': '每日广告预算' },
    note: {
      en: 'Current daily advertising budget; the sidebar works out the cut before a stockout and the recovery budget.',
      'zh-CN': '当前每日广告预算；侧边栏据此计算断货前的降幅和恢复期预算。',
    },
    aliases: ['ad budget', 'daily budget', '广告预算', '日预算'],
    kind: 'input',
    numberFormat: MONEY,
    check: 'nonNegative',
    rules: ['R18', 'R36'],
  },
  {
    key: 'notes',
    header: { en: 'Notes', 'zh-CN': '备注' },
    note: {
      en: 'Anything worth remembering: customs delays, lost parcels, supplier dates.',
      'zh-CN': '需要记录的事项：清关延误、丢件、供应商交期等。',
    },
    aliases: ['note', 'remarks', 'comment', '说明'],
    kind: 'input',
    rules: ['R3'],
  },
];

/** One column by key. */
export function columnOf(key: ColumnKey): ReplenishmentColumn {
  const column = REPLENISHMENT_COLUMNS.find((c) => c.key === key);
  if (column === undefined) throw new Error(`no replenishment column ${key}`);
  return column;
}
