// The stage of the stockout cycle a SKU is in; it selects which part of the playbook applies.

import {
  days,
  daysOrBlank,
  type Maybe,
  positive,
  requireValue,
  unitsOrBlank,
  withinDays,
} from './checks';
import { DEFAULT_ALERT_DAYS, DEFAULT_RECOVERY_DAYS } from './playbook-defaults';
import { knownArrival } from './stockout-gap';

export const PHASES = ['PRE_STOCKOUT', 'OUT_OF_STOCK', 'RECOVERY', 'HEALTHY'] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseInput {
  stock: Maybe;
  dailySales: Maybe;
  /**
   * Days until the next inbound shipment is sellable; blank when none is known. Negative: the
   * ETA has passed and the shipment is still open (arrival overdue), phased as unknown.
   */
  daysToArrival?: Maybe;
  /** Days since stock came back after a stockout; blank when there was none recently. */
  daysSinceRestock?: Maybe;
  /** R4: cover at or under which a stockout is approaching. */
  alertDays?: Maybe;
  /** How long after a restock the recovery playbook runs. */
  recoveryDays?: Maybe;
}

/**
 * OUT_OF_STOCK when stock ≤ 0; else RECOVERY when daysSinceRestock ≤ recoveryDays; else
 * PRE_STOCKOUT when it sells, cover ≤ alertDays and the next arrival is unknown or later than
 * the cover runs out; else HEALTHY. An overdue arrival (negative days) counts as unknown: the
 * shipment the seller waits for is late, so it cannot be counted on. Undefined when stock and
 * sales are both blank.
 * @example stockoutPhase({ stock: 100, dailySales: 5, daysToArrival: 30 }) === 'PRE_STOCKOUT'
 */
export function stockoutPhase(input: PhaseInput): Phase | undefined {
  // Every argument is checked before any branch decides, so a bad value (negative sales, say)
  // is named whichever phase the others point to.
  const onHand = unitsOrBlank('stock', input.stock);
  const selling = unitsOrBlank('daily_sales', input.dailySales);
  // R23: an overdue arrival (ETA passed, shipment open) is one whose day is unknown.
  const arrival = knownArrival('days_to_arrival', input.daysToArrival);
  const sinceRestock = daysOrBlank('days_since_restock', input.daysSinceRestock);
  const alertDays = withinDays(
    'alert_days',
    positive('alert_days', input.alertDays ?? DEFAULT_ALERT_DAYS),
  );
  const recoveryDays = days('recovery_days', input.recoveryDays ?? DEFAULT_RECOVERY_DAYS);
  if (onHand === undefined && selling === undefined) return undefined;
  const stock = requireValue('stock', onHand);
  if (stock <= 0) return 'OUT_OF_STOCK';
  if (sinceRestock !== undefined && sinceRestock <= recoveryDays) return 'RECOVERY';
  const sales = requireValue('daily_sales', selling);
  if (sales > 0) {
    const cover = stock / sales;
    if (cover <= alertDays && (arrival === undefined || arrival > cover)) return 'PRE_STOCKOUT';
  }
  return 'HEALTHY';
}
