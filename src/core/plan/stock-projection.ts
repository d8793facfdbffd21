// The chart's data: projected stock over the coming days, the inbound's arrival and the gap between.

export interface StockPoint {
  readonly day: number;
  readonly units: number;
}

export interface StockProjection {
  /** Days shown, from today (day 0). */
  readonly horizonDays: number;
  /**
   * Corners of the projected stock line, in day order; the arrival day appears twice when the
   * inbound lifts the stock.
   */
  readonly points: readonly StockPoint[];
  /** The day the stock first runs out; undefined when it does not within the horizon. */
  readonly runOutDay: number | undefined;
  /** The inbound's arrival day; undefined when unknown or beyond the horizon. */
  readonly arrivalDay: number | undefined;
  /** Days out of stock before the inbound lands, to shade; `open` when the arrival is unknown. */
  readonly gap: { readonly from: number; readonly to: number; readonly open: boolean } | undefined;
}

/** The chart never shows less than four weeks nor more than this many days. */
export const MIN_CHART_DAYS = 28;
export const MAX_CHART_DAYS = 120;

/**
 * Stock falls by dailySales a day, never below 0, and rises by inbound on the arrival day.
 * Inbound with no known arrival is left out (it cannot be placed). The horizon covers the
 * arrival and the run-out day plus ten days, rounded up to whole weeks, within 28–120 days.
 * @example projectStock(100, 5, 200, 30).gap // { from: 20, to: 30, open: false }
 */
export function projectStock(
  stock: number,
  dailySales: number | undefined,
  inbound: number | undefined,
  daysToArrival: number | undefined,
): StockProjection {
  const rate = dailySales ?? 0;
  const lift = inbound ?? 0;
  const firstRunOut = stock <= 0 ? 0 : rate > 0 ? stock / rate : undefined;
  const furthest = Math.max(daysToArrival ?? 0, firstRunOut ?? 0);
  const horizon = Math.min(
    MAX_CHART_DAYS,
    Math.max(MIN_CHART_DAYS, Math.ceil((furthest + 10) / 7) * 7),
  );
  const arrival =
    daysToArrival !== undefined && daysToArrival <= horizon ? daysToArrival : undefined;

  const points: StockPoint[] = [{ day: 0, units: stock }];
  const push = (day: number, units: number): void => {
    const last = points[points.length - 1] as StockPoint;
    if (last.day === day && last.units === units) return;
    points.push({ day, units });
  };
  /** Adds the line from the last point falling at `rate` until `until` (or 0 stock). */
  const fallUntil = (until: number): void => {
    const last = points[points.length - 1] as StockPoint;
    const empty = rate > 0 ? last.day + last.units / rate : Number.POSITIVE_INFINITY;
    if (empty < until) {
      push(empty, 0);
      push(until, 0);
    } else {
      push(until, last.units - rate * (until - last.day));
    }
  };

  if (arrival !== undefined) {
    fallUntil(arrival);
    const atArrival = (points[points.length - 1] as StockPoint).units;
    push(arrival, atArrival + lift);
  }
  fallUntil(horizon);

  const runOutDay = firstRunOut !== undefined && firstRunOut <= horizon ? firstRunOut : undefined;
  let gap: StockProjection['gap'];
  if (runOutDay !== undefined && runOutDay < horizon) {
    if (daysToArrival === undefined) gap = { from: runOutDay, to: horizon, open: true };
    else if (runOutDay < daysToArrival) {
      gap = { from: runOutDay, to: Math.min(daysToArrival, horizon), open: false };
    }
  }
  return { horizonDays: horizon, points, runOutDay, arrivalDay: arrival, gap };
}
