import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cutBudget,
  gapClass,
  priceCeiling,
  raisePrice,
  recoveryBudget,
} from '../../../src/core/plan/price-and-budget';
import { roundMoney } from '../../../src/core/plan/quantity';

describe('price, budget and gap numbers (R13–R18, R36)', () => {
  it('raises 19.99 by 5–10% to 20.99–21.99 and caps one raise', () => {
    expect(raisePrice(19.99, [0.05, 0.1], 0.1)).toEqual({
      low: 20.99,
      high: 21.99,
      raise: [0.05, 0.1],
    });
    // A raise asked beyond the cap stops at the cap.
    expect(raisePrice(7.99, [0.2, 0.25], 0.1)).toEqual({
      low: 8.79,
      high: 8.79,
      raise: [0.1, 0.1],
    });
    expect(priceCeiling(19.99, 0.1)).toBe(21.99);
  });

  it('never raises more than the cap, give or take half a cent', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (price, a, b, cap) => {
          const raise = raisePrice(price, [Math.min(a, b), Math.max(a, b)], cap);
          expect(raise.high).toBeLessThanOrEqual(price * (1 + cap) + 0.005 + 1e-9);
          expect(raise.low).toBeLessThanOrEqual(raise.high);
          expect(raise.low).toBeGreaterThanOrEqual(roundMoney(price));
        },
      ),
    );
  });

  it('cuts a budget of 50 by 30–40% to 30–35 and doubles it at most for recovery', () => {
    expect(cutBudget(50, [0.3, 0.4])).toEqual({ low: 30, high: 35 });
    expect(cutBudget(33.33, [0.3, 0.4])).toEqual({ low: 20, high: 23.33 });
    expect(recoveryBudget(50, [1, 2])).toEqual({ low: 50, high: 100 });
  });

  it('reads a gap as short up to 7 days, long beyond 30', () => {
    expect(gapClass(3, 7, 30)).toBe('short');
    expect(gapClass(7, 7, 30)).toBe('short');
    expect(gapClass(7.5, 7, 30)).toBe('medium');
    expect(gapClass(12, 7, 30)).toBe('medium');
    expect(gapClass(30, 7, 30)).toBe('medium');
    expect(gapClass(31, 7, 30)).toBe('long');
  });

  it('rounds money to the cent without float noise', () => {
    expect(roundMoney(1.005)).toBe(1.01);
    expect(roundMoney(19.99 * 0.7)).toBe(13.99);
  });
});
