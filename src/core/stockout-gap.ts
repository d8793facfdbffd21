// R14–R16, R23–R24: how many days the SKU will be out of stock before the next inbound lands.

import { daysOrBlank, type Maybe, requireValue, units } from './checks';
import { InputError } from './input-error';

/**
 * max(0, daysToArrival − stock / dailySales). 0 when nothing sells; undefined (blank) when the
 * arrival is unknown. A negative daysToArrival means the ETA has passed: that is reported, not
 * computed, because the stock it promised is not on the shelf.
 * @example stockoutGap(100, 5, 30) === 10
 */
export function stockoutGap(
  stock: Maybe,
  dailySales: Maybe,
  daysToArrival: Maybe,
): number | undefined {
  const onHand = units('stock', requireValue('stock', stock));
  const sales = units('daily_sales', requireValue('daily_sales', dailySales));
  const arrival = checkDaysToArrival('days_to_arrival', daysToArrival);
  if (arrival === undefined) return undefined;
  if (sales === 0) return 0;
  return Math.max(0, arrival - onHand / sales);
}

/** Days to arrival are days from today to the ETA: a past ETA gets its own message. */
export function checkDaysToArrival(arg: string, value: Maybe): number | undefined {
  if (value !== undefined && value < 0) throw new InputError('arrivalPassed', { arg, value });
  return daysOrBlank(arg, value);
}
