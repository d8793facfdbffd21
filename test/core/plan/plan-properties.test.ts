import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/core/plan/build-plan';
import { DEFAULT_PLAN_SETTINGS } from '../../../src/core/plan/plan-settings';
import type { RuleId } from '../../../src/core/plan/rule-book';
import type { SkuRow } from '../../../src/core/plan/sku-row';

/** Items that push sales up: discounts, bundles and thresholds, a budget raise, bid-ups, coupons, sprints. */
const RAISES_SALES: readonly RuleId[] = ['R34', 'R35', 'R36', 'R37', 'R38', 'R43'];
const RAISING_TEXTS = ['discountLadder', 'recoveryBudget', 'recoveryBudgetRule', 'couponsDeals'];

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const amount = fc.double({ min: 0, max: 5000, noNaN: true });

const rows: fc.Arbitrary<SkuRow> = fc.record({
  stock: amount,
  dailySales: fc.double({ min: 0.01, max: 200, noNaN: true }),
  inbound: maybe(amount),
  daysToArrival: maybe(fc.integer({ min: 0, max: 200 })),
  daysSinceRestock: maybe(fc.integer({ min: 0, max: 60 })),
  price: maybe(fc.double({ min: 0.5, max: 500, noNaN: true })),
  dailyAdBudget: maybe(fc.double({ min: 0, max: 500, noNaN: true })),
  cycleDays: maybe(fc.integer({ min: 1, max: 180 })),
  safetyDays: maybe(fc.integer({ min: 0, max: 60 })),
  casePack: maybe(fc.integer({ min: 1, max: 48 })),
});

function raisesSales(row: SkuRow): string[] {
  const plan = buildPlan(row, DEFAULT_PLAN_SETTINGS, '2026-12-01');
  return (plan?.items ?? [])
    .filter((i) => RAISES_SALES.includes(i.rule) || RAISING_TEXTS.includes(i.text))
    .map((i) => i.rule);
}

describe('plan properties', () => {
  it('never raises sales for a SKU whose stock runs out before the next arrival', () => {
    fc.assert(
      fc.property(rows, (row) => {
        const sales = row.dailySales as number;
        const arrival = row.daysToArrival;
        fc.pre(arrival !== undefined && (row.stock as number) / sales < arrival);
        expect(raisesSales(row)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never raises sales for a SKU whose stock and inbound run out before a new order lands', () => {
    fc.assert(
      fc.property(rows, (row) => {
        const cycle = row.cycleDays ?? DEFAULT_PLAN_SETTINGS.cycleDays;
        const cover = ((row.stock as number) + (row.inbound ?? 0)) / (row.dailySales as number);
        fc.pre(cover < cycle);
        expect(raisesSales(row)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('orders first whenever the reorder quantity is above 0, and the sum ends in that quantity', () => {
    fc.assert(
      fc.property(rows, (row) => {
        const plan = buildPlan(row, DEFAULT_PLAN_SETTINGS, '2026-12-01');
        const qty = plan?.figures.reorderQty ?? 0;
        const first = plan?.items[0];
        if (qty > 0) {
          expect(first?.rule).toBe('R6');
          expect(first?.values.units?.value).toBe(qty);
          expect(plan?.figures.sums.reorder?.values.result?.value).toBe(qty);
        } else {
          expect(plan?.items.map((i) => i.rule)).not.toContain('R6');
        }
        for (const item of plan?.items ?? []) {
          for (const q of Object.values(item.values)) expect(Number.isFinite(q.value)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never flies more units than it orders, nor orders fewer with less stock', () => {
    fc.assert(
      fc.property(rows, amount, (row, less) => {
        const plan = buildPlan(row, DEFAULT_PLAN_SETTINGS, '2026-12-01');
        const order = plan?.items.find((i) => i.rule === 'R6');
        if (order !== undefined) {
          expect(order.values.airUnits?.value).toBeLessThanOrEqual(order.values.units?.value ?? 0);
          expect(order.values.airUnits?.value).toBeGreaterThanOrEqual(0);
        }
        const fewer = { ...row, stock: Math.max(0, (row.stock as number) - less) };
        const more = buildPlan(fewer, DEFAULT_PLAN_SETTINGS, '2026-12-01');
        expect(more?.figures.reorderQty ?? 0).toBeGreaterThanOrEqual(plan?.figures.reorderQty ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});
