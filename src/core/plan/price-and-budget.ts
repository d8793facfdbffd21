// The plan's price and budget figures (R13–R18, R36): an amount scaled by a [low, high] pair of
// factors, the pre-stockout budget cut and price raise, the recovery budget, and the gap class
// that decides the price advice.

import type { NumberRange } from './plan-settings';
import { roundMoney } from './quantity';

export interface MoneyRange {
  readonly low: number;
  readonly high: number;
}

/**
 * amount × each factor, to the cent, the smaller first: budgets, bids, prices.
 * @example moneyRange(50, [0.6, 0.7]) // { low: 30, high: 35 }
 */
export function moneyRange(amount: number, factors: NumberRange): MoneyRange {
  const a = roundMoney(amount * factors[0]);
  const b = roundMoney(amount * factors[1]);
  return { low: Math.min(a, b), high: Math.max(a, b) };
}

/**
 * R18: the daily ad budget after cutting it by cut[0]…cut[1] (fractions): the deeper cut gives
 * the low end.
 * @example cutBudget(50, [0.3, 0.4]) // { low: 30, high: 35 }
 */
export function cutBudget(budget: number, cut: NumberRange): MoneyRange {
  return moneyRange(budget, [1 - cut[1], 1 - cut[0]]);
}

export interface PriceRaise extends MoneyRange {
  /** The raise fractions actually applied, after the cap. */
  readonly raise: NumberRange;
}

/**
 * R13, R15: price × (1 + raise), each end capped at maxSingleRaise, to the cent.
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

/**
 * R36: the daily ad budget while the SKU recovers, as multiples of its pre-stockout budget.
 * @example recoveryBudget(50, [1, 2]) // { low: 50, high: 100 }
 */
export function recoveryBudget(budget: number, multiples: NumberRange): MoneyRange {
  return moneyRange(budget, multiples);
}

export type GapClass = 'short' | 'medium' | 'long';

/**
 * R14–R16: a projected stockout gap read as short (gap ≤ shortGapDays, hold the price), long
 * (gap > longGapDays, a planning failure) or medium in between (a small raise).
 * @example gapClass(12, 7, 30) === 'medium'
 */
export function gapClass(gap: number, shortGapDays: number, longGapDays: number): GapClass {
  if (gap <= shortGapDays) return 'short';
  if (gap > longGapDays) return 'long';
  return 'medium';
}
