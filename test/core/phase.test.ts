import { describe, expect, it } from 'vitest';
import { stockoutPhase } from '../../src/core/phase';
import { isArrivalOverdue } from '../../src/core/stockout-gap';

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
    expect(() => stockoutPhase({ stock: 10, dailySales: 1, daysToArrival: -40_000 })).toThrow(
      /days_to_arrival is too large/,
    );
  });

  it('phases an overdue arrival (ETA passed, shipment open) as an unknown one (R23)', () => {
    // 20 days of cover, the shipment 3 days late: it cannot be counted on, so a stockout nears.
    expect(stockoutPhase({ stock: 100, dailySales: 5, daysToArrival: -3 })).toBe('PRE_STOCKOUT');
    expect(stockoutPhase({ stock: 100, dailySales: 5 })).toBe('PRE_STOCKOUT');
    // Were it on time in 10 days, it would land before the shelf empties.
    expect(stockoutPhase({ stock: 100, dailySales: 5, daysToArrival: 10 })).toBe('HEALTHY');
    // Plenty on hand, or out already, or recovering: the late shipment changes nothing.
    expect(stockoutPhase({ stock: 1000, dailySales: 5, daysToArrival: -3 })).toBe('HEALTHY');
    expect(stockoutPhase({ stock: 0, dailySales: 5, daysToArrival: -3 })).toBe('OUT_OF_STOCK');
    expect(
      stockoutPhase({ stock: 100, dailySales: 5, daysToArrival: -3, daysSinceRestock: 5 }),
    ).toBe('RECOVERY');
    for (const late of [-0.5, -1, -30, -36_500]) {
      expect(stockoutPhase({ stock: 100, dailySales: 5, daysToArrival: late }), `${late}`).toBe(
        stockoutPhase({ stock: 100, dailySales: 5 }),
      );
    }
    expect(isArrivalOverdue(-1)).toBe(true);
    expect(isArrivalOverdue(0)).toBe(false);
    expect(isArrivalOverdue(undefined)).toBe(false);
  });
});
