// The template layout: the column table, example rows for every phase, filled texts.

import { describe, expect, it } from 'vitest';
import { exampleRows } from '../../../src/addon/replenishment-sheet/example-rows';
import {
  COLUMN_KEYS,
  REPLENISHMENT_COLUMNS,
} from '../../../src/addon/replenishment-sheet/replenishment-columns';
import { planTemplate } from '../../../src/addon/replenishment-sheet/template-plan';
import { coverDays } from '../../../src/core/cover-days';
import { dailySales } from '../../../src/core/daily-sales';
import { PHASES, stockoutPhase } from '../../../src/core/phase';
import { reorderQty } from '../../../src/core/reorder-qty';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { stockoutGap } from '../../../src/core/stockout-gap';

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
const days = (v: unknown) =>
  typeof v === 'object' && v !== null && 'daysFromToday' in v
    ? (v.daysFromToday as number)
    : undefined;

/** What the template's formulas work out for an example row (the same core functions). */
function workOut(values: Record<string, unknown>) {
  const daily = dailySales({
    units7d: num(values.units7d),
    units14d: num(values.units14d),
    units30d: num(values.units30d),
    lySame30d: num(values.lySame30d),
    lyNext90d: num(values.lyNext90d),
  });
  const arrival = days(values.nextArrival);
  const restock = days(values.lastRestock);
  return {
    daily,
    cover: coverDays(num(values.fbaStock), daily, num(values.inbound)),
    gap: stockoutGap(num(values.fbaStock), daily, arrival),
    reorder: reorderQty({
      dailySales: daily,
      cycleDays:
        (num(values.cycleDays) ?? DEFAULT_SETTINGS.cycleDays) + DEFAULT_SETTINGS.reviewDays,
      safetyDays: num(values.safetyDays) ?? DEFAULT_SETTINGS.safetyDays,
      fbaStock: num(values.fbaStock),
      inbound: num(values.inbound),
      casePack: num(values.casePack),
    }),
    phase: stockoutPhase({
      stock: num(values.fbaStock),
      dailySales: daily,
      daysToArrival: arrival,
      daysSinceRestock: restock === undefined ? undefined : -restock,
    }),
  };
}

describe('the replenishment template', () => {
  it('lists every column once, in the table’s order, with both languages', () => {
    expect(REPLENISHMENT_COLUMNS.map((c) => c.key)).toEqual([...COLUMN_KEYS]);
    for (const column of REPLENISHMENT_COLUMNS) {
      expect(column.header.en, column.key).toBeTruthy();
      expect(column.header['zh-CN'], column.key).toBeTruthy();
      expect(column.note.en, column.key).toBeTruthy();
      expect(column.note['zh-CN'], column.key).toBeTruthy();
      // DEMAND_STATS fills the weekly sd and seasonal factor from the in-stock rate's cell.
      const spilled = column.key === 'weeklySd' || column.key === 'seasonalFactor';
      expect(column.kind === 'computed' && !spilled, column.key).toBe(column.formula !== undefined);
      expect(column.rules.length, column.key).toBeGreaterThan(0);
    }
  });

  it('has example rows covering every phase and every colour band', () => {
    const rows = exampleRows(DEFAULT_SETTINGS);
    const results = rows.map((row) => workOut(row.values));
    expect(results.map((r) => r.phase)).toEqual(rows.map((row) => row.phase));
    expect(new Set(results.map((r) => r.phase))).toEqual(new Set(PHASES));
    const covers = results.map((r) => r.cover ?? Number.NaN);
    expect(covers.some((c) => c <= DEFAULT_SETTINGS.airFreightDays)).toBe(true);
    expect(covers.some((c) => c > 20 && c <= DEFAULT_SETTINGS.alertDays)).toBe(true);
    expect(covers.some((c) => c > DEFAULT_SETTINGS.overstockDays)).toBe(true);
    expect(results.some((r) => (r.gap ?? 0) > 0)).toBe(true);
    expect(results.some((r) => r.reorder > 0)).toBe(true);
    expect(rows.every((row) => String(row.values.sku).startsWith('EXAMPLE-'))).toBe(true);
  });

  it('leaves computed cells blank in the example rows, for the array formulas to fill', () => {
    const plan = planTemplate('en', DEFAULT_SETTINGS);
    REPLENISHMENT_COLUMNS.forEach((column, i) => {
      if (column.kind !== 'computed') return;
      for (const row of plan.examples) expect(row[i], column.key).toBe('');
    });
    // Without a Sales-history sheet, no DEMAND_STATS: every other computed column has its formula.
    expect(plan.formulas).toHaveLength(13);
    expect(planTemplate('en', DEFAULT_SETTINGS, "'Sales history'!A2:D").formulas).toHaveLength(14);
    expect(plan.examples.every((row) => row.length === REPLENISHMENT_COLUMNS.length)).toBe(true);
  });

  it('fills every placeholder of the notes and messages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const plan = planTemplate(locale, DEFAULT_SETTINGS);
      for (const note of plan.notes) expect(note).not.toMatch(/\{\w+\}/);
      for (const row of plan.examples)
        for (const cell of row) expect(String(cell)).not.toMatch(/\{\w+\}/);
    }
  });
});
