import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { discountLadder } from '../../../src/core/plan/discount-ladder';

describe('discountLadder (R34)', () => {
  it('steps 30% → 15% → 0% with prices to the cent', () => {
    expect(discountLadder(0.3, 2, 0.5, 19.99)).toEqual([
      { discount: 0.3, price: 13.99 },
      { discount: 0.15, price: 16.99 },
      { discount: 0, price: 19.99 },
    ]);
    expect(discountLadder(0.35, 3, 0.5).map((s) => s.discount)).toEqual([0.35, 0.23, 0.11, 0]);
    expect(discountLadder(0.2, 2, 0.5)[0]?.price).toBeUndefined();
  });

  it('refuses a start at or above the cap', () => {
    expect(() => discountLadder(0.5, 2, 0.5)).toThrow(/recovery_discount must be between/);
    expect(() => discountLadder(0.6, 2, 0.5, 10)).toThrow(/recovery_discount/);
    expect(() => discountLadder(0.3, 0, 0.5)).toThrow(/discount_steps must be greater than 0/);
    expect(() => discountLadder(0.3, 1.5, 0.5)).toThrow(/discount_steps must be a whole number/);
  });

  it('never reaches 50%, never rises, and ends at full price', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 0.4999, noNaN: true }),
        fc.integer({ min: 1, max: 5 }),
        fc.double({ min: 0.5, max: 5000, noNaN: true }),
        (start, steps, price) => {
          const ladder = discountLadder(start, steps, 0.5, price);
          expect(ladder).toHaveLength(steps + 1);
          expect(ladder.at(-1)).toEqual({ discount: 0, price: Math.round(price * 100) / 100 });
          ladder.forEach((step, i) => {
            expect(step.discount).toBeLessThan(0.5);
            expect(step.discount).toBeGreaterThanOrEqual(0);
            if (i > 0) expect(step.discount).toBeLessThanOrEqual(ladder[i - 1]?.discount ?? 1);
            expect(step.price).toBeGreaterThan(price * 0.5 - 0.01);
          });
        },
      ),
    );
  });
});
