// R24: how many stockout days an emergency air / express shipment sent today would prevent.

import { days, type Maybe, requireValue, units } from './checks';
import { DEFAULT_AIR_TRANSIT_DAYS } from './playbook-defaults';
import { checkDaysToArrival } from './stockout-gap';

/**
 * daysToArrival − max(stock / dailySales, airDays), at least 0: the stock lasts until it runs
 * out, the air shipment cannot sell before it lands, and from the inbound's arrival on it is not
 * needed. 0 when nothing sells; undefined when the arrival is unknown. A blank airDays means the
 * playbook's default.
 * @example airDaysSaved(100, 5, 40, 10) === 20 // runs out on day 20, the inbound lands on day 40
 * @example airDaysSaved(0, 5, 40, 10) === 30 // out now: days 0–10 are lost whatever is sent
 */
export function airDaysSaved(
  stock: Maybe,
  dailySales: Maybe,
  daysToArrival: Maybe,
  airDays?: Maybe,
): number | undefined {
  const onHand = units('stock', requireValue('stock', stock));
  const sales = units('daily_sales', requireValue('daily_sales', dailySales));
  const arrival = checkDaysToArrival('days_to_arrival', daysToArrival);
  const transit = days('air_days', airDays ?? DEFAULT_AIR_TRANSIT_DAYS);
  if (arrival === undefined) return undefined;
  if (sales === 0) return 0;
  return Math.max(0, arrival - Math.max(onHand / sales, transit));
}
