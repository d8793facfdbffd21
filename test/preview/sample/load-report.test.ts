// `npm start -- restock.txt`: an Amazon report file opens in the preview through the add-on's own
// import, onto the add-on's replenishment sheet, so the seller sees their SKUs worked out.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAmazonReport } from '../../../preview/sample/load-report';
import { type RunningPreview, startPreview } from '../../../preview/start-preview';
import { headerOf, LAYOUT_FILES, reportText } from '../../core/import/amazon-reports';

const RESTOCK = reportText(headerOf(LAYOUT_FILES.restock), [
  { 'Merchant SKU': 'MINE-MUG-1', Available: 120, Inbound: 0, 'Units Sold Last 30 Days': 300 },
  {
    'Merchant SKU': 'MINE-BOWL-2',
    Available: '1,500',
    Inbound: 200,
    'Units Sold Last 30 Days': 90,
  },
]);

describe('an Amazon report opened in the preview', () => {
  let preview: RunningPreview;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const path = join(dir, 'restock.txt');
    writeFileSync(path, RESTOCK);
    preview = await startPreview({
      port: 0,
      locale: 'en',
      csvPath: path,
      sidebarHtml: '<!doctype html><title>s</title>',
      today: new Date(2026, 10, 26),
    });
  });

  afterAll(async () => {
    await preview?.close();
  });

  it('is told from a plain CSV by its header', () => {
    expect(isAmazonReport(RESTOCK)).toBe(true);
    expect(isAmazonReport('Item,Qty\nMug,3\n')).toBe(false);
  });

  it('lands in the replenishment sheet through the import, with its columns worked out', () => {
    const state = preview.session.state();
    const grid = preview.session.grid(state.activeSheet, 0, 10);
    const header = grid.rows[0]?.map((cell) => cell.t) ?? [];
    const at = (name: string) => header.indexOf(name);
    expect(at('SKU')).toBeGreaterThanOrEqual(0);
    const rows = grid.rows.filter((row) => row[at('SKU')]?.t.startsWith('MINE-'));
    expect(rows.map((row) => row[at('SKU')]?.t)).toEqual(['MINE-MUG-1', 'MINE-BOWL-2']);
    const bowl = rows[1] ?? [];
    expect(bowl[at('FBA available')]?.t).toBe('1,500');
    // Worked out by the sheet's own formulas from the imported figures: 30-day sales of 90.
    expect(Number(bowl[at('Daily sales')]?.t)).toBeCloseTo(3, 5);
    expect(bowl[at('Phase')]?.t).toMatch(/^(HEALTHY|PRE_STOCKOUT|OUT_OF_STOCK|RECOVERY)$/);
  });
});
