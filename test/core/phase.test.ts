import { describe, expect, it } from 'vitest';
import { stockoutPhase } from '../../src/core/phase';

describe('stockoutPhase', () => {
  it('is OUT_OF_STOCK at zero stock, whatever else', () => {
    expect(stockoutPhase({ stock: 0, dailySales: 5, daysSinceRestock: 3 })).toBe('OUT_OF_STOCK');
    expect(stockoutPhase({ stock: 0, dailySales: undefined })).toBe('OUT_OF_STOCK');
  });

  it('is RECOVERY within the recovery window after a restock', () => {
    expect(stockoutPhase({ stock: 50, dailySales: 5, daysSinceRestock: 30 })).toBe('RECOVERY');
    expect(stockoutPhase({ stock: 50, dailySales: 5, daysSinceRestock: 31 })).not.toBe('RECOVERY');
    expect(
      stockoutPhase({ stock: 50, dailySales: 5, daysSinceRestock: 31, recoveryDays: 45 }),
    ).toBe('RECOVERY');
  });

  it('is PRE_STOCKOUT when cover is under the alert and the inbound comes too late or is unknown', () => {
    expect(stockoutPhase({ stock: 100, dailySales: 5, daysToArrival: 30 })).toBe('PRE_STOCKOUT');
    expect(stockoutPhase({ stock: 100, dailySales: 5 })).toBe('PRE_STOCKOUT');
    expect(stockoutPhase({ stock: 375, dailySales: 5 })).toBe('PRE_STOCKOUT'); // cover exactly 75
  });

  it('is HEALTHY when the inbound lands before the cover runs out, or cover is long', () => {
    expect(stockoutPhase({ stock: 100, dailySales: 5, daysToArrival: 15 })).toBe('HEALTHY');
    expect(stockoutPhase({ stock: 380, dailySales: 5 })).toBe('HEALTHY');
    expect(stockoutPhase({ stock: 380, dailySales: 5, alertDays: 90 })).toBe('PRE_STOCKOUT');
    expect(stockoutPhase({ stock: 10, dailySales: 0 })).toBe('HEALTHY');
  });

  it('is blank for an empty row and names bad input', () => {
    expect(stockoutPhase({ stock: undefined, dailySales: undefined })).toBeUndefined();
    expect(() => stockoutPhase({ stock: undefined, dailySales: 3 })).toThrow(/stock is blank/);
    expect(() => stockoutPhase({ stock: 10, dailySales: undefined })).toThrow(
      /daily_sales is blank/,
    );
    expect(() => stockoutPhase({ stock: 10, dailySales: 1, alertDays: 0 })).toThrow(
      /alert_days must be greater than 0/,
    );
    expect(() => stockoutPhase({ stock: 10, dailySales: 1, daysToArrival: -1 })).toThrow(
      /arrival date has passed/,
    );
  });
});
