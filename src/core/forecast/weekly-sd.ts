// R9: how variable a SKU's demand is: the standard deviation of its weekly sales over in-stock weeks.

import { type DailySeries, inStockOn, soldOn } from './sales-history';

/**
 * Sample standard deviation of units sold per week over the last `weeks` whole weeks before
 * `asOf` that were in stock every day (weeks end the day before `asOf`). With fewer than two such
 * weeks it falls back on the in-stock days: their daily standard deviation × √7. Undefined with
 * fewer than two in-stock days.
 */
export function weeklySd(series: DailySeries, asOf: number, weeks: number): number | undefined {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (let k = 0; k < weeks; k++) {
    const end = asOf - 7 * k;
    const start = end - 7;
    if (start < series.first) break;
    let total = 0;
    let stocked = true;
    for (let day = start; day < end && stocked; day++) {
      stocked = inStockOn(series, day);
      total += soldOn(series, day);
    }
    if (!stocked) continue;
    n++;
    sum += total;
    squares += total * total;
  }
  if (n >= 2) return sampleSd(n, sum, squares);
  return dailySdTimesRootSeven(series, asOf, weeks * 7);
}

function dailySdTimesRootSeven(
  series: DailySeries,
  asOf: number,
  lookback: number,
): number | undefined {
  let n = 0;
  let sum = 0;
  let squares = 0;
  for (let day = Math.max(series.first, asOf - lookback); day < asOf; day++) {
    if (!inStockOn(series, day)) continue;
    const sold = soldOn(series, day);
    n++;
    sum += sold;
    squares += sold * sold;
  }
  return n >= 2 ? sampleSd(n, sum, squares) * Math.sqrt(7) : undefined;
}

function sampleSd(n: number, sum: number, squares: number): number {
  const mean = sum / n;
  return Math.sqrt(Math.max(0, (squares - n * mean * mean) / (n - 1)));
}
