// An amount scaled by a [low, high] pair of factors, rounded to the cent: budgets, bids, prices.

import type { NumberRange } from './plan-settings';
import { roundMoney } from './quantity';

export interface MoneyRange {
  readonly low: number;
  readonly high: number;
}

/**
 * amount × each factor, to the cent, the smaller first.
 * @example moneyRange(50, [0.6, 0.7]) // { low: 30, high: 35 }
 */
export function moneyRange(amount: number, factors: NumberRange): MoneyRange {
  const a = roundMoney(amount * factors[0]);
  const b = roundMoney(amount * factors[1]);
  return { low: Math.min(a, b), high: Math.max(a, b) };
}
