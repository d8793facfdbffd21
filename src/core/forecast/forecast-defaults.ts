// The forecast's defaults (R5, R7, R9), each chosen by the backtest on real demand
// (bench/backtest.mjs): tuned on half the items, checked on the other half.

/** Half-life of the in-stock daily rate's weights, in days: a day this old counts half as much. */
export const DEFAULT_HALF_LIFE_DAYS = 45;

/** Weeks of in-stock history the weekly standard deviation of demand is measured over. */
export const SD_WEEKS = 52;

/** Days ahead the seasonal factor looks at in last year's sales when none are given. */
export const DEFAULT_HORIZON_DAYS = 90;

/** The seasonal factor is kept within [1 / clamp, clamp]: one odd week last year moves it little. */
export const DEFAULT_SEASONAL_CLAMP = 2;

/**
 * The seasonal factor is damped by this power (0.5: its square root): last year's pattern at
 * one SKU is a noisy guess of this year's, so it moves the rate only part of the way.
 */
export const DEFAULT_SEASONAL_DAMPING = 0.5;

/** In-stock days last year needs, before and after the same day, for a seasonal factor. */
export const MIN_SEASON_DAYS = 28;

/**
 * R9: the service level safety stock is set for when SAFETY_DAYS is given none: the share of
 * replenishment cycles that end without a stockout.
 */
export const DEFAULT_SERVICE_LEVEL = 0.999;

/** Service levels SAFETY_DAYS accepts: below 0.5 the safety stock would be negative. */
export const SERVICE_LEVEL_RANGE: readonly [number, number] = [0.5, 0.9999];

/** The order-by date is never put further than this many days ahead (100 years). */
export const MAX_ORDER_BY_DAYS = 36_500;
