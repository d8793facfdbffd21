// The figures of one SKU's row a plan is built from; blank means the sheet has no value for it.

import {
  daysOrBlank,
  type Maybe,
  nonNegative,
  positive,
  requireFinite,
  units,
  unitsOrBlank,
  whole,
  withinMoney,
} from '../checks';
import { knownArrival } from '../stockout-gap';

export interface SkuRow {
  /** Units available in FBA now. */
  readonly stock: Maybe;
  /** R7: average daily sales, units per day. */
  readonly dailySales: Maybe;
  /** R10: units shipped and not yet received. */
  readonly inbound?: Maybe;
  /** Days until the next inbound is sellable. */
  readonly daysToArrival?: Maybe;
  /** Days since stock came back after a stockout. */
  readonly daysSinceRestock?: Maybe;
  /** Current selling price. */
  readonly price?: Maybe;
  /** The normal (pre-stockout) daily ad budget. */
  readonly dailyAdBudget?: Maybe;
  /** R8: order-to-sellable cycle in days; blank means the settings' default. */
  readonly cycleDays?: Maybe;
  /** R9: safety stock in days of sales; blank means the settings' default. */
  readonly safetyDays?: Maybe;
  /** Units per carton. */
  readonly casePack?: Maybe;
  /** R6: the sheet's own reorder quantity (worked out or typed); blank means the plan works it out. */
  readonly reorderQty?: Maybe;
  /**
   * R4: days from today to the sheet's order-by date (negative when it has passed); blank means
   * the plan works it out.
   */
  readonly orderByDays?: Maybe;
  /** R24: how the sheet says to ship the next order; blank means the plan decides. */
  readonly shipMode?: ShipMode;
}

/** How an order travels: by sea, or by air / express when sea cannot close the gap (R24). */
export type ShipMode = 'sea' | 'air';

/** The row's fields: a plan item names these when a missing value keeps it from a number. */
export type SkuField = keyof SkuRow;

/**
 * Checks the optional figures (the phase, gap and reorder calculations check the others), naming
 * the first bad one. Returns the row unchanged.
 */
export function checkSkuRow(row: SkuRow): SkuRow {
  unitsOrBlank('inbound', row.inbound);
  // R23: a passed ETA is an overdue arrival (the plan says so), not a bad figure.
  knownArrival('days_to_arrival', row.daysToArrival);
  daysOrBlank('days_since_restock', row.daysSinceRestock);
  if (row.price !== undefined) withinMoney('price', positive('price', row.price));
  if (row.dailyAdBudget !== undefined) {
    withinMoney('daily_ad_budget', nonNegative('daily_ad_budget', row.dailyAdBudget));
  }
  daysOrBlank('cycle_days', row.cycleDays);
  daysOrBlank('safety_days', row.safetyDays);
  if (row.casePack !== undefined) {
    whole('case_pack', units('case_pack', positive('case_pack', row.casePack)));
  }
  unitsOrBlank('reorder_qty', row.reorderQty);
  if (row.orderByDays !== undefined) requireFinite('order_by', row.orderByDays);
  return row;
}
