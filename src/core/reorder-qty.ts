// R6, R8–R10: how many units to order so stock lasts a full replenishment cycle plus safety stock.

import {
  ceilUnits,
  days,
  daysOrBlank,
  type Maybe,
  positive,
  requireValue,
  units,
  unitsOrBlank,
  whole,
} from './checks';
import { DEFAULT_SAFETY_DAYS } from './playbook-defaults';

export interface ReorderInput {
  /** R7: average daily sales, units per day. */
  dailySales: Maybe;
  /** R8: days from placing the order to goods sellable in FBA. */
  cycleDays: Maybe;
  /** R9: safety stock in days of sales; blank means 14. */
  safetyDays?: Maybe;
  /** Units available in FBA now. */
  fbaStock: Maybe;
  /** R10: units shipped and not yet received; blank means none. */
  inbound?: Maybe;
  /** Units per carton; the order is rounded up to whole cartons. Blank means 1. */
  casePack?: Maybe;
}

/**
 * max(0, dailySales × (cycleDays + safetyDays) − fbaStock − inbound), rounded up to whole units
 * and then to a multiple of the case pack.
 * @example reorderQty({ dailySales: 10, cycleDays: 60, safetyDays: 14, fbaStock: 300, inbound: 200 }) === 240
 */
export function reorderQty(input: ReorderInput): number {
  const sales = units('daily_sales', requireValue('daily_sales', input.dailySales));
  const cycle = days('cycle_days', requireValue('cycle_days', input.cycleDays));
  const safety = daysOrBlank('safety_days', input.safetyDays) ?? DEFAULT_SAFETY_DAYS;
  const stock = units('fba_stock', requireValue('fba_stock', input.fbaStock));
  const inbound = unitsOrBlank('inbound', input.inbound) ?? 0;
  const pack =
    input.casePack === undefined
      ? 1
      : whole('case_pack', units('case_pack', positive('case_pack', input.casePack)));
  const needed = ceilUnits(sales * (cycle + safety) - stock - inbound);
  if (needed <= 0) return 0;
  return Math.ceil(needed / pack) * pack;
}
