// R5, R7, R9: the three figures a SKU's sales history gives the replenishment sheet: in-stock daily
// rate, weekly standard deviation and seasonal factor.

import { type Maybe, positive, requireFinite } from '../checks';
import { InputError } from '../input-error';
import {
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_HORIZON_DAYS,
  DEFAULT_SEASONAL_CLAMP,
  DEFAULT_SEASONAL_DAMPING,
  SD_WEEKS,
} from './forecast-defaults';
import { inStockRate } from './in-stock-rate';
import type { SalesHistoryIndex } from './sales-history';
import { seasonalFactor } from './seasonal-factor';
import { weeklySd } from './weekly-sd';

export interface DemandStats {
  /** Units per in-stock day, recent days weighted more. */
  readonly dailyRate: number;
  /** Standard deviation of weekly demand over in-stock weeks, units per week; undefined when unknown. */
  readonly weeklySd: number | undefined;
  /** Last year's season over the horizon; 1 without a year of history. */
  readonly seasonalFactor: number;
}

/** How the figures are worked out; each defaults to the backtested value. */
export interface DemandOptions {
  readonly halfLifeDays?: number;
  readonly sdWeeks?: number;
  readonly seasonalClamp?: number;
  readonly seasonalDamping?: number;
}

/** The longest horizon the seasonal factor reads: one year. */
export const MAX_HORIZON_DAYS = 365;

/**
 * The figures of one SKU as of a day (history from that day on is ignored): undefined when the
 * SKU has no history, or no day of it was in stock. `asOf` blank means the day after the
 * history's last day; `horizonDays` blank means DEFAULT_HORIZON_DAYS.
 */
export function demandStats(
  index: SalesHistoryIndex,
  sku: string,
  asOf: Maybe,
  horizonDays: Maybe,
  options: DemandOptions = {},
): DemandStats | undefined {
  const horizon = checkHorizon(horizonDays);
  const day = asOf === undefined ? undefined : Math.floor(requireFinite('as_of', asOf));
  const series = index.series.get(sku);
  if (series === undefined || index.lastDay === undefined) return undefined;
  const at = day ?? index.lastDay + 1;
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  const dailyRate = inStockRate(series, at, halfLife);
  if (dailyRate === undefined) return undefined;
  return {
    dailyRate,
    weeklySd: weeklySd(series, at, options.sdWeeks ?? SD_WEEKS),
    seasonalFactor: seasonalFactor(series, at, horizon, {
      halfLifeDays: halfLife,
      clamp: options.seasonalClamp ?? DEFAULT_SEASONAL_CLAMP,
      damping: options.seasonalDamping ?? DEFAULT_SEASONAL_DAMPING,
    }),
  };
}

function checkHorizon(value: Maybe): number {
  if (value === undefined) return DEFAULT_HORIZON_DAYS;
  const days = positive('horizon_days', value);
  if (days > MAX_HORIZON_DAYS) {
    throw new InputError('outOfRange', {
      arg: 'horizon_days',
      min: 1,
      max: MAX_HORIZON_DAYS,
      value: String(value),
    });
  }
  return Math.round(days);
}
