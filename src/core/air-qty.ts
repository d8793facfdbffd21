// R24: the units an emergency air / express shipment must carry to close the stockout gap.

import { airDaysSaved } from './air-days-saved';
import { ceilUnits, type Maybe } from './checks';

/**
 * dailySales × the stockout days an air shipment sent today saves (see airDaysSaved), rounded up
 * to whole units: enough that the SKU sells from the day the air shipment lands (or the stock
 * runs out, whichever is later) until the slow inbound arrives. 0 when there is no gap to close
 * or air would not land before the inbound; undefined when the arrival is unknown.
 * @example airQty(100, 5, 40, 10) === 100
 * @example airQty(0, 5, 40, 10) === 150
 * @example airQty(500, 5, 40, 10) === 0
 */
export function airQty(
  stock: Maybe,
  dailySales: Maybe,
  daysToArrival: Maybe,
  airDays?: Maybe,
): number | undefined {
  const saved = airDaysSaved(stock, dailySales, daysToArrival, airDays);
  if (saved === undefined) return undefined;
  // airDaysSaved has checked dailySales: it is a non-negative number here.
  return saved === 0 ? 0 : ceilUnits((dailySales as number) * saved);
}
