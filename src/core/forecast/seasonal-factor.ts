// R7: the season ahead, read from last year: how much the next horizon sold against the rate at
// the same day last year.

import { MIN_SEASON_DAYS } from './forecast-defaults';
import { inStockMean, inStockRate } from './in-stock-rate';
import type { DailySeries } from './sales-history';

export interface SeasonOptions {
  readonly halfLifeDays: number;
  /** The raw factor is kept within [1 / clamp, clamp]. */
  readonly clamp: number;
  /** Power the clamped factor is raised to (0.5: its square root; 1: as it is). */
  readonly damping: number;
}

const YEAR_DAYS = 365;

/**
 * Last year's in-stock mean over the `horizonDays` from the same day, divided by last year's
 * in-stock rate on that day (weighted as the current rate is), clamped and damped. 1 without a
 * year of history: fewer than MIN_SEASON_DAYS in-stock days last year before or after the day.
 */
export function seasonalFactor(
  series: DailySeries,
  asOf: number,
  horizonDays: number,
  options: SeasonOptions,
): number {
  const lastYear = asOf - YEAR_DAYS;
  const before = inStockMean(series, lastYear - MIN_SEASON_DAYS * 2, lastYear);
  const horizon = Math.min(horizonDays, YEAR_DAYS);
  const ahead = inStockMean(series, lastYear, lastYear + horizon);
  if (before.days < MIN_SEASON_DAYS || ahead.days < Math.min(MIN_SEASON_DAYS, horizon)) return 1;
  const base = inStockRate(series, lastYear, options.halfLifeDays) ?? 0;
  const clamp = Math.max(1, options.clamp);
  const raw = base > 0 ? ahead.mean / base : ahead.mean > 0 ? clamp : 1;
  const clamped = Math.min(clamp, Math.max(1 / clamp, raw));
  return clamped ** options.damping;
}
