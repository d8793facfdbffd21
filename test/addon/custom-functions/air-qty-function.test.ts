// AIR_QTY through the custom-function contract: worked examples, ranges and its properties (R24).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AIR_QTY } from '../../../src/addon/custom-functions/catalog';
import { runCustomFunction } from '../../../src/addon/custom-functions/run-custom-function';
import { airQty } from '../../../src/core/air-qty';
import { col } from '../../support/sheet-column';

describe('AIR_QTY worked examples', () => {
  it('carries the sales of the days an air shipment saves', () => {
    // Stock lasts 20 days, the sea inbound lands on day 40, air takes 10: days 20–40 need 100 units.
    expect(runCustomFunction(AIR_QTY, [100, 5, 40, 10])).toBe(100);
    // Out of stock now: air lands on day 10, so it must carry days 10–40.
    expect(runCustomFunction(AIR_QTY, [0, 5, 40, 10])).toBe(150);
    // Air takes the playbook's default of 10 days when Air transit days is blank.
    expect(runCustomFunction(AIR_QTY, [0, 5, 40])).toBe(150);
    expect(runCustomFunction(AIR_QTY, [0, 2.5, 13, 10])).toBe(8); // 7.5 units round up
  });

  it('is 0 when there is no gap to close, blank when inputs or the arrival are blank', () => {
    expect(runCustomFunction(AIR_QTY, [500, 5, 40, 10])).toBe(0);
    expect(runCustomFunction(AIR_QTY, [0, 5, 8, 10])).toBe(0); // the inbound beats the air
    expect(runCustomFunction(AIR_QTY, [100, 0, 40, 10])).toBe(0);
    expect(runCustomFunction(AIR_QTY, ['', '', '', ''])).toBe('');
    expect(runCustomFunction(AIR_QTY, [100, 5, ''])).toBe('');
  });

  it('names bad input', () => {
    expect(() => runCustomFunction(AIR_QTY, [100, -5, 40])).toThrow(
      /Daily sales cannot be negative/,
    );
    expect(() => runCustomFunction(AIR_QTY, [100, 5, -2])).toThrow(/Days to arrival is -2/);
    expect(() => runCustomFunction(AIR_QTY, [100, 5, 40, 'fast'])).toThrow(
      /Air transit days must be a number, got 'fast'/,
    );
  });

  it('works over a column, one message per bad row', () => {
    expect(
      runCustomFunction(AIR_QTY, [
        col(100, 0, '', 50),
        col(5, 5, '', 'n/a'),
        col(40, 40, '', 40),
        10,
      ]),
    ).toEqual([[100], [150], [''], [expect.stringMatching(/Daily sales must be a number/)]]);
  });
});

const stock = fc.integer({ min: 0, max: 100_000 });
const sales = fc.double({ min: 0, max: 1000, noNaN: true });
const days = fc.integer({ min: 0, max: 365 });

describe('AIR_QTY properties', () => {
  it('is the core airQty, a whole non-negative number of units', () => {
    fc.assert(
      fc.property(stock, sales, days, days, (s, d, arrival, air) => {
        const units = runCustomFunction(AIR_QTY, [s, d, arrival, air]) as number;
        expect(units).toBe(airQty(s, d, arrival, air));
        expect(Number.isInteger(units)).toBe(true);
        expect(units).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('with it, stock never runs out between the air landing and the inbound', () => {
    fc.assert(
      fc.property(stock, fc.integer({ min: 1, max: 1000 }), days, days, (s, d, arrival, air) => {
        const units = airQty(s, d, arrival, air) as number;
        // From the later of (stock runs out, air lands) to the inbound, the air units last.
        const from = Math.max(s / d, air);
        expect(units + 1e-9).toBeGreaterThanOrEqual(d * Math.max(0, arrival - from));
        // And no more than one unit over what those days sell.
        expect(units).toBeLessThan(d * Math.max(0, arrival - from) + 1);
      }),
    );
  });

  it('never asks for more when there is more stock or a sooner inbound', () => {
    fc.assert(
      fc.property(stock, stock, sales, days, days, days, (s1, s2, d, a1, a2, air) => {
        const [low, high] = s1 <= s2 ? [s1, s2] : [s2, s1];
        expect(airQty(high, d, a1, air) as number).toBeLessThanOrEqual(
          airQty(low, d, a1, air) as number,
        );
        const [soon, late] = a1 <= a2 ? [a1, a2] : [a2, a1];
        expect(airQty(s1, d, soon, air) as number).toBeLessThanOrEqual(
          airQty(s1, d, late, air) as number,
        );
      }),
    );
  });
});
