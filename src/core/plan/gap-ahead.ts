// R33: whether a SKU is heading for a (new) stockout: its stock runs out before the next inbound
// lands, or before an order placed today could land.

import type { PlanFigures } from './plan-context';

export interface GapAhead {
  /**
   * `beforeArrival`: the stock on hand runs out before the known inbound lands.
   * `beforeOrder`: stock and inbound run out before a new order placed today could land.
   */
  readonly reason: 'beforeArrival' | 'beforeOrder';
  /** Days out of stock ahead unless something is done. */
  readonly days: number;
  /** Days until it runs out: the stock on hand (beforeArrival) or stock and inbound (beforeOrder). */
  readonly runOutDays: number;
  /** How long a new order takes to land (the cycle), as it was weighed. */
  readonly cycleDays: number;
}

/**
 * The gap ahead of a SKU selling `sales` a day, or undefined when there is none (or nothing
 * sells). `cycleDays` is how long a new order takes to land.
 * @example gapAhead({ runOutDays: 19, arrivalDays: 25.8, coverDays: 19 }, 5, 60)?.reason === 'beforeArrival'
 */
export function gapAhead(
  figures: Pick<PlanFigures, 'runOutDays' | 'arrivalDays' | 'coverDays'>,
  sales: number | undefined,
  cycleDays: number,
): GapAhead | undefined {
  if (sales === undefined || sales <= 0) return undefined;
  const { runOutDays, arrivalDays, coverDays } = figures;
  if (runOutDays !== undefined && arrivalDays !== undefined && runOutDays < arrivalDays) {
    return { reason: 'beforeArrival', days: arrivalDays - runOutDays, runOutDays, cycleDays };
  }
  if (coverDays !== undefined && coverDays < cycleDays) {
    return { reason: 'beforeOrder', days: cycleDays - coverDays, runOutDays: coverDays, cycleDays };
  }
  return undefined;
}
