// R9: safety stock in days of sales, from how variable the SKU's weekly demand is (R1: weekly review).

import { days, type Maybe, requireValue, units, unitsOrBlank, withinDays } from '../checks';
import { InputError } from '../input-error';
import { DEFAULT_SERVICE_LEVEL, SERVICE_LEVEL_RANGE } from './forecast-defaults';
import { normalQuantile } from './normal-quantile';

export interface SafetyInput {
  /** Units per day the cycle is planned on. */
  dailySales: Maybe;
  /** Standard deviation of weekly demand, units per week. */
  weeklySd: Maybe;
  /** Days from placing an order to units sellable. */
  leadDays: Maybe;
  /** R1: days until the next order goes out (7 for a weekly review). */
  reviewDays: Maybe;
  /** Share of cycles that should end without a stockout; blank means DEFAULT_SERVICE_LEVEL. */
  serviceLevel?: Maybe;
}

/**
 * z(service level) × weekly sd × √((lead + review) / 7) / daily sales: the safety stock that
 * covers demand's spread over the time an order must last, in days of sales. Undefined when
 * daily sales are 0 or blank.
 * @example safetyDays({ dailySales: 10, weeklySd: 20, leadDays: 63, reviewDays: 7, serviceLevel: 0.95 }) ≈ 10.40
 */
export function safetyDays(input: SafetyInput): number | undefined {
  const sd = units('weekly_sd', requireValue('weekly_sd', input.weeklySd));
  const lead = days('lead_days', requireValue('lead_days', input.leadDays));
  const review = days('review_days', requireValue('review_days', input.reviewDays));
  const level = serviceLevel(input.serviceLevel);
  const sales = unitsOrBlank('daily_sales', input.dailySales);
  if (sales === undefined || sales === 0) return undefined;
  const safety = (normalQuantile(level) * sd * Math.sqrt((lead + review) / 7)) / sales;
  // A spread far above a tiny rate (say 0.001 a day) asks for centuries of stock: said, not shown.
  return withinDays('SAFETY_DAYS', safety);
}

/** The service level given, or the default; refused outside SERVICE_LEVEL_RANGE. */
export function serviceLevel(value: Maybe): number {
  if (value === undefined) return DEFAULT_SERVICE_LEVEL;
  const [min, max] = SERVICE_LEVEL_RANGE;
  if (!(value >= min && value <= max)) {
    throw new InputError('outOfRange', { arg: 'service_level', min, max, value: String(value) });
  }
  return value;
}
