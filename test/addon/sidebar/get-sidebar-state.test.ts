import { describe, expect, it } from 'vitest';
import { storeSettings } from '../../../src/addon/settings/settings-store';
import type { SidebarState } from '../../../src/addon/sidebar/sidebar-api';
import { getSidebarState } from '../../../src/addon/sidebar/sidebar-endpoints';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { NOW, OUT, PRE, RECOVERING, SHEET, sidebarWorld } from './sidebar-world';

/** True when a value survives google.script.run: plain data, no Date, no NaN or Infinity. */
function isJsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonSafe);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as object).every((v) => v === undefined || isJsonSafe(v));
  }
  return false;
}

const item = (state: SidebarState, rule: string) => state.plan?.items.find((i) => i.rule === rule);

describe('getSidebarState', () => {
  it('plans the selected SKU with the sheet’s numbers, as JSON-safe data', () => {
    const world = sidebarWorld();
    world.spreadsheet.select('C2');
    const state = getSidebarState(world.services, NOW);
    expect(state).toMatchObject({
      locale: 'en',
      today: '2026-11-26',
      sheet: SHEET,
      row: 2,
      sku: 'MUG-BLUE',
      product: 'Blue enamel mug',
      ticks: {},
    });
    expect(state.plan?.phase).toBe('PRE_STOCKOUT');
    expect(state.plan?.figures.gapDays).toBe(12);
    expect(item(state, 'R15')?.values).toMatchObject({
      low: { unit: 'money', value: 20.99 },
      high: { unit: 'money', value: 21.99 },
    });
    expect(item(state, 'R18')?.values.low?.value).toBe(30);
    expect(isJsonSafe(state)).toBe(true);
  });

  it('follows the selected row to each phase', () => {
    const world = sidebarWorld();
    const phaseAt = (a1: string) => {
      world.spreadsheet.select(a1);
      return getSidebarState(world.services, NOW).plan?.phase;
    };
    expect(phaseAt('B3')).toBe('OUT_OF_STOCK');
    expect(phaseAt('D4')).toBe('RECOVERY');
    expect(phaseAt('A5')).toBe('HEALTHY');
  });

  it('finds columns by header in any order and in Chinese', () => {
    const world = sidebarWorld({
      columns: ['price', 'dailySales', 'daysToArrival', 'inbound', 'fbaStock', 'sku'],
      headerLocale: 'zh-CN',
      userLocale: 'zh_CN',
    });
    const state = getSidebarState(world.services, NOW);
    expect(state.locale).toBe('zh-CN');
    expect(state.sku).toBe('MUG-BLUE');
    expect(item(state, 'R15')?.values.low?.value).toBe(20.99);
    // No budget column: the budget cut is shown in words with a hint.
    expect(item(state, 'R18')).toMatchObject({ text: 'cutBudgetRule', missing: ['dailyAdBudget'] });
  });

  it('works the days out from the dates when the worked-out columns are absent', () => {
    const world = sidebarWorld({
      columns: ['sku', 'fbaStock', 'dailySales', 'nextArrival', 'lastRestock'],
      rows: [
        { sku: 'A', fbaStock: 100, dailySales: 5, nextArrival: '2026-12-28' },
        { sku: 'B', fbaStock: 100, dailySales: 5, lastRestock: new Date('2026-11-20T00:00:00Z') },
      ],
    });
    const a = getSidebarState(world.services, NOW);
    expect(a.plan?.figures.arrivalDays).toBe(32);
    expect(a.plan?.figures.gapDays).toBe(12);
    world.spreadsheet.select('A3');
    expect(getSidebarState(world.services, NOW).plan?.phase).toBe('RECOVERY');
  });

  it('reads today in the spreadsheet’s time zone', () => {
    const world = sidebarWorld({ timeZone: 'Asia/Shanghai' });
    // 26 Nov 20:00 UTC is already 27 Nov in Shanghai.
    expect(getSidebarState(world.services, new Date('2026-11-26T20:00:00Z')).today).toBe(
      '2026-11-27',
    );
  });

  it('blends daily sales from the sales windows when the sheet has no daily-sales column', () => {
    const world = sidebarWorld({
      columns: ['sku', 'fbaStock', 'units7d', 'units14d', 'units30d'],
      rows: [{ sku: 'A', fbaStock: 100, units7d: 140, units14d: 210, units30d: 450 }],
    });
    const state = getSidebarState(world.services, NOW);
    expect(state.plan?.figures.runOutDays).toBeCloseTo(100 / 17.5);
  });

  it('uses the seller’s saved settings', () => {
    const world = sidebarWorld();
    storeSettings(world.services.properties, world.services.lock, {
      ...DEFAULT_SETTINGS,
      budgetCut: [0.2, 0.3],
    });
    const state = getSidebarState(world.services, NOW);
    expect(item(state, 'R18')?.values).toMatchObject({
      low: { value: 35 },
      high: { value: 40 },
    });
  });

  it('says what to do when there is no plan to show', () => {
    const world = sidebarWorld();
    world.spreadsheet.select('B1');
    expect(getSidebarState(world.services, NOW).notice).toEqual({ key: 'selectRow', params: {} });

    world.spreadsheet.sheet(SHEET).seed([['', 'Blue enamel mug', 5]], 6);
    world.spreadsheet.select('A6');
    expect(getSidebarState(world.services, NOW).notice?.key).toBe('blankSku');

    world.spreadsheet.addSheet('Notes').seed([['Remember'], ['to call the forwarder']]);
    world.spreadsheet.select('A2', 'Notes');
    expect(getSidebarState(world.services, NOW).notice).toEqual({
      key: 'noSkuColumn',
      params: { sheet: 'Notes' },
    });
  });

  it('names the columns a plan cannot do without', () => {
    const world = sidebarWorld({ columns: ['sku', 'price'], rows: [{ sku: 'A', price: 10 }] });
    expect(getSidebarState(world.services, NOW).notice).toEqual({
      key: 'missingColumns',
      params: { columns: 'FBA available, Daily sales' },
    });
  });

  it('names the cell that cannot be read instead of planning on it', () => {
    const world = sidebarWorld({ rows: [{ ...PRE, fbaStock: 'lots' }, OUT] });
    const state = getSidebarState(world.services, NOW);
    expect(state.sku).toBe('MUG-BLUE');
    expect(state.plan).toBeUndefined();
    expect(state.inputError).toEqual({
      key: 'notANumber',
      params: { arg: 'FBA available', value: "'lots'" },
    });
    world.spreadsheet.select('A3');
    expect(getSidebarState(world.services, NOW).plan?.phase).toBe('OUT_OF_STOCK');
  });

  it('reports a SKU with no figures yet', () => {
    const world = sidebarWorld({ rows: [{ sku: 'NEW-1' }] });
    expect(getSidebarState(world.services, NOW).notice).toEqual({
      key: 'noFigures',
      params: { sku: 'NEW-1' },
    });
  });

  it('reads the header and the row in one call near the top, two far down, and the week’s rows in one more, whatever the size', () => {
    const reads = (rowCount: number, selected: number) => {
      const rows = Array.from({ length: rowCount }, (_, i) => ({ ...RECOVERING, sku: `S${i}` }));
      const world = sidebarWorld({ rows });
      world.spreadsheet.select(`A${selected}`);
      world.calls.reset();
      const state = getSidebarState(world.services, NOW);
      expect(state.sku).toBe(`S${selected - 2}`);
      return { getValues: world.calls.count('Range.getValues'), all: world.calls.count() };
    };
    const near = reads(10, 5);
    expect(near.getValues).toBe(2);
    expect(reads(10_000, 5)).toEqual(near);
    const far = reads(10_000, 9_000);
    expect(far.getValues).toBe(3);
    expect(reads(20_000, 19_000)).toEqual(far);
  });
});
