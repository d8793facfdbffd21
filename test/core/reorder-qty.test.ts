import { describe, expect, it } from 'vitest';
import { ceilUnits } from '../../src/core/checks';
import { reorderQty } from '../../src/core/reorder-qty';

describe('reorderQty (R6, R8–R10)', () => {
  it('orders sales over cycle plus safety, less stock and inbound', () => {
    expect(
      reorderQty({ dailySales: 10, cycleDays: 60, safetyDays: 14, fbaStock: 300, inbound: 200 }),
    ).toBe(240);
  });

  it('uses 14 safety days when blank (R9) and no inbound when blank (R10)', () => {
    expect(reorderQty({ dailySales: 10, cycleDays: 60, fbaStock: 300 })).toBe(440);
  });

  it('never orders a negative quantity', () => {
    expect(
      reorderQty({ dailySales: 1, cycleDays: 10, safetyDays: 14, fbaStock: 1000, inbound: 0 }),
    ).toBe(0);
  });

  it('rounds up to whole units without float noise adding one', () => {
    expect(reorderQty({ dailySales: 0.1, cycleDays: 30, safetyDays: 0, fbaStock: 0 })).toBe(3);
    expect(reorderQty({ dailySales: 0.7, cycleDays: 10, safetyDays: 0, fbaStock: 0 })).toBe(7);
    expect(reorderQty({ dailySales: 1.01, cycleDays: 10, safetyDays: 0, fbaStock: 0 })).toBe(11);
    expect(ceilUnits(0.1 * 30)).toBe(3);
    expect(ceilUnits(2.000001)).toBe(3);
  });

  it('rounds up to whole cartons', () => {
    const cartons = { dailySales: 10, cycleDays: 60, safetyDays: 14, fbaStock: 300, casePack: 24 };
    expect(reorderQty({ ...cartons, inbound: 200 })).toBe(240);
    expect(reorderQty({ ...cartons, inbound: 201 })).toBe(240);
    expect(
      reorderQty({
        dailySales: 10,
        cycleDays: 61,
        safetyDays: 14,
        fbaStock: 300,
        inbound: 200,
        casePack: 24,
      }),
    ).toBe(264);
  });

  it('names bad arguments', () => {
    expect(() => reorderQty({ dailySales: undefined, cycleDays: 60, fbaStock: 0 })).toThrow(
      /daily_sales is blank/,
    );
    expect(() => reorderQty({ dailySales: 1, cycleDays: undefined, fbaStock: 0 })).toThrow(
      /cycle_days is blank/,
    );
    expect(() => reorderQty({ dailySales: 1, cycleDays: 60, fbaStock: 0, casePack: 0 })).toThrow(
      /case_pack must be greater than 0/,
    );
    expect(() => reorderQty({ dailySales: 1, cycleDays: 60, fbaStock: 0, casePack: 2.5 })).toThrow(
      /case_pack must be a whole number/,
    );
    expect(() =>
      reorderQty({ dailySales: 1, cycleDays: 60, safetyDays: -14, fbaStock: 0 }),
    ).toThrow(/safety_days cannot be negative/);
  });
});
