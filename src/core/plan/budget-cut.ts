// R18: the daily ad budget after the pre-stockout cut, as a money range.

import { type MoneyRange, moneyRange } from './money-range';
import type { NumberRange } from './plan-settings';

/**
 * The budget after cutting it by cut[0]…cut[1] (fractions): the deeper cut gives the low end.
 * @example cutBudget(50, [0.3, 0.4]) // { low: 30, high: 35 }
 */
export function cutBudget(budget: number, cut: NumberRange): MoneyRange {
  return moneyRange(budget, [1 - cut[1], 1 - cut[0]]);
}
