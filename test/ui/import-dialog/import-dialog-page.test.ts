// The import dialog in headless Chromium, as built into dist/ImportDialog.html, its
// google.script.run answered by the add-on's own importAmazonReport and undoLastImport over an
// in-memory spreadsheet: paste, pick a file, see the summary, undo; English and Chinese.

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { FakeWorld } from '../../../fakes/fake-services';
import { buildPage } from '../../../scripts/build-page.mjs';
import { LOCALE_MARKER } from '../../../src/addon/import/import-dialog';
import { importAmazonReport } from '../../../src/addon/import/import-report';
import { undoLastImport } from '../../../src/addon/import/undo-import';
import { NOW, skuValue, templateWorld } from '../../addon/import/import-world';
import { headerOf, LAYOUT_FILES, reportText } from '../../core/import/amazon-reports';
import { chromiumWithHtml, describeInChromium, outputPath } from '../../support/browser';

const chromium = chromiumWithHtml(() => buildPage('ImportDialog', { target: 'chrome120' }));

const STUB_GOOGLE_SCRIPT = `
  window.__closed = false;
  function runner(ok, fail) {
    return {
      withSuccessHandler: function (f) { return runner(f, fail); },
      withFailureHandler: function (f) { return runner(ok, f); },
      importAmazonReport: function (request) { window.__import(request).then(ok, fail); },
      undoLastImport: function () { window.__undo().then(ok, fail); },
    };
  }
  window.google = { script: { run: runner(), host: { close: function () { window.__closed = true; } } } };
`;

async function openDialog(world: FakeWorld, locale: 'en' | 'zh-CN'): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: { width: 600, height: 560 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.route('**/*', (route) =>
    route.request().url().startsWith('data:') ? route.continue() : route.abort(),
  );
  await page.exposeFunction('__import', (request: unknown) =>
    importAmazonReport(world.services, request, NOW),
  );
  await page.exposeFunction('__undo', () => undoLastImport(world.services, NOW));
  const served = chromium.html
    .replace(LOCALE_MARKER, `data-locale="${locale}"`)
    .replace('<head>', `<head><script>${STUB_GOOGLE_SCRIPT}</script>`);
  await page.setContent(served);
  return page;
}

const restock = (sku: string, available: number | string) =>
  reportText(headerOf(LAYOUT_FILES.restock), [
    { 'Merchant SKU': sku, Available: available, Inbound: 5, 'Units Sold Last 30 Days': 40 },
  ]);

describeInChromium('import dialog (browser)', () => {
  it('imports pasted text, shows the summary with skipped lines as text, and undoes it', async () => {
    const { world, sheet } = templateWorld();
    const page = await openDialog(world, 'en');
    const text = reportText(headerOf(LAYOUT_FILES.restock), [
      { 'Merchant SKU': 'MUG-1', Available: 120, Inbound: 5 },
      { 'Merchant SKU': 'CUP-2', Available: '<b>lots</b>' },
    ]);
    await page.fill('#report-text', text);
    await page.click('#import');
    await page.waitForSelector('#summary-message');
    expect(await page.textContent('#summary-message')).toBe(
      'Restock Inventory: 2 lines read. In “Replenishment”: 0 SKUs updated, 1 added, 6 not in this report (kept and marked), 0 unchanged.',
    );
    const details = await page.locator('#summary-details li').allTextContents();
    expect(details).toContain("line 3: Available '<b>lots</b>' is not a number");
    expect(await page.locator('#summary-details b').count()).toBe(0);
    expect(skuValue(sheet, 'MUG-1', 'fbaStock')).toBe(120);
    await page.screenshot({ path: outputPath('import-dialog-summary.png'), fullPage: true });

    await page.click('#undo');
    await page.waitForFunction(() =>
      document.querySelector('#summary-message')?.textContent?.startsWith('Undid'),
    );
    expect(skuValue(sheet, 'MUG-1', 'fbaStock')).toBeUndefined();
    await page.click('#close');
    expect(await page.evaluate(() => (window as unknown as { __closed: boolean }).__closed)).toBe(
      true,
    );
    await page.close();
  });

  it('reads a picked file in the browser, in Chinese, and refuses an unknown report', async () => {
    const { world, sheet } = templateWorld('zh_CN');
    const page = await openDialog(world, 'zh-CN');
    expect(await page.textContent('#import')).toBe('导入');
    await page.setInputFiles('#report-file', {
      name: 'Restock_Report.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`\uFEFF${restock('TEA-9', 33)}`, 'utf8'),
    });
    expect(await page.textContent('#file-name')).toContain('Restock_Report.txt');
    await page.click('#import');
    await page.waitForSelector('#summary-message');
    expect(await page.textContent('#summary-message')).toMatch(/^补货库存报告：读取 1 行。/);
    expect(skuValue(sheet, 'TEA-9', 'fbaStock')).toBe(33);
    await page.screenshot({ path: outputPath('import-dialog-zh.png'), fullPage: true });

    await page.setInputFiles('#report-file', {
      name: 'other.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Order,Total\n1,2\n'),
    });
    await page.click('#import');
    await page.waitForSelector('.summary.refused');
    expect(await page.textContent('#summary-message')).toContain('无法识别此报告');
    await page.close();
  });

  it('asks for a report when nothing was pasted or picked', async () => {
    const { world } = templateWorld();
    const page = await openDialog(world, 'en');
    await page.click('#import');
    await page.waitForSelector('#summary-message');
    expect(await page.textContent('#summary-message')).toBe(
      'Paste a report or choose a file first.',
    );
    expect(world.calls.count('Range.setValues')).toBe(0);
    await page.close();
  });
});
