// Every custom function: the public API typed into cells, written once here.

import { airQty } from '../../core/air-qty';
import { coverDays } from '../../core/cover-days';
import { dailySales, type SalesWeights } from '../../core/daily-sales';
import { demandStats } from '../../core/forecast/demand-stats';
import { DEFAULT_SERVICE_LEVEL } from '../../core/forecast/forecast-defaults';
import { orderByDay } from '../../core/forecast/order-by-date';
import { safetyDays } from '../../core/forecast/safety-days';
import { indexSalesHistory, type SalesHistoryIndex } from '../../core/forecast/sales-history';
import { InputError } from '../../core/input-error';
import { stockoutPhase } from '../../core/phase';
import { rankDrop } from '../../core/rank-drop';
import { reorderQty } from '../../core/reorder-qty';
import { stockoutGap } from '../../core/stockout-gap';
import { MAX_HISTORY_ROWS, readHistory } from './read-history';
import type { CustomFunctionSpec, ParamSpec } from './spec';

/** A label in English and Chinese. */
type Label = ParamSpec['label'];

/**
 * The labels messages name the arguments by: the replenishment sheet's column headers where a
 * column feeds the argument (a test holds them equal), otherwise the words of the docs.
 */
const LABELS = {
  units_7d: { en: 'Units 7 days', 'zh-CN': '近7天销量' },
  units_14d: { en: 'Units 14 days', 'zh-CN': '近14天销量' },
  units_30d: { en: 'Units 30 days', 'zh-CN': '近30天销量' },
  ly_same_30d: { en: 'Last year same 30 days', 'zh-CN': '去年同期30天销量' },
  ly_next_90d: { en: 'Last year next 90 days', 'zh-CN': '去年同期后90天销量' },
  weights: { en: 'Sales weights', 'zh-CN': '销量权重' },
  stock: { en: 'FBA available', 'zh-CN': 'FBA 可售库存' },
  daily_sales: { en: 'Daily sales', 'zh-CN': '日均销量' },
  inbound: { en: 'Inbound qty', 'zh-CN': '在途数量' },
  // The template feeds these from the order cycle (review period included) and the safety days used.
  cycle_days: { en: 'Order cycle (days)', 'zh-CN': '下单周期（天）' },
  safety_days: { en: 'Safety days used', 'zh-CN': '采用的安全天数' },
  case_pack: { en: 'Case pack', 'zh-CN': '每箱数量' },
  days_to_arrival: { en: 'Days to arrival', 'zh-CN': '距到仓天数' },
  days_since_restock: { en: 'Days since restock', 'zh-CN': '到货后天数' },
  alert_days: { en: 'Alert days', 'zh-CN': '预警天数' },
  recovery_days: { en: 'Recovery days', 'zh-CN': '恢复期天数' },
  air_days: { en: 'Air transit days', 'zh-CN': '空运时效（天）' },
  rank_before: { en: 'Rank before', 'zh-CN': '断货前排名' },
  rank_now: { en: 'Rank now', 'zh-CN': '当前排名' },
  severe_top: { en: 'Top keyword rank', 'zh-CN': '头部关键词排名' },
  severe_beyond: { en: 'Severe beyond rank', 'zh-CN': '严重下滑排名' },
  moderate_places: { en: 'Moderate fall (places)', 'zh-CN': '中度下滑名次' },
  skus: { en: 'SKU', 'zh-CN': 'SKU' },
  history: { en: 'Sales history', 'zh-CN': '销售历史' },
  as_of: { en: 'As-of date', 'zh-CN': '截至日期' },
  horizon_days: { en: 'Season days ahead', 'zh-CN': '季节预测天数' },
  weekly_sd: { en: 'Weekly sd', 'zh-CN': '周销量标准差' },
  lead_days: { en: 'Lead days', 'zh-CN': '到货周期（天）' },
  review_days: { en: 'Review days', 'zh-CN': '复核间隔（天）' },
  service_level: { en: 'Service level', 'zh-CN': '服务水平' },
  today: { en: 'Today', 'zh-CN': '今天' },
} as const satisfies Record<string, Label>;

type LabelledName = keyof typeof LABELS;

/** The FBA stock of REORDER_QTY is the sheet's FBA available, as `stock` is elsewhere. */
const labelOf = (name: LabelledName | 'fba_stock'): Label =>
  name === 'fba_stock' ? LABELS.stock : LABELS[name];

const num = (name: LabelledName | 'fba_stock', doc: string, optional = false): ParamSpec => ({
  name,
  label: labelOf(name),
  doc,
  kind: 'number',
  optional,
});

/** An optional number parameter: its doc opens with "Optional.". */
const optionalNum = (name: LabelledName, doc: string): ParamSpec =>
  num(name, `Optional. ${doc}`, true);

const RANGE = 'A cell or a column range.';

/** The parameters several functions take, documented alike in each. */
const STOCK_PARAM = num('stock', `Units available in FBA now. ${RANGE}`);
const DAILY_SALES_PARAM = num('daily_sales', `Average daily sales, units per day. ${RANGE}`);
const SAFETY_DAYS_PARAM = num(
  'safety_days',
  `Safety stock in days of sales; blank means 14. ${RANGE}`,
);
const INBOUND_PARAM = num(
  'inbound',
  `Units shipped and not yet received; blank means none. ${RANGE}`,
);

export const DAILY_SALES: CustomFunctionSpec = {
  name: 'DAILY_SALES',
  summary:
    'Average daily sales (units/day) blended from the 7-, 14- and 30-day sales, adjusted for the season. 日均销量',
  returns: 'Units per day; blank when all three windows are blank.',
  example: { formula: '=DAILY_SALES(140, 210, 450)', args: [140, 210, 450], result: 17.5 },
  rules: ['R5', 'R7'],
  params: [
    num('units_7d', `Units sold in the last 7 days. ${RANGE}`),
    num('units_14d', `Units sold in the last 14 days. ${RANGE}`),
    num('units_30d', `Units sold in the last 30 days. ${RANGE}`),
    optionalNum('ly_same_30d', `Units sold last year in the same 30 days. ${RANGE}`),
    optionalNum('ly_next_90d', `Units sold last year in the 90 days after them. ${RANGE}`),
    {
      name: 'weights',
      label: LABELS.weights,
      doc: 'Optional. Weights of the 7-, 14- and 30-day windows as one row, e.g. {0.5,0.3,0.2} (the default).',
      kind: 'weights',
      optional: true,
    },
  ],
  compute: ([units7d, units14d, units30d, lySame30d, lyNext90d], weights) =>
    dailySales(
      { units7d, units14d, units30d, lySame30d, lyNext90d },
      weights as SalesWeights | undefined,
    ),
};

export const COVER_DAYS: CustomFunctionSpec = {
  name: 'COVER_DAYS',
  summary:
    'Days the stock lasts at the current daily sales: (stock + inbound) / daily sales. 可售天数',
  returns: 'Days; blank when daily sales are 0 or blank.',
  example: { formula: '=COVER_DAYS(100, 5)', args: [100, 5], result: 20 },
  rules: ['R2', 'R4'],
  params: [
    STOCK_PARAM,
    DAILY_SALES_PARAM,
    optionalNum('inbound', `Units shipped and not yet received. ${RANGE}`),
  ],
  compute: ([stock, sales, inbound]) => coverDays(stock, sales, inbound),
};

export const REORDER_QTY: CustomFunctionSpec = {
  name: 'REORDER_QTY',
  summary:
    'Units to order: daily sales × (cycle + safety days) − FBA stock − inbound, rounded up to whole cartons. 补货数量',
  returns: 'Units to order, 0 when stock and inbound already cover the cycle.',
  example: {
    formula: '=REORDER_QTY(10, 60, 14, 300, 200)',
    args: [10, 60, 14, 300, 200],
    result: 240,
  },
  rules: ['R6', 'R8', 'R9', 'R10', 'R11'],
  params: [
    DAILY_SALES_PARAM,
    num('cycle_days', `Days from placing the order to goods sellable in FBA. ${RANGE}`),
    SAFETY_DAYS_PARAM,
    num('fba_stock', `Units available in FBA now. ${RANGE}`),
    INBOUND_PARAM,
    optionalNum(
      'case_pack',
      `Units per carton; the order is rounded up to whole cartons. ${RANGE}`,
    ),
  ],
  compute: ([dailySales, cycleDays, safetyDays, fbaStock, inbound, casePack]) =>
    reorderQty({ dailySales, cycleDays, safetyDays, fbaStock, inbound, casePack }),
};

export const STOCKOUT_GAP: CustomFunctionSpec = {
  name: 'STOCKOUT_GAP',
  summary:
    'Days the SKU will be out of stock before the next inbound lands: days to arrival − stock / daily sales. 断货天数',
  returns: 'Days out of stock, 0 when none; blank when the arrival is unknown.',
  example: { formula: '=STOCKOUT_GAP(100, 5, 30)', args: [100, 5, 30], result: 10 },
  rules: ['R14', 'R15', 'R16', 'R23'],
  params: [
    STOCK_PARAM,
    DAILY_SALES_PARAM,
    num('days_to_arrival', `Days until the next inbound is sellable, e.g. ETA − TODAY(). ${RANGE}`),
  ],
  compute: ([stock, sales, daysToArrival]) => stockoutGap(stock, sales, daysToArrival),
};

export const STOCKOUT_PHASE: CustomFunctionSpec = {
  name: 'STOCKOUT_PHASE',
  summary: 'Stage of the stockout cycle: PRE_STOCKOUT, OUT_OF_STOCK, RECOVERY or HEALTHY. 断货阶段',
  returns: 'The phase code; blank when stock and sales are blank.',
  example: {
    formula: '=STOCKOUT_PHASE(100, 5, 30)',
    args: [100, 5, 30],
    result: 'PRE_STOCKOUT',
  },
  rules: ['R4', 'R12', 'R23', 'R32'],
  params: [
    STOCK_PARAM,
    DAILY_SALES_PARAM,
    optionalNum('days_to_arrival', `Days until the next inbound is sellable. ${RANGE}`),
    optionalNum('days_since_restock', `Days since stock came back after a stockout. ${RANGE}`),
    optionalNum('alert_days', 'Days of cover at or under which a stockout is near; default 75.'),
    optionalNum('recovery_days', 'Days after a restock the recovery phase lasts; default 30.'),
  ],
  compute: ([stock, dailySales, daysToArrival, daysSinceRestock, alertDays, recoveryDays]) =>
    stockoutPhase({ stock, dailySales, daysToArrival, daysSinceRestock, alertDays, recoveryDays }),
};

export const AIR_QTY: CustomFunctionSpec = {
  name: 'AIR_QTY',
  summary:
    'Units an emergency air / express shipment must carry so the SKU sells until the slow inbound lands. 紧急空运数量',
  returns:
    'Units to send by air, 0 when there is no gap to close; blank when the arrival is unknown.',
  example: { formula: '=AIR_QTY(100, 5, 40, 10)', args: [100, 5, 40, 10], result: 100 },
  rules: ['R24'],
  params: [
    STOCK_PARAM,
    DAILY_SALES_PARAM,
    num(
      'days_to_arrival',
      `Days until the slow (sea) inbound is sellable, e.g. ETA − TODAY(). ${RANGE}`,
    ),
    optionalNum(
      'air_days',
      `Days from sending by air / express to sellable in FBA; blank means 10. ${RANGE}`,
    ),
  ],
  compute: ([stock, sales, daysToArrival, airDays]) => airQty(stock, sales, daysToArrival, airDays),
};

export const RANK_DROP: CustomFunctionSpec = {
  name: 'RANK_DROP',
  summary:
    'How far a keyword fell: places lost and SEVERE, MODERATE, STABLE or RECOVERED, in two cells side by side. 关键词排名下滑',
  returns:
    'Two cells per row: places lost (blank when the keyword left the tracked range) and the severity.',
  example: { formula: '=RANK_DROP(12, 140)', args: [12, 140], result: [[128, 'SEVERE']] },
  rules: ['R30', 'R43'],
  columns: ['fall', 'severity'],
  params: [
    num('rank_before', `Organic rank before the stockout (1 = top). ${RANGE}`),
    num('rank_now', `Organic rank now; blank when it left the tracked range. ${RANGE}`),
    optionalNum('severe_top', 'A keyword at or above this rank is a top keyword; default 30.'),
    optionalNum('severe_beyond', 'A top keyword falling beyond this rank is SEVERE; default 100.'),
    optionalNum('moderate_places', 'A fall of more than this many places is MODERATE; default 10.'),
  ],
  compute: ([before, now, severeTop, severeBeyond, moderatePlaces]) => {
    const drop = rankDrop(before, now, { severeTop, severeBeyond, moderatePlaces });
    return drop === undefined ? undefined : [drop.fall, drop.severity];
  },
};

export const DEMAND_STATS: CustomFunctionSpec = {
  name: 'DEMAND_STATS',
  summary:
    'From the sales history: in-stock daily rate, weekly standard deviation and seasonal factor per SKU, in three cells side by side. 需求统计',
  returns:
    'Three cells per SKU: units per in-stock day (recent days weigh more), the standard deviation of weekly demand (units/week, in-stock weeks), the seasonal factor (1 without a year of history); blank for a SKU with no history.',
  example: {
    formula: '=DEMAND_STATS("MUG-1", {46357,"MUG-1",10;46358,"MUG-1",10})',
    args: [
      'MUG-1',
      [
        [46357, 'MUG-1', 10],
        [46358, 'MUG-1', 10],
      ],
    ],
    result: [[10, 0, 1]],
  },
  rules: ['R5', 'R7', 'R9'],
  columns: ['daily_rate', 'weekly_sd', 'seasonal_factor'],
  params: [
    {
      name: 'skus',
      label: LABELS.skus,
      doc: `The SKUs, one per row. ${RANGE}`,
      kind: 'text',
      optional: false,
    },
    {
      name: 'history',
      label: LABELS.history,
      doc: `The Sales-history rows without the header: Date, SKU, Units sold and optionally Units available at the end of the day, e.g. 'Sales history'!A2:D (at most ${MAX_HISTORY_ROWS.toLocaleString('en-US')} rows).`,
      kind: 'table',
      optional: false,
    },
    {
      name: 'as_of',
      label: LABELS.as_of,
      doc: 'Optional. The day the figures are for (history from it on is ignored); default the day after the latest date in history.',
      kind: 'date',
      optional: true,
    },
    optionalNum(
      'horizon_days',
      'Days ahead the seasonal factor covers, from the same day last year; default 90.',
    ),
  ],
  readTable: (cells) => indexSalesHistory(readHistory('history', cells)),
  compute: ([, asOf, horizonDays], _weights, { texts: [sku], table }) => {
    if (sku === undefined) throw new InputError('required', { arg: 'skus' });
    const stats = demandStats(table as SalesHistoryIndex, sku, asOf, horizonDays);
    return stats === undefined
      ? undefined
      : [stats.dailyRate, stats.weeklySd, stats.seasonalFactor];
  },
};

export const SAFETY_DAYS: CustomFunctionSpec = {
  name: 'SAFETY_DAYS',
  summary:
    'Safety stock in days of sales from how variable weekly demand is: z(service level) × weekly sd × √((lead + review days) / 7) / daily sales. 安全库存天数',
  returns: 'Days of sales; blank when daily sales are 0 or blank.',
  example: {
    formula: '=SAFETY_DAYS(10, 20, 63, 7, 0.95)',
    args: [10, 20, 63, 7, 0.95],
    result: 10.402967746014541,
  },
  rules: ['R1', 'R9'],
  params: [
    DAILY_SALES_PARAM,
    num(
      'weekly_sd',
      `Standard deviation of weekly demand, units per week (DEMAND_STATS). ${RANGE}`,
    ),
    num('lead_days', `Days from placing an order to units sellable in FBA. ${RANGE}`),
    num('review_days', `Days until the next order goes out: 7 for a weekly review. ${RANGE}`),
    optionalNum(
      'service_level',
      `Share of cycles that end without a stockout, e.g. 95%; default ${DEFAULT_SERVICE_LEVEL * 100}%.`,
    ),
  ],
  compute: ([dailySales, weeklySd, leadDays, reviewDays, serviceLevel]) =>
    safetyDays({ dailySales, weeklySd, leadDays, reviewDays, serviceLevel }),
};

export const ORDER_BY_DATE: CustomFunctionSpec = {
  name: 'ORDER_BY_DATE',
  summary:
    'The last day to place the next order so it lands before stock falls to the safety stock: today + (stock + inbound) / daily sales − safety − cycle days. 最晚下单日期',
  returns: 'A date (in the past: overdue); blank when daily sales are 0 or blank.',
  example: {
    formula: '=ORDER_BY_DATE(900, 0, 10, 67, 10, 46357)',
    args: [900, 0, 10, 67, 10, 46357],
    result: 46370,
  },
  rules: ['R4', 'R8', 'R9'],
  resultKind: 'date',
  params: [
    STOCK_PARAM,
    INBOUND_PARAM,
    DAILY_SALES_PARAM,
    num(
      'cycle_days',
      `Days from placing an order to units sellable, plus the review period. ${RANGE}`,
    ),
    SAFETY_DAYS_PARAM,
    {
      name: 'today',
      label: LABELS.today,
      doc: 'Today’s date, e.g. TODAY().',
      kind: 'date',
      optional: false,
    },
  ],
  compute: ([stock, inbound, dailySales, cycleDays, safetyDays, today]) =>
    orderByDay({ stock, inbound, dailySales, cycleDays, safetyDays, today }),
};

/** Every custom function, in the order the docs list them. */
export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [
  DAILY_SALES,
  COVER_DAYS,
  REORDER_QTY,
  STOCKOUT_GAP,
  STOCKOUT_PHASE,
  AIR_QTY,
  RANK_DROP,
  DEMAND_STATS,
  SAFETY_DAYS,
  ORDER_BY_DATE,
];
