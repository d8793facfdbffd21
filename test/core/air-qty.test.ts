import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { airDaysSaved } from '../../src/core/air-days-saved';
import { airQty } from '../../src/core/air-qty';
import { ceilUnits } from '../../src/core/checks';
import { stockoutGap } from '../../src/core/stockout-gap';

describe('airQty (R24)', () => {
  it('carries daily sales × the stockout days an air shipment saves', () => {
    // Runs out on day 20, air lands on day 10, inbound on day 40: 20 days × 5.
    expect(airQty(100, 5, 40, 10)).toBe(100);
    expect(airDaysSaved(100, 5, 40, 10)).toBe(20);
    // Out now: the first 10 days are lost whatever is sent; air covers days 10–40.
    expect(airQty(0, 5, 40, 10)).toBe(150);
    // Runs out on day 4, before air could land on day 10: air covers days 10–40.
    expect(airQty(20, 5, 40, 10)).toBe(150);
  });

  it('is 0 when there is no gap or air would not land before the inbound', () => {
    expect(airQty(500, 5, 40, 10)).toBe(0);
    expect(airQty(0, 5, 8, 10)).toBe(0);
    expect(airQty(0, 0, 40, 10)).toBe(0);
  });

  it('rounds up to whole units and uses the default air days when blank', () => {
    expect(airQty(0, 2.5, 11, 10)).toBe(3);
    expect(airQty(0, 5, 40, undefined)).toBe(150); // default 10 days
  });

  it('is blank when the arrival is unknown and names bad input', () => {
    expect(airQty(100, 5, undefined, 10)).toBeUndefined();
    expect(() => airQty(undefined, 5, 40, 10)).toThrow(/stock is blank/);
    expect(() => airQty(10, -1, 40, 10)).toThrow(/daily_sales cannot be negative/);
    expect(() => airQty(10, 1, 40, -3)).toThrow(/air_days cannot be negative/);
    expect(() => airQty(10, 1, -2, 10)).toThrow(/days_to_arrival is -2: arrival overdue/);
  });

  it('never carries more than the gap needs, and all of it when air is instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 60 }),
        (stock, sales, arrival, air) => {
          const qty = airQty(stock, sales, arrival, air) as number;
          const gap = stockoutGap(stock, sales, arrival) as number;
          expect(qty).toBeGreaterThanOrEqual(0);
          expect(qty).toBeLessThanOrEqual(Math.ceil(sales * gap + 1e-6));
          expect(airQty(stock, sales, arrival, 0)).toBe(gap === 0 ? 0 : ceilUnits(sales * gap));
        },
      ),
    );
  });
});
