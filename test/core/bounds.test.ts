// The upper bounds on days, units and money, and checking every argument whatever the branch.

import { describe, expect, it } from 'vitest';
import { airQty } from '../../src/core/air-qty';
import { days, MAX_DAYS, MAX_MONEY, MAX_UNITS, units } from '../../src/core/checks';
import { coverDays } from '../../src/core/cover-days';
import { dailySales } from '../../src/core/daily-sales';
import { InputError } from '../../src/core/input-error';
import { stockoutPhase } from '../../src/core/phase';
import { buildPlan } from '../../src/core/plan/build-plan';
import { reorderQty } from '../../src/core/reorder-qty';
import { stockoutGap } from '../../src/core/stockout-gap';

/** The error a call raises, in both languages. */
function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error raised');
}

describe('upper bounds on days and units', () => {
  it('accepts the limits themselves and refuses anything above, in both languages', () => {
    expect(days('cycle_days', MAX_DAYS)).toBe(36_500);
    expect(units('stock', MAX_UNITS)).toBe(1e9);
    expect(MAX_MONEY).toBe(1e9);
    const tooLong = errorOf(() => days('cycle_days', 36_501));
    expect(tooLong.text('en')).toBe(
      'cycle_days is too large: at most 36,500 days (100 years), got 36501',
    );
    expect(tooLong.text('zh-CN')).toBe('cycle_days 过大：最多 36,500 天（100 年），当前为 36501');
    expect(errorOf(() => units('stock', 1e308)).text('en')).toBe(
      'stock is too large: at most 1,000,000,000 units, got 1e+308',
    );
  });

  it('turns the overflowing calls into a finite number or a "too large" message', () => {
    expect(() =>
      reorderQty({ dailySales: 0, cycleDays: 1e308, safetyDays: 1e308, fbaStock: 0, inbound: 0 }),
    ).toThrow(/cycle_days is too large/);
    expect(() =>
      reorderQty({
        dailySales: 67729,
        cycleDays: 1e308,
        safetyDays: 43.9,
        fbaStock: 62806,
        inbound: 38,
      }),
    ).toThrow(/cycle_days is too large/);
    expect(() => airQty(11, Number.MAX_VALUE, 23)).toThrow(/daily_sales is too large/);
    expect(dailySales({ units7d: 70, units14d: 140, units30d: 300 }, [1e308, 1e308, 1e308])).toBe(
      10,
    );
    expect(() =>
      dailySales({ units7d: 0, units14d: 0, units30d: 0, lySame30d: 1e-300, lyNext90d: 1e300 }),
    ).toThrow(/ly_next_90d is too large/);
    expect(() =>
      dailySales({ units7d: 70, units14d: 140, units30d: 300, lySame30d: 1e-300, lyNext90d: 1e9 }),
    ).toThrow(/ly_same_30d is 1e-300, too small next to ly_next_90d/);
  });

  it('keeps every figure finite at the limits', () => {
    const most = { dailySales: MAX_UNITS, cycleDays: MAX_DAYS, safetyDays: MAX_DAYS, fbaStock: 0 };
    expect(reorderQty(most)).toBe(7.3e13);
    expect(coverDays(MAX_UNITS, Number.MIN_VALUE, MAX_UNITS)).toBeUndefined();
    expect(stockoutGap(MAX_UNITS, Number.MIN_VALUE, MAX_DAYS)).toBe(0);
    expect(airQty(0, MAX_UNITS, MAX_DAYS, 0)).toBe(MAX_UNITS * MAX_DAYS);
  });

  it('bounds a plan’s price and ad budget too', () => {
    expect(() => buildPlan({ stock: 10, dailySales: 1, price: 1e308 })).toThrow(
      /price is too large: at most 1,000,000,000, got 1e\+308/,
    );
    expect(() => buildPlan({ stock: 10, dailySales: 1, dailyAdBudget: 2e9 })).toThrow(
      /daily_ad_budget is too large/,
    );
  });
});

describe('every argument is checked whatever the branch', () => {
  it('names negative sales when the stock is out or the SKU is recovering', () => {
    expect(() => stockoutPhase({ stock: 0, dailySales: -5 })).toThrow(
      /daily_sales cannot be negative, got -5/,
    );
    expect(() => stockoutPhase({ stock: 100, dailySales: -5, daysSinceRestock: 10 })).toThrow(
      /daily_sales cannot be negative, got -5/,
    );
    expect(() => stockoutPhase({ stock: 100, dailySales: -5 })).toThrow(
      /daily_sales cannot be negative/,
    );
  });

  it('names a bad optional figure even when stock and sales are blank', () => {
    expect(() =>
      stockoutPhase({ stock: undefined, dailySales: undefined, daysSinceRestock: -1 }),
    ).toThrow(/days_since_restock cannot be negative/);
    expect(() =>
      dailySales({ units7d: undefined, units14d: undefined, units30d: undefined, lySame30d: -3 }),
    ).toThrow(/ly_same_30d cannot be negative/);
  });

  it('still allows what was allowed: no sales figure for an empty shelf or a recovering SKU', () => {
    expect(stockoutPhase({ stock: 0, dailySales: undefined })).toBe('OUT_OF_STOCK');
    expect(stockoutPhase({ stock: 100, dailySales: undefined, daysSinceRestock: 10 })).toBe(
      'RECOVERY',
    );
    expect(stockoutPhase({ stock: undefined, dailySales: undefined })).toBeUndefined();
  });
});
