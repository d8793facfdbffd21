// R36: the daily ad budget while the SKU recovers, as multiples of its pre-stockout budget.

import { type MoneyRange, moneyRange } from './money-range';
import type { NumberRange } from './plan-settings';

/**
 * @example recoveryBudget(50, [1, 2]) // { low: 50, high: 100 }
 */
export function recoveryBudget(budget: number, multiples: NumberRange): MoneyRange {
  return moneyRange(budget, multiples);
}
