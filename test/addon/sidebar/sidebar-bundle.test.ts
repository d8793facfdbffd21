import { describe, expect, it } from 'vitest';
import { PLAYBOOK_LOG_SHEET } from '../../../src/addon/playbook-log/playbook-log';
import { loadBundleOver } from '../../support/load-bundle';
import { MUG_TICK, SHEET, sidebarWorld } from './sidebar-world';

describe('the sidebar endpoints as Apps Script globals in dist/Code.js', () => {
  it('answers getSidebarState and setChecklistItem through the built globals', () => {
    const world = sidebarWorld();
    const bundle = loadBundleOver(world);
    expect(bundle.globals()).toEqual(
      expect.arrayContaining(['getSidebarState', 'setChecklistItem']),
    );
    const state = JSON.parse(JSON.stringify(bundle.call('getSidebarState')));
    expect(state).toMatchObject({ sku: 'MUG-BLUE', plan: { phase: 'PRE_STOCKOUT' }, ticks: {} });
    const result = JSON.parse(JSON.stringify(bundle.call('setChecklistItem', MUG_TICK)));
    expect(result.ticks.R12.done).toBe(true);
    expect(world.spreadsheet.sheetNames()).toContain(PLAYBOOK_LOG_SHEET);
    expect(bundle.touched).toEqual([]);
  });

  it('refuses a bad payload from the browser', () => {
    const world = sidebarWorld();
    const bundle = loadBundleOver(world);
    expect(() => bundle.call('setChecklistItem', { sku: 'MUG-BLUE' })).toThrow(
      /sheet must be a text/,
    );
    expect(world.spreadsheet.sheetNames()).toEqual([SHEET]);
  });
});
