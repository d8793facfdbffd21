// importAmazonReport({ text, fileName }) and undoLastImport() as Apps Script globals of the built
// dist/Code.js, called by name over the in-memory spreadsheet.

import { describe, expect, it } from 'vitest';
import { headerOf, LAYOUT_FILES, reportText } from '../../core/import/amazon-reports';
import { loadBundle } from '../../support/load-bundle';
import { skuValue, templateWorld } from './import-world';

function bundleOver(world: ReturnType<typeof templateWorld>['world']) {
  return loadBundle('dist/Code.js', {
    SpreadsheetApp: world.spreadsheetApp,
    Session: world.session,
    PropertiesService: world.properties,
    LockService: world.lock,
  });
}

describe('the import globals in dist/Code.js', () => {
  it('imports a Restock report by name, returns the summary, and undoes it', () => {
    const { world, sheet } = templateWorld();
    const bundle = bundleOver(world);
    expect(bundle.globals()).toEqual(
      expect.arrayContaining(['importAmazonReport', 'undoLastImport', 'showImportDialog']),
    );
    const text = reportText(headerOf(LAYOUT_FILES.restock), [
      { 'Merchant SKU': 'MUG-1', Available: '1,200', Inbound: 40, 'Units Sold Last 30 Days': 90 },
    ]);
    const summary = JSON.parse(
      JSON.stringify(bundle.call('importAmazonReport', { text, fileName: 'restock.txt' })),
    );
    expect(summary).toMatchObject({
      ok: true,
      reportType: 'restock',
      rowsRead: 1,
      added: 1,
      updated: 0,
      notListed: 6,
      skipped: [],
    });
    expect(skuValue(sheet, 'MUG-1', 'fbaStock')).toBe(1200);
    expect(skuValue(sheet, 'MUG-1', 'inbound')).toBe(40);
    const undo = JSON.parse(JSON.stringify(bundle.call('undoLastImport')));
    expect(undo).toMatchObject({ ok: true, kept: 0 });
    expect(skuValue(sheet, 'MUG-1', 'fbaStock')).toBeUndefined();
    expect(bundle.touched).toEqual([]);
  });
});
