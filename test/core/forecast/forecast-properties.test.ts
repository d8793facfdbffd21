// Invariants of the forecast maths over any input fast-check can think of: more variability never
// lowers the safety stock, more stock never brings the order-by date forward, never NaN/Infinity.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_DAYS } from '../../../src/core/checks';
import { demandStats } from '../../../src/core/forecast/demand-stats';
import { orderByDay } from '../../../src/core/forecast/order-by-date';
import { safetyDays } from '../../../src/core/forecast/safety-days';
import { indexSalesHistory } from '../../../src/core/forecast/sales-history';
import { InputError } from '../../../src/core/input-error';

const units = fc.double({ min: 0, max: 1e7, noNaN: true });
const rate = fc.double({ min: 0, max: 1e5, noNaN: true });
const days = fc.double({ min: 0, max: 3650, noNaN: true });
const level = fc.double({ min: 0.5, max: 0.9999, noNaN: true });
const finite = (n: number | undefined) => n === undefined || Number.isFinite(n);

const TOO_LARGE = 'too large';
/** What a call gives: its number (or blank), or TOO_LARGE when it refuses a figure past a bound. */
function outcome(run: () => number | undefined): number | undefined | typeof TOO_LARGE {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError && error.key === 'tooManyDays') return TOO_LARGE;
    throw error;
  }
}

describe('properties of the forecast maths', () => {
  it('more weekly variability never lowers safety days; never NaN, Infinity or negative', () => {
    fc.assert(
      fc.property(rate, units, units, days, days, level, (sales, sdA, sdB, lead, review, p) => {
        const [low, high] = sdA <= sdB ? [sdA, sdB] : [sdB, sdA];
        const at = (weeklySd: number) =>
          safetyDays({
            dailySales: sales,
            weeklySd,
            leadDays: lead,
            reviewDays: review,
            serviceLevel: p,
          });
        // A safety stock past 100 years is refused by name ("SAFETY_DAYS is too large"), never
        // shown: more variability never turns a refusal back into a number.
        const a = outcome(() => at(low));
        const b = outcome(() => at(high));
        if (a === TOO_LARGE) expect(b).toBe(TOO_LARGE);
        if (typeof a === 'number' && typeof b === 'number') {
          expect(b).toBeGreaterThanOrEqual(a);
          expect(a).toBeGreaterThanOrEqual(0);
        }
        for (const result of [a, b]) {
          if (typeof result === 'number') expect(result).toBeLessThanOrEqual(MAX_DAYS);
        }
        if (sales === 0) expect(a).toBeUndefined();
      }),
    );
  });

  it('more stock never moves the order-by date earlier; never NaN or Infinity', () => {
    fc.assert(
      fc.property(
        units,
        units,
        fc.option(units, { nil: undefined }),
        rate,
        days,
        fc.option(days, { nil: undefined }),
        fc.integer({ min: 25_569, max: 73_051 }),
        (stockA, stockB, inbound, sales, cycle, safety, today) => {
          const [low, high] = stockA <= stockB ? [stockA, stockB] : [stockB, stockA];
          const at = (stock: number) =>
            orderByDay({
              stock,
              inbound,
              dailySales: sales,
              cycleDays: cycle,
              safetyDays: safety,
              today,
            });
          const a = at(low);
          const b = at(high);
          expect(finite(a) && finite(b)).toBe(true);
          if (sales === 0) expect(a).toBeUndefined();
          if (a !== undefined && b !== undefined) {
            expect(b).toBeGreaterThanOrEqual(a);
            expect(Number.isInteger(a)).toBe(true);
          }
        },
      ),
    );
  });

  it('demand figures are finite and never negative, the seasonal factor within its clamp', () => {
    const row = fc.tuple(
      fc.integer({ min: 0, max: 800 }),
      fc.constantFrom('A', 'B', 'C'),
      fc.integer({ min: 0, max: 10_000 }),
      fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 300 }),
        fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
        fc.integer({ min: 1, max: 365 }),
        (rows, asOf, horizon) => {
          const index = indexSalesHistory({
            day: rows.map((r) => r[0]),
            sku: rows.map((r) => r[1]),
            sold: rows.map((r) => r[2]),
            available: rows.map((r) => r[3] ?? Number.NaN),
          });
          for (const sku of ['A', 'B', 'C', 'D']) {
            const stats = demandStats(index, sku, asOf, horizon);
            if (stats === undefined) continue;
            expect(Number.isFinite(stats.dailyRate) && stats.dailyRate >= 0).toBe(true);
            expect(finite(stats.weeklySd) && (stats.weeklySd ?? 0) >= 0).toBe(true);
            expect(stats.seasonalFactor).toBeGreaterThanOrEqual(Math.SQRT1_2 - 1e-12);
            expect(stats.seasonalFactor).toBeLessThanOrEqual(Math.SQRT2 + 1e-12);
          }
        },
      ),
    );
  });
});
