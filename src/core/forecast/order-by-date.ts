// R4, R8, R9: the last day to place the next order so it lands before stock falls to the safety stock.

import {
  days,
  daysOrBlank,
  type Maybe,
  requireFinite,
  requireValue,
  units,
  unitsOrBlank,
} from '../checks';
import { DEFAULT_SAFETY_DAYS } from '../playbook-defaults';
import { MAX_ORDER_BY_DAYS } from './forecast-defaults';

export interface OrderByInput {
  /** Units available now. */
  stock: Maybe;
  /** Units on their way; blank means none. */
  inbound: Maybe;
  /** Units per day. */
  dailySales: Maybe;
  /** Days from placing an order to units sellable (plus the review period). */
  cycleDays: Maybe;
  /** Safety stock in days of sales; blank means 14, as in REORDER_QTY. */
  safetyDays: Maybe;
  /** Today, as a day number (any whole-day count, e.g. a Sheets date serial). */
  today: Maybe;
}

/**
 * today + floor((stock + inbound) / daily sales − safety days − cycle days), as a day number on
 * today's scale; earlier than today means overdue. Undefined when daily sales are 0 or blank.
 * Never more than MAX_ORDER_BY_DAYS ahead.
 * @example orderByDay({ stock: 900, inbound: 0, dailySales: 10, cycleDays: 67, safetyDays: 10, today: 100 }) === 113
 */
export function orderByDay(input: OrderByInput): number | undefined {
  const stock = units('stock', requireValue('stock', input.stock));
  const inbound = unitsOrBlank('inbound', input.inbound) ?? 0;
  const cycle = days('cycle_days', requireValue('cycle_days', input.cycleDays));
  const safety = daysOrBlank('safety_days', input.safetyDays) ?? DEFAULT_SAFETY_DAYS;
  const today = Math.floor(requireFinite('today', requireValue('today', input.today)));
  const sales = unitsOrBlank('daily_sales', input.dailySales);
  if (sales === undefined || sales === 0) return undefined;
  const slack = (stock + inbound) / sales - safety - cycle;
  const ahead = Number.isFinite(slack) ? Math.floor(slack + 1e-9) : MAX_ORDER_BY_DAYS;
  return today + Math.min(ahead, MAX_ORDER_BY_DAYS);
}
