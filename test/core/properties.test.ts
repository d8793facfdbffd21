// Invariants of the replenishment maths, over any valid input fast-check can think of.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { airQty } from '../../src/core/air-qty';
import { MAX_DAYS, MAX_UNITS, type Maybe } from '../../src/core/checks';
import { coverDays } from '../../src/core/cover-days';
import { dailySales } from '../../src/core/daily-sales';
import { InputError } from '../../src/core/input-error';
import { stockoutPhase } from '../../src/core/phase';
import { rankDrop } from '../../src/core/rank-drop';
import { reorderQty } from '../../src/core/reorder-qty';
import { stockoutGap } from '../../src/core/stockout-gap';

const units = fc.double({ min: 0, max: 1e7, noNaN: true });
const rate = fc.double({ min: 0, max: 1e5, noNaN: true });
const days = fc.double({ min: 0, max: 3650, noNaN: true });
const blankable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const finite = (n: number | undefined) => n === undefined || Number.isFinite(n);
/** A reorder input from drawn values, in the order REORDER_QTY takes its arguments. */
const order = (
  dailySales: Maybe,
  cycleDays: Maybe,
  safetyDays: Maybe,
  fbaStock: Maybe,
  inbound?: Maybe,
  casePack?: Maybe,
) => ({ dailySales, cycleDays, safetyDays, fbaStock, inbound, casePack });

describe('properties of the replenishment maths', () => {
  it('daily sales is never NaN, Infinity or negative', () => {
    fc.assert(
      fc.property(
        blankable(units),
        blankable(units),
        blankable(units),
        blankable(fc.double({ min: 1, max: 1e6, noNaN: true })),
        blankable(units),
        fc.tuple(days, days, days),
        (u7, u14, u30, lySame, lyNext, weights) => {
          const windows = [u7, u14, u30];
          const weightOnData = weights.reduce(
            (sum, w, i) => (windows[i] === undefined ? sum : sum + w),
            0,
          );
          const run = () =>
            dailySales(
              { units7d: u7, units14d: u14, units30d: u30, lySame30d: lySame, lyNext90d: lyNext },
              weights,
            );
          if (windows.some((u) => u !== undefined) && weightOnData === 0) {
            // No weight on any window with data: refused by name, never a silent 0.
            expect(run).toThrow(/weights give no weight/);
            return;
          }
          const result = run();
          if (result === undefined) {
            expect(windows.every((u) => u === undefined)).toBe(true);
            return;
          }
          expect(Number.isFinite(result)).toBe(true);
          expect(result).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('reorder quantity is a whole, non-negative multiple of the case pack', () => {
    fc.assert(
      fc.property(
        rate,
        days,
        blankable(days),
        units,
        blankable(units),
        blankable(fc.integer({ min: 1, max: 500 })),
        (s, c, sd, st, inb, pack) => {
          const q = reorderQty(order(s, c, sd, st, inb, pack));
          expect(Number.isFinite(q)).toBe(true);
          expect(q).toBeGreaterThanOrEqual(0);
          expect(Number.isInteger(q)).toBe(true);
          expect(q % (pack ?? 1)).toBe(0);
        },
      ),
    );
  });

  it('more stock or more inbound never orders more', () => {
    fc.assert(
      fc.property(
        rate,
        days,
        days,
        units,
        units,
        units,
        fc.integer({ min: 1, max: 100 }),
        (s, c, sd, st, inb, extra, pack) => {
          const base = order(s, c, sd, st, inb, pack);
          const q = reorderQty(base);
          expect(reorderQty({ ...base, fbaStock: st + extra })).toBeLessThanOrEqual(q);
          expect(reorderQty({ ...base, inbound: inb + extra })).toBeLessThanOrEqual(q);
        },
      ),
    );
  });

  it('more sales never orders less', () => {
    fc.assert(
      fc.property(rate, rate, days, days, units, (s, more, c, sd, st) => {
        const base = { dailySales: s, cycleDays: c, safetyDays: sd, fbaStock: st };
        expect(reorderQty({ ...base, dailySales: s + more })).toBeGreaterThanOrEqual(
          reorderQty(base),
        );
      }),
    );
  });

  it('the gap is between 0 and the days to arrival, and shrinks as stock grows', () => {
    fc.assert(
      fc.property(units, rate, days, units, (st, s, d, extra) => {
        const gap = stockoutGap(st, s, d) as number;
        expect(Number.isFinite(gap)).toBe(true);
        expect(gap).toBeGreaterThanOrEqual(0);
        expect(gap).toBeLessThanOrEqual(d);
        expect(stockoutGap(st + extra, s, d) as number).toBeLessThanOrEqual(gap);
      }),
    );
  });

  it('cover is finite and grows with stock; phase is always one of the four', () => {
    fc.assert(
      fc.property(
        units,
        rate,
        blankable(units),
        blankable(days),
        blankable(days),
        (st, s, inb, d, since) => {
          const cover = coverDays(st, s, inb);
          expect(finite(cover)).toBe(true);
          const more = coverDays(st + 1, s, inb);
          // undefined here means the cover overflowed: longer than any number, so still not shorter.
          if (cover !== undefined && more !== undefined) expect(more).toBeGreaterThanOrEqual(cover);
          const phase = stockoutPhase({
            stock: st,
            dailySales: s,
            daysToArrival: d,
            daysSinceRestock: since,
          });
          expect(['PRE_STOCKOUT', 'OUT_OF_STOCK', 'RECOVERY', 'HEALTHY']).toContain(phase);
        },
      ),
    );
  });

  it('at the bounds (a billion units, 100 years) every result is still finite and whole', () => {
    const anyUnits = fc.double({ min: 0, max: MAX_UNITS, noNaN: true });
    const anyDays = fc.double({ min: 0, max: MAX_DAYS, noNaN: true });
    fc.assert(
      fc.property(anyUnits, anyDays, anyDays, anyUnits, anyUnits, (s, c, sd, st, inb) => {
        const q = reorderQty(order(s, c, sd, st, inb));
        expect(Number.isSafeInteger(q)).toBe(true);
        expect(q).toBeGreaterThanOrEqual(0);
        expect(finite(coverDays(st, s, inb))).toBe(true);
        expect(Number.isFinite(stockoutGap(st, s, c) as number)).toBe(true);
        expect(Number.isSafeInteger(airQty(st, s, c, sd) as number)).toBe(true);
      }),
    );
  });
});

/** Any double at all: huge, tiny, negative, infinite, -0; or blank. */
const anything = fc.option(
  fc.oneof(
    fc.double(),
    fc.constantFrom(1e308, -1e308, 1e-300, 5e-324, Number.MAX_VALUE, 0, -0, 1),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  ),
  { nil: undefined },
);

/** A result: a finite number, blank, a code; or a named InputError (never NaN or Infinity). */
function finiteOrNamed(run: () => unknown, args: readonly string[]): void {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).text('en');
    expect(
      args.some((arg) => message.includes(arg)),
      message,
    ).toBe(true);
    return;
  }
  const values = typeof result === 'object' && result !== null ? Object.values(result) : [result];
  for (const value of values) {
    if (typeof value === 'number') expect(Number.isFinite(value), String(value)).toBe(true);
  }
}

describe('extreme input gives a finite result or a message naming the argument', () => {
  const stockArgs = ['stock', 'daily_sales', 'inbound', 'days_to_arrival', 'air_days'];

  it('for cover, gap, air quantity and phase', () => {
    fc.assert(
      fc.property(anything, anything, anything, anything, anything, (a, b, c, d, e) => {
        finiteOrNamed(() => coverDays(a, b, c), stockArgs);
        finiteOrNamed(() => stockoutGap(a, b, c), stockArgs);
        finiteOrNamed(() => airQty(a, b, c, d), stockArgs);
        finiteOrNamed(
          () =>
            stockoutPhase({
              stock: a,
              dailySales: b,
              daysToArrival: c,
              daysSinceRestock: d,
              alertDays: e,
            }),
          [...stockArgs, 'days_since_restock', 'alert_days'],
        );
      }),
    );
  });

  it('for daily sales, reorder quantity and rank drop', () => {
    fc.assert(
      fc.property(
        fc.tuple(anything, anything, anything, anything, anything, anything),
        fc.tuple(anything, anything, anything),
        (args, weights) => {
          const [a, b, c, d, e, f] = args;
          const w = weights.map((x) => x ?? 0) as [number, number, number];
          finiteOrNamed(
            () =>
              dailySales({ units7d: a, units14d: b, units30d: c, lySame30d: d, lyNext90d: e }, w),
            ['units_7d', 'units_14d', 'units_30d', 'ly_same_30d', 'ly_next_90d', 'weights'],
          );
          finiteOrNamed(
            () => reorderQty(order(a, b, c, d, e, f)),
            ['daily_sales', 'cycle_days', 'safety_days', 'fba_stock', 'inbound', 'case_pack'],
          );
          finiteOrNamed(
            () => rankDrop(a, b, { severeTop: c, severeBeyond: d, moderatePlaces: e }),
            ['rank_before', 'rank_now', 'severe_top', 'severe_beyond', 'moderate_places'],
          );
        },
      ),
    );
  });
});
