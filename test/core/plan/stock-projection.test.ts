import { describe, expect, it } from 'vitest';
import { projectStock } from '../../../src/core/plan/stock-projection';

describe('projectStock (chart data)', () => {
  it('falls to zero, shades the gap and jumps on arrival', () => {
    const p = projectStock(100, 5, 200, 30);
    expect(p.horizonDays).toBe(42); // 30 + 10 rounded up to whole weeks
    expect(p.points).toEqual([
      { day: 0, units: 100 },
      { day: 20, units: 0 },
      { day: 30, units: 0 },
      { day: 30, units: 200 },
      { day: 42, units: 140 },
    ]);
    expect(p.runOutDay).toBe(20);
    expect(p.arrivalDay).toBe(30);
    expect(p.gap).toEqual({ from: 20, to: 30, open: false });
  });

  it('adds the inbound to what is left when it lands before the run-out', () => {
    const p = projectStock(100, 5, 50, 10);
    expect(p.points.slice(0, 3)).toEqual([
      { day: 0, units: 100 },
      { day: 10, units: 50 },
      { day: 10, units: 100 },
    ]);
    expect(p.gap).toBeUndefined();
  });

  it('leaves the gap open when the arrival is unknown', () => {
    const p = projectStock(0, 5, 300, undefined);
    expect(p.gap).toEqual({ from: 0, to: 28, open: true });
    expect(p.points).toEqual([
      { day: 0, units: 0 },
      { day: 28, units: 0 },
    ]);
    expect(p.arrivalDay).toBeUndefined();
  });

  it('stays within 28–120 days and flat when nothing sells', () => {
    expect(projectStock(10_000, 1, 0, undefined).horizonDays).toBe(120);
    const flat = projectStock(50, 0, undefined, undefined);
    expect(flat.points).toEqual([
      { day: 0, units: 50 },
      { day: 28, units: 50 },
    ]);
    expect(flat.runOutDay).toBeUndefined();
    expect(projectStock(50, 1, 100, 500).arrivalDay).toBeUndefined();
  });

  it('never goes below zero and keeps days in order', () => {
    for (const [stock, sales, inbound, arrival] of [
      [100, 5, 200, 30],
      [0, 3, 10, 2],
      [7, 2, 0, 40],
      [500, 9, 90, 3],
    ] as const) {
      const { points, horizonDays } = projectStock(stock, sales, inbound, arrival);
      points.forEach((point, i) => {
        expect(point.units).toBeGreaterThanOrEqual(0);
        if (i > 0) expect(point.day).toBeGreaterThanOrEqual(points[i - 1]?.day ?? 0);
      });
      expect(points.at(-1)?.day).toBe(horizonDays);
    }
  });
});
