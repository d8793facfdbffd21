import { describe, expect, it } from 'vitest';
import { coverDays } from '../../src/core/cover-days';
import { stockoutGap } from '../../src/core/stockout-gap';

describe('coverDays (R2, R4)', () => {
  it('divides stock plus inbound by daily sales', () => {
    expect(coverDays(100, 5)).toBe(20);
    expect(coverDays(100, 5, 50)).toBe(30);
    expect(coverDays(0, 5)).toBe(0);
  });

  it('is blank when nothing sells or sales are unknown', () => {
    expect(coverDays(100, 0)).toBeUndefined();
    expect(coverDays(100, undefined)).toBeUndefined();
  });

  it('names the argument that is wrong', () => {
    expect(() => coverDays(undefined, 5)).toThrow(/stock is blank/);
    expect(() => coverDays(-3, 5)).toThrow(/stock cannot be negative, got -3/);
    expect(() => coverDays(3, -5)).toThrow(/daily_sales cannot be negative/);
    expect(() => coverDays(3, 5, -1)).toThrow(/inbound cannot be negative/);
    expect(() => coverDays(Number.POSITIVE_INFINITY, 5)).toThrow(/stock is too large/);
  });
});

describe('stockoutGap (R14–R16, R23)', () => {
  it('is the days between running out and the inbound landing', () => {
    expect(stockoutGap(100, 5, 30)).toBe(10);
    expect(stockoutGap(0, 5, 12)).toBe(12);
  });

  it('is 0 when the stock outlasts the arrival or nothing sells', () => {
    expect(stockoutGap(500, 5, 30)).toBe(0);
    expect(stockoutGap(100, 0, 30)).toBe(0);
  });

  it('is blank when the arrival is unknown', () => {
    expect(stockoutGap(100, 5, undefined)).toBeUndefined();
  });

  it('reports an arrival date that has passed instead of computing', () => {
    expect(() => stockoutGap(100, 5, -2)).toThrow(
      /days_to_arrival is -2: arrival overdue; update the ETA or mark it received/,
    );
  });
});
