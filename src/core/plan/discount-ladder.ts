// R34: the recovery discount ladder, from the starting discount back to full price in a few steps.

import { positive, whole } from '../checks';
import { InputError } from '../input-error';
import { roundMoney } from './quantity';

export interface LadderStep {
  /** Fraction off the full price; 0 on the last step. */
  readonly discount: number;
  /** The price on this step, to the cent; undefined when the full price is unknown. */
  readonly price: number | undefined;
}

/**
 * steps + 1 rungs: start, evenly smaller discounts, then 0 (full price). Discounts are rounded
 * down to a whole percent, so no rung ever reaches maxDiscount.
 * @example discountLadder(0.3, 2, 0.5, 19.99).map((s) => s.discount) // [0.3, 0.15, 0]
 */
export function discountLadder(
  start: number,
  steps: number,
  maxDiscount: number,
  fullPrice?: number,
): LadderStep[] {
  positive('recovery_discount', start);
  whole('discount_steps', positive('discount_steps', steps));
  if (start >= maxDiscount) {
    throw new InputError('outOfRange', {
      arg: 'recovery_discount',
      min: '0',
      max: `${maxDiscount} (max_discount, excluded)`,
      value: start,
    });
  }
  const ladder: LadderStep[] = [];
  for (let i = 0; i <= steps; i++) {
    const discount = floorPercent(start * (1 - i / steps));
    ladder.push({
      discount,
      price: fullPrice === undefined ? undefined : roundMoney(fullPrice * (1 - discount)),
    });
  }
  return ladder;
}

/** Rounds a fraction down to a whole percent, ignoring float noise (0.15 stays 0.15). */
function floorPercent(fraction: number): number {
  return Math.floor(fraction * 100 + 1e-9) / 100;
}
