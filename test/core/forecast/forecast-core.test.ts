// The forecast core: textbook values of z and safety days, the order-by date, and the three demand
// figures read from a sales history by its rules (in-stock days, days without a row).

import { describe, expect, it } from 'vitest';
import { demandStats } from '../../../src/core/forecast/demand-stats';
import { DEFAULT_SERVICE_LEVEL } from '../../../src/core/forecast/forecast-defaults';
import { inStockRate } from '../../../src/core/forecast/in-stock-rate';
import { normalQuantile } from '../../../src/core/forecast/normal-quantile';
import { orderByDay } from '../../../src/core/forecast/order-by-date';
import { safetyDays } from '../../../src/core/forecast/safety-days';
import {
  type HistoryColumns,
  indexSalesHistory,
  inStockOn,
} from '../../../src/core/forecast/sales-history';
import { seasonalFactor } from '../../../src/core/forecast/seasonal-factor';
import { weeklySd } from '../../../src/core/forecast/weekly-sd';

/** History rows [day, sku, sold, available?] as the core's columns. */
function columns(rows: readonly (readonly [number, string, number, number?])[]): HistoryColumns {
  return {
    day: rows.map((r) => r[0]),
    sku: rows.map((r) => r[1]),
    sold: rows.map((r) => r[2]),
    available: rows.map((r) => r[3] ?? Number.NaN),
  };
}

/** One SKU selling `sold(d)` on days 0…days−1 with `left(d)` units at the end of each. */
function daily(
  days: number,
  sold: (d: number) => number,
  left?: (d: number) => number,
  sku = 'A',
): [number, string, number, number?][] {
  return Array.from({ length: days }, (_, d) =>
    left === undefined ? [d, sku, sold(d)] : [d, sku, sold(d), left(d)],
  );
}

describe('normalQuantile', () => {
  it('gives the textbook values', () => {
    expect(normalQuantile(0.95)).toBeCloseTo(1.6449, 4);
    expect(normalQuantile(0.99)).toBeCloseTo(2.3263, 4);
    expect(normalQuantile(0.975)).toBeCloseTo(1.96, 4);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.999)).toBeCloseTo(3.0902, 4);
    expect(normalQuantile(0.01)).toBeCloseTo(-2.3263, 4);
  });

  it('refuses p outside (0, 1)', () => {
    expect(() => normalQuantile(1)).toThrow(RangeError);
    expect(() => normalQuantile(0)).toThrow(RangeError);
  });
});

describe('safetyDays', () => {
  it('is z × weekly sd × √((lead + review) / 7) / daily sales', () => {
    const days = safetyDays({
      dailySales: 10,
      weeklySd: 20,
      leadDays: 63,
      reviewDays: 7,
      serviceLevel: 0.95,
    });
    expect(days).toBeCloseTo(10.4, 2);
  });

  it('uses the documented default service level when none is given', () => {
    const input = { dailySales: 10, weeklySd: 20, leadDays: 63, reviewDays: 7 };
    expect(safetyDays(input)).toBeCloseTo(
      (normalQuantile(DEFAULT_SERVICE_LEVEL) * 20 * Math.sqrt(10)) / 10,
      9,
    );
  });

  it('is blank when daily sales are 0 or blank, and names bad input', () => {
    const base = { weeklySd: 20, leadDays: 63, reviewDays: 7 };
    expect(safetyDays({ ...base, dailySales: 0 })).toBeUndefined();
    expect(safetyDays({ ...base, dailySales: undefined })).toBeUndefined();
    expect(() => safetyDays({ ...base, dailySales: 10, serviceLevel: 1 })).toThrow(
      /service_level must be between 0.5 and 0.9999, got 1/,
    );
    expect(() => safetyDays({ ...base, dailySales: 10, weeklySd: -1 })).toThrow(
      /weekly_sd cannot be negative/,
    );
    expect(() => safetyDays({ ...base, dailySales: 10, leadDays: undefined })).toThrow(
      /lead_days is blank/,
    );
  });
});

describe('orderByDay', () => {
  const base = {
    stock: 900,
    inbound: 0,
    dailySales: 10,
    cycleDays: 67,
    safetyDays: 10,
    today: 100,
  };

  it('is today + floor((stock + inbound) / daily − safety − cycle)', () => {
    expect(orderByDay(base)).toBe(113);
    expect(orderByDay({ ...base, inbound: 105 })).toBe(123);
    expect(orderByDay({ ...base, stock: 0.3, dailySales: 0.1, cycleDays: 0, safetyDays: 0 })).toBe(
      103,
    );
  });

  it('goes into the past when the order is overdue', () => {
    expect(orderByDay({ ...base, stock: 100 })).toBe(100 + 10 - 10 - 67);
  });

  it('is blank without sales; blank safety days mean 14 as in REORDER_QTY', () => {
    expect(orderByDay({ ...base, dailySales: 0 })).toBeUndefined();
    expect(orderByDay({ ...base, dailySales: undefined })).toBeUndefined();
    expect(orderByDay({ ...base, safetyDays: undefined })).toBe(100 + 90 - 14 - 67);
    expect(() => orderByDay({ ...base, today: undefined })).toThrow(/today is blank/);
  });
});

describe('the sales history', () => {
  it('counts a day in stock when the previous day ended with units; a day without a row keeps it', () => {
    const index = indexSalesHistory(
      columns([
        [0, 'A', 5, 10],
        [1, 'A', 10, 0],
        // day 2: no row — sold nothing, still 0 available
        [3, 'A', 0, 20],
        [4, 'A', 4],
      ]),
    );
    const series = index.series.get('A');
    if (series === undefined) throw new Error('no series');
    expect([0, 1, 2, 3, 4, 5].map((d) => inStockOn(series, d))).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
    expect(index.lastDay).toBe(4);
  });

  it('counts every day in stock when availability is absent', () => {
    const index = indexSalesHistory(columns(daily(10, (d) => (d < 5 ? 3 : 0))));
    const series = index.series.get('A');
    if (series === undefined) throw new Error('no series');
    expect(Array.from(series.inStock)).toEqual(new Array(10).fill(1));
    // Days without sales in stock are real zeros: the rate falls.
    expect(inStockRate(series, 10, 1000)).toBeCloseTo(1.5, 2);
  });

  it('adds up several rows for one SKU and day', () => {
    const index = indexSalesHistory(
      columns([
        [0, 'A', 5],
        [0, 'A', 7],
      ]),
    );
    expect(index.series.get('A')?.sold[0]).toBe(12);
  });
});

describe('inStockRate', () => {
  it('ignores out-of-stock days: 10 a day, then 20 days out of stock, still reads 10 a day', () => {
    const rows = daily(
      80,
      (d) => (d < 60 ? 10 : 0),
      (d) => (d < 59 ? 50 : 0),
    );
    const stats = demandStats(indexSalesHistory(columns(rows)), 'A', undefined, undefined);
    expect(stats?.dailyRate).toBeCloseTo(10, 9);
    // Without the availability column the stockout would read as a collapse of demand.
    const blind = demandStats(
      indexSalesHistory(columns(rows.map(([d, s, u]) => [d, s, u]))),
      'A',
      undefined,
      undefined,
    );
    expect(blind?.dailyRate).toBeLessThan(7);
  });

  it('weighs recent days more', () => {
    const index = indexSalesHistory(columns(daily(120, (d) => (d < 60 ? 10 : 20))));
    const series = index.series.get('A');
    if (series === undefined) throw new Error('no series');
    const rate = inStockRate(series, 120, 45) as number;
    expect(rate).toBeGreaterThan(15);
    expect(rate).toBeLessThan(20);
    expect(inStockRate(series, 120, 10) as number).toBeGreaterThan(rate);
  });

  it('reads history only before as_of', () => {
    const index = indexSalesHistory(columns(daily(100, (d) => (d < 50 ? 4 : 40))));
    expect(demandStats(index, 'A', 50, undefined)?.dailyRate).toBeCloseTo(4, 9);
  });
});

describe('weeklySd', () => {
  it('is the sample standard deviation of whole in-stock weeks', () => {
    // Weeks ending the day before as_of (28): sums 70, 140, 70, 140.
    const rows = daily(28, (d) => (Math.floor(d / 7) % 2 === 0 ? 10 : 20));
    const series = indexSalesHistory(columns(rows)).series.get('A');
    if (series === undefined) throw new Error('no series');
    const sd = Math.sqrt((4 * 35 ** 2) / 3);
    expect(weeklySd(series, 28, 52)).toBeCloseTo(sd, 9);
  });

  it('leaves out weeks with a day out of stock', () => {
    // Weeks of 70 in stock; one week with a stockout in the middle of 3 weeks.
    const rows = daily(
      21,
      (d) => (d >= 7 && d < 14 ? (d < 10 ? 10 : 0) : 10),
      (d) => (d === 9 ? 0 : d >= 10 && d < 13 ? 0 : 100),
    );
    const series = indexSalesHistory(columns(rows)).series.get('A');
    if (series === undefined) throw new Error('no series');
    expect(weeklySd(series, 21, 52)).toBe(0);
  });

  it('falls back on daily spread × √7 with under two whole weeks, blank under two days', () => {
    const series = indexSalesHistory(columns(daily(5, (d) => (d % 2 === 0 ? 2 : 4)))).series.get(
      'A',
    );
    if (series === undefined) throw new Error('no series');
    const dailySd = Math.sqrt(((3 * 0.8 ** 2 + 2 * 1.2 ** 2) / 4) * 1);
    expect(weeklySd(series, 5, 52)).toBeCloseTo(dailySd * Math.sqrt(7), 9);
    const one = indexSalesHistory(columns([[0, 'A', 3]])).series.get('A');
    if (one === undefined) throw new Error('no series');
    expect(weeklySd(one, 1, 52)).toBeUndefined();
  });
});

describe('seasonalFactor', () => {
  const options = { halfLifeDays: 45, clamp: 2, damping: 1 };

  it('is 1 without a year of history', () => {
    const series = indexSalesHistory(columns(daily(300, () => 5))).series.get('A');
    if (series === undefined) throw new Error('no series');
    expect(seasonalFactor(series, 300, 90, options)).toBe(1);
  });

  it('reads last year’s season ahead against the rate on the same day, clamped and damped', () => {
    // Last year: 10 a day, then 15 a day for the 90 days after the same day; this year flat.
    const lastYearDay = 400 - 365;
    const rows = daily(400, (d) => (d >= lastYearDay && d < lastYearDay + 90 ? 15 : 10));
    const series = indexSalesHistory(columns(rows)).series.get('A');
    if (series === undefined) throw new Error('no series');
    expect(seasonalFactor(series, 400, 90, options)).toBeCloseTo(1.5, 6);
    expect(seasonalFactor(series, 400, 90, { ...options, damping: 0.5 })).toBeCloseTo(
      Math.sqrt(1.5),
      6,
    );
    expect(seasonalFactor(series, 400, 90, { ...options, clamp: 1.2 })).toBeCloseTo(1.2, 6);
  });
});

describe('demandStats', () => {
  it('is undefined for a SKU with no history and refuses a bad horizon', () => {
    const index = indexSalesHistory(columns(daily(10, () => 1)));
    expect(demandStats(index, 'B', undefined, undefined)).toBeUndefined();
    expect(() => demandStats(index, 'A', undefined, 400)).toThrow(
      /horizon_days must be between 1 and 365, got 400/,
    );
    expect(() => demandStats(index, 'A', undefined, 0)).toThrow(/horizon_days must be greater/);
  });

  it('defaults as_of to the day after the latest date of the whole history', () => {
    // B's rows stop on day 9; A's go on to day 19: B sold nothing on days 10–19.
    const rows = [...daily(20, () => 2, undefined, 'A'), ...daily(10, () => 2, undefined, 'B')];
    const index = indexSalesHistory(columns(rows));
    const b = demandStats(index, 'B', undefined, undefined);
    expect(b?.dailyRate).toBeLessThan(2);
    expect(b?.dailyRate).toBeCloseTo(demandStats(index, 'B', 20, undefined)?.dailyRate ?? 0, 12);
  });
});
