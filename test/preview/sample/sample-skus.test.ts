// The sample catalogue reads like a real seller's: varied, complete, every phase and colour band.

import { describe, expect, it } from 'vitest';
import {
  FIFTEEN_DAYS_SKU,
  HEALTHY_SKU,
  SAMPLE_SKUS,
  SIXTY_DAYS_SKU,
  salesOf,
} from '../../../preview/sample/sample-skus';
import { coverDays } from '../../../src/core/cover-days';
import { dailySales } from '../../../src/core/daily-sales';
import { PHASES, stockoutPhase } from '../../../src/core/phase';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';

const figures = SAMPLE_SKUS.map((sku) => {
  const sales = dailySales(salesOf(sku)) ?? 0;
  return {
    sku: sku.sku,
    cover: coverDays(sku.fbaStock, sales, sku.inbound),
    phase: stockoutPhase({
      stock: sku.fbaStock,
      dailySales: sales,
      daysToArrival: sku.arrivalInDays,
      daysSinceRestock: sku.restockedDaysAgo,
    }),
  };
});
const of = (sku: string) => figures.find((f) => f.sku === sku);

describe('the sample SKUs', () => {
  it('are about thirty distinct SKUs and ASINs with names in both languages', () => {
    expect(SAMPLE_SKUS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(SAMPLE_SKUS.map((s) => s.sku)).size).toBe(SAMPLE_SKUS.length);
    expect(new Set(SAMPLE_SKUS.map((s) => s.asin)).size).toBe(SAMPLE_SKUS.length);
    for (const sku of SAMPLE_SKUS) {
      expect(sku.asin).toMatch(/^B0[A-Z0-9]{8}$/);
      expect(sku.productZh).toMatch(/[\u4e00-\u9fff]/);
      expect(sku.price).toBeGreaterThan(0);
      expect(sku.casePack).toBeGreaterThanOrEqual(1);
      const [units7d, units14d, units30d] = sku.sold;
      expect(units14d).toBeGreaterThanOrEqual(units7d);
      expect(units30d).toBeGreaterThanOrEqual(units14d);
    }
  });

  it('cover every phase and every colour band', () => {
    for (const phase of PHASES) expect(figures.map((f) => f.phase)).toContain(phase);
    const covers = figures.flatMap((f) => (f.cover === undefined ? [] : [f.cover]));
    expect(covers.some((c) => c <= DEFAULT_SETTINGS.airFreightDays)).toBe(true);
    expect(
      covers.some((c) => c > DEFAULT_SETTINGS.airFreightDays && c <= DEFAULT_SETTINGS.alertDays),
    ).toBe(true);
    expect(covers.some((c) => c > DEFAULT_SETTINGS.overstockDays)).toBe(true);
  });

  it('have exactly 15 and 60 days of cover where the tests look, and a healthy SKU', () => {
    expect(of(FIFTEEN_DAYS_SKU)?.cover).toBe(15);
    expect(of(SIXTY_DAYS_SKU)?.cover).toBe(60);
    expect(figures.filter((f) => f.cover === 15)).toHaveLength(1);
    expect(figures.filter((f) => f.cover === 60)).toHaveLength(1);
    expect(of(HEALTHY_SKU)?.phase).toBe('HEALTHY');
  });
});
