// The playbook's numbers (PLAYBOOK.md), each a default a seller can override, never a buried constant.

import type { SalesWeights } from './daily-sales';

/** R7: weights of the 7-, 14- and 30-day sales windows in the blended daily sales. */
export const DEFAULT_SALES_WEIGHTS: SalesWeights = [0.5, 0.3, 0.2];

/** R9: safety stock, in days of sales, when the sheet leaves it blank. */
export const DEFAULT_SAFETY_DAYS = 14;

/** R4: days of cover at or under which the SKU needs a sea order now (red). */
export const DEFAULT_ALERT_DAYS = 75;

/** R4: days of cover at or under which only air freight arrives in time (yellow). */
export const DEFAULT_AIR_FREIGHT_DAYS = 20;

/** R2: days of cover above which stock is slow-moving / overstocked (grey-blue). */
export const DEFAULT_OVERSTOCK_DAYS = 180;

/** R32–R43: days after a restock during which the SKU is treated as recovering. */
export const DEFAULT_RECOVERY_DAYS = 30;

/** R8: order-to-sellable replenishment cycle by sea, in days, for the template's default. */
export const DEFAULT_CYCLE_DAYS = 60;

/** R8: days from placing an order to goods ready to ship (production). */
export const DEFAULT_PRODUCTION_DAYS = 20;

/** R8: days by sea from the factory to the FBA warehouse, customs included. */
export const DEFAULT_SEA_TRANSIT_DAYS = 33;

/** R8: days by rail from the factory to the FBA warehouse, customs included. */
export const DEFAULT_RAIL_TRANSIT_DAYS = 23;

/**
 * R8: days from arrival at the FBA warehouse to units sellable. Production + sea + check-in is
 * the default cycle: 20 + 33 + 7 = 60 days.
 */
export const DEFAULT_CHECK_IN_DAYS = 7;

/**
 * R2: Amazon's low-inventory-level fee applies when on-hand supply (inbound excluded) stays under
 * this many days over the last 30 and 90 days.
 */
export const DEFAULT_FEE_FLOOR_DAYS = 28;

/**
 * R1: days between two order reviews (the sheet is reviewed weekly). An order must cover the cycle
 * plus the wait until the next review, when the next order can go out.
 */
export const DEFAULT_REVIEW_DAYS = 7;

/** R13: the largest single price raise, as a fraction of the price; bigger jumps cost conversion. */
export const DEFAULT_MAX_SINGLE_RAISE = 0.1;

/** R14: a projected stockout gap of at most this many days is short: hold the price. */
export const DEFAULT_SHORT_GAP_DAYS = 7;

/** R15: the price raise for a medium gap, as fractions [low, high] of the price. */
export const DEFAULT_PRICE_RAISE: readonly [number, number] = [0.05, 0.1];

/** R15: the fall in conversion after a raise at which the raise is shrunk or undone. */
export const DEFAULT_CONVERSION_DROP: readonly [number, number] = [0.1, 0.2];

/** R16: a projected gap longer than this many days is a planning failure, not a pricing task. */
export const DEFAULT_LONG_GAP_DAYS = 30;

/** R18: the cut to the daily ad budget before a stockout, as fractions [low, high]. */
export const DEFAULT_BUDGET_CUT: readonly [number, number] = [0.3, 0.4];

/** R20: the cut to core keyword bids before a stockout, as fractions [low, high]. */
export const DEFAULT_BID_CUT: readonly [number, number] = [0.05, 0.1];

/** R24: days from sending an emergency air / express shipment to units sellable in FBA. */
export const DEFAULT_AIR_TRANSIT_DAYS = 10;

/** R34: the band a recovery discount starts in, as fractions [low, high]. */
export const DEFAULT_RECOVERY_DISCOUNT_RANGE: readonly [number, number] = [0.2, 0.35];

/** R34: the discount the recovery ladder starts at. */
export const DEFAULT_RECOVERY_DISCOUNT = 0.3;

/** R34: the playbook's hard limit: no discount ever reaches 50% off; no setting may raise it. */
export const DISCOUNT_CEILING = 0.5;

/** R34: a discount is always below this fraction; a seller may lower it, never above the ceiling. */
export const DEFAULT_MAX_DISCOUNT = DISCOUNT_CEILING;

/** R34: steps from the starting discount back to full price (the playbook says 2–3). */
export const DEFAULT_DISCOUNT_STEPS = 2;

/** R36: the recovery ad budget as multiples [low, high] of the pre-stockout daily budget. */
export const DEFAULT_RECOVERY_BUDGET: readonly [number, number] = [1, 2];

/** R30: a keyword ranked at or above this place before the stockout is a top keyword. */
export const DEFAULT_RANK_SEVERE_TOP = 30;

/** R30: a top keyword that falls beyond this place has fallen hard (Top 30 → beyond Top 100). */
export const DEFAULT_RANK_SEVERE_BEYOND = 100;

/** R30: a fall of more than this many places is a marked fall, short of a severe one. */
export const DEFAULT_RANK_MODERATE_PLACES = 10;

/** R30, R43: days of rank history before the restock (or today) a keyword's fall is read from. */
export const DEFAULT_RANK_LOOKBACK_DAYS = 90;

/** R30: how many keywords the sidebar lists with their biggest falls during a stockout. */
export const DEFAULT_RANK_FALLS_LISTED = 5;

/** R37, R43: how many fallen core keywords the recovery sprint list holds. */
export const DEFAULT_SPRINT_KEYWORDS = 10;
