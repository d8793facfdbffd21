// SKU rows for the plan tests, one per phase and price situation, with their expected phases.

import type { SkuRow } from '../../../src/core/plan/sku-row';

/** Runs out on day 20; the inbound lands on day 32: a 12-day (medium) gap. */
export const BEFORE_MEDIUM: SkuRow = {
  stock: 100,
  dailySales: 5,
  inbound: 400,
  daysToArrival: 32,
  price: 19.99,
  dailyAdBudget: 50,
};

/** Runs out on day 20; the inbound lands on day 24: a 4-day (short) gap. */
export const BEFORE_SHORT: SkuRow = { ...BEFORE_MEDIUM, daysToArrival: 24 };

/** Runs out on day 20; the inbound lands on day 65: a 45-day (long) gap. */
export const BEFORE_LONG: SkuRow = { ...BEFORE_MEDIUM, daysToArrival: 65 };

/** Approaching a stockout with no arrival date, no price and no ad budget. */
export const BEFORE_BARE: SkuRow = { stock: 100, dailySales: 5 };

/** Out of stock; the inbound lands in 40 days. */
export const DURING: SkuRow = {
  stock: 0,
  dailySales: 5,
  inbound: 600,
  daysToArrival: 40,
  price: 21.99,
  dailyAdBudget: 50,
};

/** Restocked 5 days ago; 75 days of cover, longer than the 60-day cycle: no new gap ahead. */
export const AFTER: SkuRow = {
  stock: 600,
  dailySales: 8,
  daysSinceRestock: 5,
  price: 19.99,
  dailyAdBudget: 50,
};

/**
 * Restocked 5 days ago with 25 days of cover and nothing inbound: runs out long before a new
 * order (60-day cycle) could land.
 */
export const AFTER_GAP: SkuRow = { ...AFTER, stock: 200 };

/** Restocked 5 days ago; on hand lasts 19 days, the inbound lands on day 26: a 7-day gap. */
export const AFTER_ARRIVAL_GAP: SkuRow = {
  ...AFTER,
  stock: 95,
  dailySales: 5,
  inbound: 600,
  daysToArrival: 26,
};

/** Plenty of stock, no recent stockout. */
export const HEALTHY: SkuRow = { stock: 900, dailySales: 5, price: 19.99 };

/** 80 days of cover, above the 75-day alert: healthy, yet 5 × 81 − 400 = 5 units to order. */
export const HEALTHY_TO_ORDER: SkuRow = { stock: 400, dailySales: 5, casePack: 1 };

export const ALL_ROWS: readonly SkuRow[] = [
  BEFORE_MEDIUM,
  BEFORE_SHORT,
  BEFORE_LONG,
  BEFORE_BARE,
  DURING,
  { ...DURING, price: undefined, daysToArrival: undefined, dailySales: undefined },
  AFTER,
  { ...AFTER, price: undefined, dailyAdBudget: undefined },
  AFTER_GAP,
  AFTER_ARRIVAL_GAP,
  HEALTHY,
  HEALTHY_TO_ORDER,
];
