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

/** Restocked 5 days ago. */
export const AFTER: SkuRow = {
  stock: 200,
  dailySales: 8,
  daysSinceRestock: 5,
  price: 19.99,
  dailyAdBudget: 50,
};

/** Plenty of stock, no recent stockout. */
export const HEALTHY: SkuRow = { stock: 900, dailySales: 5, price: 19.99 };

export const ALL_ROWS: readonly SkuRow[] = [
  BEFORE_MEDIUM,
  BEFORE_SHORT,
  BEFORE_LONG,
  BEFORE_BARE,
  DURING,
  { ...DURING, price: undefined, daysToArrival: undefined, dailySales: undefined },
  AFTER,
  { ...AFTER, price: undefined, dailyAdBudget: undefined },
  HEALTHY,
];
