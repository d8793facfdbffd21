// The sample's SKUs whose advice once contradicted itself or the sheet, in the preview in
// Chromium: each now gets one coherent decision, and the colours follow the on-hand cover.

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { RunningPreview } from '../../preview/start-preview';
import { templateColumn } from '../../src/addon/replenishment-sheet/template-plan';
import { SALES_RAISING_RULES } from '../../src/core/plan/rule-book';
import { DEFAULT_COLOURS } from '../../src/core/settings/settings';
import { previewInChromium } from '../support/addon-page';
import { describeInChromium, outputPath } from '../support/browser';
import { background, cell, scrollToColumn, sidebarFrame } from './preview-page';
import { sampleCell } from './sample-cells';

describeInChromium('the sample’s decisions in the preview', () => {
  let preview: RunningPreview;
  let page: Page;
  previewInChromium((opened) => ({ preview, page } = opened));

  /** Selects the SKU's row and waits for the sidebar to show it; gives the sidebar's frame. */
  async function open(sku: string) {
    await scrollToColumn(page, 0);
    await cell(page, sampleCell(sku, 'sku')).click();
    const frame = await sidebarFrame(page);
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: 8000 }).toBe(sku);
    return frame;
  }

  const rules = async (frame: Awaited<ReturnType<typeof open>>) =>
    frame
      .locator('li.item[data-rule], .item[data-rule]')
      .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.rule ?? ''));

  it('HM-LNB-WH, recovering with a new gap ahead: order now, no discount, no budget raise', async () => {
    const frame = await open('HM-LNB-WH');
    expect(await frame.locator('.badge[data-phase]').textContent()).toBe('Recovery');
    expect(await frame.locator('.badge.gap-ahead').textContent()).toBe('New gap ahead');
    const shown = await rules(frame);
    expect(shown[0]).toBe('R6');
    expect(shown.filter((rule) => SALES_RAISING_RULES.has(rule as never))).toEqual([]);
    // The recovery items that do not push sales still show (R32, R33).
    expect(shown).toContain('R32');
    expect(await frame.locator('.notice.gap-ahead').textContent()).toMatch(/new stockout/);
  });

  it('KT-KNF-8: the first item orders the reorder quantity, its sum written out', async () => {
    const frame = await open('KT-KNF-8');
    const qty = await cell(page, sampleCell('KT-KNF-8', 'reorderQty')).textContent();
    const first = frame.locator('.item[data-rule]').first();
    expect(await first.getAttribute('data-rule')).toBe('R6');
    expect(await first.locator('.text').textContent()).toMatch(new RegExp(`^Order ${qty} units`));
    expect(await frame.locator('.sum-line[data-sum="reorder"] .sum-text').textContent()).toMatch(
      new RegExp(
        `^6/day × \\(60 cycle \\+ 7 review \\+ 14 safety\\) days − 84 on hand − 0 inbound = 402 → ${qty} \\(cartons of 12\\)$`,
      ),
    );
  });

  it('HM-RUG-23, healthy with a reorder quantity: the order is the thing to do', async () => {
    const frame = await open('HM-RUG-23');
    expect(await frame.locator('.badge[data-phase]').textContent()).toBe('Healthy');
    const first = frame.locator('.item[data-rule]').first();
    expect(await first.getAttribute('data-rule')).toBe('R6');
    expect(await first.locator('.text').textContent()).toMatch(/^Order 70 units now, by sea$/);
  });

  it('OD-CUP-4, out of stock with inbound: coloured out of stock, never slow-moving', async () => {
    const frame = await open('OD-CUP-4');
    expect(await frame.locator('.badge[data-phase]').textContent()).toBe('Out of stock');
    await scrollToColumn(page, templateColumn('onHandCover') - 2);
    const onHand = sampleCell('OD-CUP-4', 'onHandCover');
    await expect.poll(() => background(page, onHand)).toBe(DEFAULT_COLOURS.phases.OUT_OF_STOCK);
    // Not the slow-moving grey-blue, nor the 75-day alert red a seller would read as "order".
    expect(await background(page, onHand)).not.toBe(DEFAULT_COLOURS.overstock);
    expect(await background(page, onHand)).not.toBe(DEFAULT_COLOURS.alert);
    // The legend is there without hovering.
    expect(await frame.locator('.cover-legend').isVisible()).toBe(true);
    const swatches = await frame
      .locator('.legend-band .swatch')
      .evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).backgroundColor));
    // One colour per band, told apart at a glance.
    expect(swatches).toHaveLength(5);
    expect(new Set(swatches).size).toBe(5);
    await page.screenshot({ path: outputPath('preview-out-of-stock.png') });
  });
});
