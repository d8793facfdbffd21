// Invariants of the replenishment maths, over any valid input fast-check can think of.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverDays } from '../../src/core/cover-days';
import { dailySales } from '../../src/core/daily-sales';
import { stockoutPhase } from '../../src/core/phase';
import { reorderQty } from '../../src/core/reorder-qty';
import { stockoutGap } from '../../src/core/stockout-gap';

const units = fc.double({ min: 0, max: 1e7, noNaN: true });
const rate = fc.double({ min: 0, max: 1e5, noNaN: true });
const days = fc.double({ min: 0, max: 3650, noNaN: true });
const blankable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const finite = (n: number | undefined) => n === undefined || Number.isFinite(n);

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
          const q = reorderQty({
            dailySales: s,
            cycleDays: c,
            safetyDays: sd,
            fbaStock: st,
            inbound: inb,
            casePack: pack,
          });
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
          const base = {
            dailySales: s,
            cycleDays: c,
            safetyDays: sd,
            fbaStock: st,
            inbound: inb,
            casePack: pack,
          };
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
});
