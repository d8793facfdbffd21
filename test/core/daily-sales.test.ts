import { describe, expect, it } from 'vitest';
import { dailySales, seasonalFactor } from '../../src/core/daily-sales';
import { InputError } from '../../src/core/input-error';

describe('dailySales (R7)', () => {
  it('blends 7/14/30-day rates with 0.5/0.3/0.2', () => {
    // 140/7=20, 210/14=15, 450/30=15 → 0.5·20 + 0.3·15 + 0.2·15 = 17.5
    expect(dailySales({ units7d: 140, units14d: 210, units30d: 450 })).toBeCloseTo(17.5, 12);
  });

  it('leaves a blank window out and renormalises the other weights', () => {
    // only 7 and 30: (0.5·20 + 0.2·15) / 0.7
    expect(dailySales({ units7d: 140, units14d: undefined, units30d: 450 })).toBeCloseTo(
      13 / 0.7,
      12,
    );
    expect(dailySales({ units7d: undefined, units14d: undefined, units30d: 300 })).toBe(10);
  });

  it('is blank when every window is blank', () => {
    expect(
      dailySales({ units7d: undefined, units14d: undefined, units30d: undefined }),
    ).toBeUndefined();
  });

  it('applies custom weights', () => {
    expect(dailySales({ units7d: 140, units14d: 210, units30d: 450 }, [1, 0, 0])).toBe(20);
  });

  it('multiplies by the seasonal factor when both last-year figures are given', () => {
    // factor (1800/90)/(300/30) = 2
    expect(
      dailySales({ units7d: 140, units14d: 210, units30d: 450, lySame30d: 300, lyNext90d: 1800 }),
    ).toBeCloseTo(35, 12);
    expect(seasonalFactor(300, undefined)).toBe(1);
    expect(seasonalFactor(300, 450)).toBe(0.5);
  });

  it('rejects a zero last-year base, negative units and zero weights on the windows with data', () => {
    expect(() => seasonalFactor(0, 100)).toThrow(/ly_same_30d is 0/);
    expect(() => dailySales({ units7d: -1, units14d: 1, units30d: 1 })).toThrow(
      /units_7d cannot be negative, got -1/,
    );
    expect(() =>
      dailySales({ units7d: 70, units14d: undefined, units30d: undefined }, [0, 1, 1]),
    ).toThrow(InputError);
    expect(() => dailySales({ units7d: 1, units14d: 1, units30d: 1 }, [1, -1, 0])).toThrow(
      /weights cannot be negative/,
    );
  });
});
