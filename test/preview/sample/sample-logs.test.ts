// The preview's sample: shipments and keyword ranks inserted by the add-on's own menu actions and
// filled with logs that match the sample SKUs — the sheet reads as before, now from the shipments.

import { describe, expect, it } from 'vitest';
import { loadSample } from '../../../preview/sample/load-sample';
import { SAMPLE_SHIPMENTS } from '../../../preview/sample/sample-logs';
import { SAMPLE_SKUS } from '../../../preview/sample/sample-skus';
import { LiveWorkbook } from '../../../preview/workbook/live-workbook';
import { templateColumn } from '../../../src/addon/replenishment-sheet/template-plan';
import type { getSidebarState } from '../../../src/addon/sidebar/sidebar-endpoints';
import { sampleRow } from '../sample-cells';

const TODAY = new Date(2026, 10, 26);

function sample() {
  const live = new LiveWorkbook({ userLocale: 'en', today: TODAY });
  const name = loadSample(live, TODAY, 'en');
  return { live, name, spreadsheet: live.world.spreadsheet };
}

describe('the sample’s shipments and keyword ranks', () => {
  it('adds both sheets and keeps the replenishment sheet active', () => {
    const { spreadsheet, name } = sample();
    expect(spreadsheet.sheetNames()).toEqual([name, 'Shipments', 'Keyword ranks']);
    expect(spreadsheet.activeSheetUncounted().nameUncounted()).toBe(name);
  });

  it('gives every SKU the same inbound and next arrival as before, from the shipments', () => {
    const { live, spreadsheet, name } = sample();
    const sheet = spreadsheet.sheet(name);
    const linked = new Set(SAMPLE_SHIPMENTS.map((s) => s.sku));
    SAMPLE_SKUS.forEach((sku, i) => {
      const row = i + 2;
      const inbound = live.valueAt(sheet, row, templateColumn('inbound'));
      const arrival = live.valueAt(sheet, row, templateColumn('nextArrival'));
      expect(inbound, sku.sku).toBe(sku.inbound);
      if (sku.arrivalInDays === undefined) expect(arrival, sku.sku).toBe('');
      else {
        const expected = new Date(2026, 10, 26 + sku.arrivalInDays);
        expect((arrival as Date).getTime(), sku.sku).toBe(expected.getTime());
      }
      const formula = sheet.cell(`E${row}`).formula;
      if (linked.has(sku.sku)) expect(formula, sku.sku).toMatch(/SUMIFS\('Shipments'!/);
      else expect(formula, sku.sku).toBe('');
    });
  });

  it('flags the late, delayed, lost and short shipments', () => {
    const { live, spreadsheet } = sample();
    const sheet = spreadsheet.sheet('Shipments');
    const flags = new Map<string, unknown>();
    SAMPLE_SHIPMENTS.forEach((shipment, i) => {
      flags.set(shipment.id, live.valueAt(sheet, i + 2, 9));
    });
    expect(flags.get('FBA17J9LNB0')).toBe('⚠ Short by 12');
    expect(flags.get('FBA17K6CUP0')).toBe('⚠ Lost');
    expect(flags.get('FBA17J7WBL5')).toBe('⚠ ETA passed ⚠ Delayed');
    expect(flags.get('FBA17K4LNB1')).toBe('⚠ Delayed');
    expect(flags.get('FBA17K2SPT1')).toBe('');
  });

  it('feeds the sidebar: a recovering SKU’s keywords to win back', () => {
    const { live, spreadsheet, name } = sample();
    const row = sampleRow('HM-LNB-WH');
    spreadsheet.select(`A${row}`, name);
    const state = live.callGlobal('getSidebarState').value as ReturnType<typeof getSidebarState>;
    expect(state.plan?.phase).toBe('RECOVERY');
    expect(state.keywords?.phase).toBe('RECOVERY');
    const sprint = state.keywords?.phase === 'RECOVERY' ? state.keywords.sprint : [];
    expect(sprint.map((k) => [k.keyword, k.target, k.done])).toEqual([
      ['linen pillow cover 18x18', 4, true],
      ['throw pillow cover', 9, false],
    ]);
  });
});
