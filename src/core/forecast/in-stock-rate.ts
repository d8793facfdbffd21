// R5, R7: the daily sales rate from in-stock days only, recent days weighted more, so a stockout
// never lowers the very figure that should trigger the next order.

import { type DailySeries, inStockOn, soldOn } from './sales-history';

/**
 * Exponentially weighted mean of units sold per in-stock day before `asOf` (the day `halfLife`
 * days before the last one counts half as much). Undefined when no day before `asOf` was in stock.
 * @example a SKU selling 10 a day, then 20 days out of stock: 10
 */
export function inStockRate(
  series: DailySeries,
  asOf: number,
  halfLifeDays: number,
): number | undefined {
  const decay = 0.5 ** (1 / halfLifeDays);
  let weight = 1;
  let sum = 0;
  let weights = 0;
  for (let day = asOf - 1; day >= series.first; day--) {
    if (inStockOn(series, day)) {
      sum += weight * soldOn(series, day);
      weights += weight;
    }
    weight *= decay;
    // Days this old weigh less than a millionth of the last one: they cannot move the rate.
    if (weight < 1e-6) break;
  }
  return weights > 0 ? sum / weights : undefined;
}

/** Plain mean of units sold per in-stock day in [from, to), with the number of such days. */
export function inStockMean(
  series: DailySeries,
  from: number,
  to: number,
): { mean: number; days: number } {
  let sum = 0;
  let days = 0;
  for (let day = Math.max(from, series.first); day < to; day++) {
    if (!inStockOn(series, day)) continue;
    sum += soldOn(series, day);
    days++;
  }
  return { mean: days > 0 ? sum / days : 0, days };
}
