// The sidebar's numbers follow the seller's saved settings: each plan number, end to end.

import { describe, expect, it } from 'vitest';
import { savePlaybookSettings } from '../../../src/addon/settings/settings-endpoints';
import type { SidebarState } from '../../../src/addon/sidebar/sidebar-api';
import { getSidebarState } from '../../../src/addon/sidebar/sidebar-endpoints';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { shownSettings } from '../../../src/core/settings/shown-units';
import { NOW, sidebarWorld } from '../sidebar/sidebar-world';

const item = (state: SidebarState, rule: string) => state.plan?.items.find((i) => i.rule === rule);

/** The form as the dialog sends it, every value as text, with some settings changed. */
function typed(overrides: Record<string, unknown>) {
  return { ...JSON.parse(JSON.stringify(shownSettings(DEFAULT_SETTINGS))), ...overrides };
}

/** The sidebar for the row selected in a sidebar world, after saving settings through the dialog. */
function sidebarAfterSaving(select: string, overrides: Record<string, unknown> = {}) {
  const world = sidebarWorld();
  if (Object.keys(overrides).length > 0) {
    const saved = savePlaybookSettings(world.services, typed(overrides));
    if (!saved.ok) throw new Error(JSON.stringify(saved.problems));
  }
  world.spreadsheet.select(select);
  return getSidebarState(world.services, NOW);
}

describe('saved settings in the sidebar', () => {
  // Row 2 (A2): PRE_STOCKOUT, price 19.99, daily budget 50, a 12-day gap.
  it('cuts the budget by the saved 20–25% instead of 30–40%', () => {
    expect(item(sidebarAfterSaving('A2'), 'R18')?.values).toMatchObject({
      cutLow: { value: 0.3 },
      low: { value: 30 },
      high: { value: 35 },
    });
    const state = sidebarAfterSaving('A2', { budgetCut: ['20', '25'] });
    expect(item(state, 'R18')?.values).toMatchObject({
      cutLow: { unit: 'percent', value: 0.2 },
      cutHigh: { unit: 'percent', value: 0.25 },
      low: { unit: 'money', value: 37.5 },
      high: { unit: 'money', value: 40 },
    });
  });

  it('raises the price, caps it and cuts bids by the saved percents', () => {
    const state = sidebarAfterSaving('A2', {
      priceRaise: ['4', '12'],
      maxSingleRaise: '8',
      conversionDrop: ['15', '25'],
      bidCut: ['20', '25'],
    });
    // 19.99 + 4% = 20.79; the 12% end is capped at 8% (R13): 21.59.
    expect(item(state, 'R15')?.values).toMatchObject({
      raiseLow: { value: 0.04 },
      raiseHigh: { value: 0.08 },
      dropLow: { value: 0.15 },
      low: { value: 20.79 },
      high: { value: 21.59 },
    });
    expect(item(state, 'R13')?.values).toMatchObject({
      cap: { value: 0.08 },
      ceiling: { value: 21.59 },
    });
    expect(item(state, 'R20')?.values).toMatchObject({
      low: { value: 0.75 },
      high: { value: 0.8 },
    });
  });

  it('reads the 12-day gap against the saved gap bands', () => {
    const rules = (state: SidebarState) => state.plan?.items.map((i) => i.rule) ?? [];
    expect(rules(sidebarAfterSaving('A2'))).toContain('R15');
    expect(rules(sidebarAfterSaving('A2', { shortGapDays: '14' }))).toContain('R14');
    const long = sidebarAfterSaving('A2', { shortGapDays: '3', longGapDays: '10' });
    expect(rules(long)).toContain('R16');
    expect(rules(long)).not.toContain('R15');
  });

  it('sizes the emergency air shipment with the saved transit days', () => {
    // Row 3 (A3): out of stock, 5 a day, inbound in 40 days.
    const units = (state: SidebarState) => item(state, 'R24')?.values.units?.value;
    expect(units(sidebarAfterSaving('A3'))).toBe(150);
    expect(units(sidebarAfterSaving('A3', { airTransitDays: '4' }))).toBe(180);
  });

  it('builds the recovery ladder and budget from the saved numbers', () => {
    // Row 4 (A4): recovering, price 19.99, daily budget 50.
    const before = sidebarAfterSaving('A4');
    expect(item(before, 'R34')?.steps.map((s) => s.values.discount?.value)).toEqual([0.3, 0.15, 0]);
    const state = sidebarAfterSaving('A4', {
      recoveryDiscount: '24',
      recoveryDiscountRange: ['20', '30'],
      maxDiscount: '40',
      discountSteps: '3',
      recoveryBudget: ['1.5', '3'],
    });
    const ladder = item(state, 'R34');
    expect(ladder?.steps.map((s) => s.values.discount?.value)).toEqual([0.24, 0.16, 0.08, 0]);
    expect(ladder?.steps.map((s) => s.values.price?.value)).toEqual([15.19, 16.79, 18.39, 19.99]);
    expect(ladder?.values).toMatchObject({ max: { value: 0.4 }, bandHigh: { value: 0.3 } });
    expect(item(state, 'R36')?.values).toMatchObject({ low: { value: 75 }, high: { value: 150 } });
  });

  it('keeps a row in recovery for the saved number of days', () => {
    // Row 4 was restocked 5 days ago.
    expect(sidebarAfterSaving('A4').plan?.phase).toBe('RECOVERY');
    expect(sidebarAfterSaving('A4', { recoveryDays: '3' }).plan?.phase).not.toBe('RECOVERY');
  });
});
