// R13, R15: the price after a small pre-stockout raise, never more than the single-raise cap.

import { type MoneyRange, moneyRange } from './money-range';
import type { NumberRange } from './plan-settings';
import { roundMoney } from './quantity';

export interface PriceRaise extends MoneyRange {
  /** The raise fractions actually applied, after the cap. */
  readonly raise: NumberRange;
}

/**
 * price × (1 + raise), each end capped at maxSingleRaise, to the cent.
 * @example raisePrice(19.99, [0.05, 0.1], 0.1) // { low: 20.99, high: 21.99, raise: [0.05, 0.1] }
 */
export function raisePrice(price: number, raise: NumberRange, maxSingleRaise: number): PriceRaise {
  const capped: NumberRange = [
    Math.min(raise[0], maxSingleRaise),
    Math.min(raise[1], maxSingleRaise),
  ];
  return { ...moneyRange(price, [1 + capped[0], 1 + capped[1]]), raise: capped };
}

/**
 * The highest price one raise may reach (R13).
 * @example priceCeiling(19.99, 0.1) === 21.99
 */
export function priceCeiling(price: number, maxSingleRaise: number): number {
  return roundMoney(price * (1 + maxSingleRaise));
}
