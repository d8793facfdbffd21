// End to end: `npm start`'s page in headless Chromium, the add-on running on the sample sheet.

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { FIFTEEN_DAYS_SKU, HEALTHY_SKU, SIXTY_DAYS_SKU } from '../../preview/sample/sample-skus';
import type { RunningPreview } from '../../preview/start-preview';
import { templateColumn } from '../../src/addon/replenishment-sheet/template-plan';
import { DEFAULT_COLOURS } from '../../src/core/settings/settings';
import { previewInChromium } from '../support/addon-page';
import { describeInChromium, outputPath } from '../support/browser';
import {
  background,
  cell,
  scrollToColumn,
  sidebarFrame,
  typeInto,
  waitForPage,
} from './preview-page';
import { sampleCell } from './sample-cells';

describeInChromium('the local preview in Chromium', () => {
  let preview: RunningPreview;
  let page: Page;
  previewInChromium((opened) => ({ preview, page } = opened));

  it('loads the sample sheet with every computed column worked out', async () => {
    expect(preview.server.port).toBeGreaterThan(0);
    await expect.poll(() => cell(page, 'A2').textContent()).toBe(FIFTEEN_DAYS_SKU);
    expect(await cell(page, 'A31').textContent()).not.toBe('');
    expect(await cell(page, sampleCell(FIFTEEN_DAYS_SKU, 'dailySales')).textContent()).toBe(
      '12.00',
    );
    // 12.0/day × (60 + 7 review + 14) days − 180 on hand = 792, cartons of 24.
    expect(await cell(page, sampleCell(FIFTEEN_DAYS_SKU, 'reorderQty')).textContent()).toBe('792');
    expect(await cell(page, sampleCell(FIFTEEN_DAYS_SKU, 'phase')).textContent()).toBe(
      'PRE_STOCKOUT',
    );
    const phases = await page
      .locator(
        `.sheet td[data-x="${(await cell(page, sampleCell(FIFTEEN_DAYS_SKU, 'phase')).getAttribute('data-x')) ?? ''}"]`,
      )
      .allTextContents();
    for (const phase of ['PRE_STOCKOUT', 'OUT_OF_STOCK', 'RECOVERY', 'HEALTHY']) {
      expect(phases).toContain(phase);
    }
    await page.screenshot({ path: outputPath('preview-sample.png') });
  });

  it('colours the 15-days-of-cover row yellow and the 60-days row red', async () => {
    const fifteen = sampleCell(FIFTEEN_DAYS_SKU, 'onHandCover');
    const sixty = sampleCell(SIXTY_DAYS_SKU, 'onHandCover');
    expect(await cell(page, fifteen).textContent()).toBe('15.0');
    expect(await cell(page, sixty).textContent()).toBe('60.0');
    expect(await background(page, fifteen)).toBe(DEFAULT_COLOURS.airFreight);
    expect(await background(page, sixty)).toBe(DEFAULT_COLOURS.alert);
  });

  it('turns a SKU OUT_OF_STOCK, and its colour, when its stock is edited to 0', async () => {
    const phase = sampleCell(HEALTHY_SKU, 'phase');
    expect(await cell(page, phase).textContent()).toBe('HEALTHY');
    expect(await background(page, phase)).toBe(DEFAULT_COLOURS.phases.HEALTHY);
    await typeInto(page, sampleCell(HEALTHY_SKU, 'fbaStock'), '0');
    await expect
      .poll(() => cell(page, phase).textContent(), { timeout: 15_000 })
      .toBe('OUT_OF_STOCK');
    expect(await background(page, phase)).toBe(DEFAULT_COLOURS.phases.OUT_OF_STOCK);
    expect(await cell(page, sampleCell(HEALTHY_SKU, 'fbaStock')).textContent()).toBe('0');
    await page.screenshot({ path: outputPath('preview-edited.png') });
  });

  it('shows the selected row’s SKU in the sidebar', async () => {
    const frame = await sidebarFrame(page);
    await cell(page, sampleCell(SIXTY_DAYS_SKU, 'sku')).click();
    await expect
      .poll(() => frame.locator('h1').textContent(), { timeout: 8000 })
      .toBe(SIXTY_DAYS_SKU);
    expect(await frame.locator('.badge').textContent()).toBe('Before stockout');
    await page.screenshot({ path: outputPath('preview-sidebar.png') });
    // The README's picture: the worked-out columns and their colours beside the sidebar.
    await scrollToColumn(page, templateColumn('dailySales') - 1);
    await page.waitForTimeout(100);
    await page.screenshot({ path: outputPath('preview.png') });
    await scrollToColumn(page, 0);
  });

  it('keeps a tick in the sidebar after the page is reloaded', async () => {
    let frame = await sidebarFrame(page);
    const box = frame.locator('label[data-rule="R12"] input');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await box.check();
    // Saved when the log sheet the tick is written to appears among the sheets.
    await expect
      .poll(() => page.locator('.tab').allTextContents())
      .toEqual(expect.arrayContaining(['Playbook log']));
    await page.reload();
    await waitForPage(page);
    frame = await sidebarFrame(page);
    await expect
      .poll(() => frame.locator('h1').textContent(), { timeout: 8000 })
      .toBe(SIXTY_DAYS_SKU);
    await expect.poll(() => frame.locator('label[data-rule="R12"] input').isChecked()).toBe(true);
  });

  it('shows a formula’s bad input in its cell while the other rows compute', async () => {
    // Column Z is free: the template ends at Y.
    await typeInto(page, 'Z2', '=COVER_DAYS({100;"abc";60}, 5)');
    await expect
      .poll(() => cell(page, 'Z3').textContent())
      .toContain("FBA available must be a number, got 'abc'");
    expect(await cell(page, 'Z2').textContent()).toBe('20');
    expect(await cell(page, 'Z4').textContent()).toBe('12');
    await typeInto(page, 'Z6', '=COVER_DAYS(-5, 3)');
    await expect.poll(() => cell(page, 'Z6').textContent()).toBe('#ERROR!');
    expect(await cell(page, 'Z6').getAttribute('title')).toContain(
      'FBA available cannot be negative, got -5',
    );
    await cell(page, 'Z6').click();
    await expect
      .poll(() => page.locator('.error-line').textContent())
      .toContain('FBA available cannot be negative');
    expect(await cell(page, sampleCell(SIXTY_DAYS_SKU, 'coverDays')).textContent()).toBe('60.0');
    await page.screenshot({ path: outputPath('preview-bad-input.png') });
  });

  it('speaks Chinese after the language switch, menu and sidebar included', async () => {
    await page.locator('button.lang[data-locale="zh-CN"]').click();
    await expect.poll(() => page.locator('#menu-extensions').textContent()).toBe('扩展程序');
    await page.locator('#menu-extensions').click();
    expect(await page.locator('.menu-item[data-fn="refreshColourRules"]').textContent()).toMatch(
      /[\u4e00-\u9fff]/,
    );
    await page.keyboard.press('Escape');
    const frame = await sidebarFrame(page);
    await expect
      .poll(() => frame.locator('html').getAttribute('lang'), { timeout: 8000 })
      .toBe('zh-CN');
    await page.screenshot({ path: outputPath('preview-zh.png') });
  });
});
