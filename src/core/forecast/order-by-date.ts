// R4, R8, R9: the last day to place the next order so it lands before stock falls to the safety stock.

import { type Maybe, nonNegative, requireFinite, requireValue } from '../checks';
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
  const stock = nonNegative('stock', requireValue('stock', input.stock));
  const inbound = input.inbound === undefined ? 0 : nonNegative('inbound', input.inbound);
  const cycle = nonNegative('cycle_days', requireValue('cycle_days', input.cycleDays));
  const safety =
    input.safetyDays === undefined
      ? DEFAULT_SAFETY_DAYS
      : nonNegative('safety_days', input.safetyDays);
  const today = Math.floor(requireFinite('today', requireValue('today', input.today)));
  if (input.dailySales === undefined) return undefined;
  const sales = nonNegative('daily_sales', input.dailySales);
  if (sales === 0) return undefined;
  const slack = (stock + inbound) / sales - safety - cycle;
  const days = Number.isFinite(slack) ? Math.floor(slack + 1e-9) : MAX_ORDER_BY_DAYS;
  return today + Math.min(days, MAX_ORDER_BY_DAYS);
}
