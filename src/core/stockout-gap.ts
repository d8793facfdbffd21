// R14–R16, R23–R24: how many days the SKU will be out of stock before the next inbound lands.

import { days, daysOrBlank, type Maybe, requireValue, units } from './checks';
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

/**
 * Days to arrival are days from today to the ETA. A past ETA (a negative number) gets its own
 * message: a gap or an air quantity counted from it would promise stock that is not there.
 */
export function checkDaysToArrival(arg: string, value: Maybe): number | undefined {
  if (isArrivalOverdue(value))
    throw new InputError('arrivalPassed', { arg, value: value as number });
  return daysOrBlank(arg, value);
}

/**
 * R23: days to arrival where an overdue arrival is a state, not an error: the shipment is still
 * open past its ETA, so when it lands is unknown. Gives the days for a future arrival; undefined
 * for none or an overdue one (`isArrivalOverdue` tells them apart).
 */
export function knownArrival(arg: string, value: Maybe): number | undefined {
  if (isArrivalOverdue(value)) {
    days(arg, -(value as number)); // still bounded: a year typed as days is a slip, not a late ship
    return undefined;
  }
  return daysOrBlank(arg, value);
}

/** True when days to arrival say the ETA has passed with the shipment still open. */
export function isArrivalOverdue(daysToArrival: Maybe): boolean {
  return daysToArrival !== undefined && daysToArrival < 0;
}
