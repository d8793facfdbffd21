// R2, R4: how many days the stock on hand (plus inbound) lasts at the current daily sales.

import { type Maybe, requireValue, units, unitsOrBlank } from './checks';

/**
 * (stock + inbound) / dailySales. Undefined (a blank cell) when daily sales are 0 (or too small
 * to give a finite cover) or blank,
 * because stock that never sells has no meaningful cover.
 * @example coverDays(100, 5) === 20
 */
export function coverDays(stock: Maybe, dailySales: Maybe, inbound: Maybe = 0): number | undefined {
  const sales = unitsOrBlank('daily_sales', dailySales);
  const onHand = units('stock', requireValue('stock', stock));
  const coming = unitsOrBlank('inbound', inbound) ?? 0;
  if (sales === undefined || sales === 0) return undefined;
  const cover = (onHand + coming) / sales;
  // Sales so small that the cover overflows sell effectively nothing: no meaningful cover either.
  return Number.isFinite(cover) ? cover : undefined;
}
