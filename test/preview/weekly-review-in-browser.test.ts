// End to end: `npm start`'s page in headless Chromium — the menu's Weekly review opens a sheet of
// its own listing the sample's urgent SKUs in order, each with its decision, live over the sheet.

import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { RunningPreview } from '../../preview/start-preview';
import { LIST_ROW } from '../../src/addon/weekly-review/review-plan';
import { DEFAULT_SETTINGS } from '../../src/core/settings/settings';
import { coreReview, reviewList } from '../addon/weekly-review/computed-review';
import { previewInChromium } from '../support/addon-page';
import { describeInChromium, outputPath } from '../support/browser';
import { cell, typeInto } from './preview-page';
import { sampleCell } from './sample-cells';

const TODAY = new Date(2026, 10, 26);

/** The list's rows as the page shows them (action, SKU, decision), from its first row on. */
async function shownList(page: Page, rows: number): Promise<string[][]> {
  const out: string[][] = [];
  for (let row = LIST_ROW; row < LIST_ROW + rows; row++) {
    const line: string[] = [];
    for (const column of ['A', 'B', 'C'])
      line.push((await cell(page, `${column}${row}`).textContent()) ?? '');
    out.push(line);
  }
  return out;
}

describeInChromium('the Weekly review in the local preview', () => {
  let preview: RunningPreview;
  let page: Page;
  previewInChromium((opened) => ({ preview, page } = opened), { today: TODAY });

  /** The sample's urgent SKUs as the core lists them from the replenishment rows. */
  function expectedList() {
    const live = preview.session.workbook();
    const rep = live.world.spreadsheet.sheetNames()[0] ?? '';
    const width = live.world.spreadsheet.sheet(rep).sizeUncounted().columns;
    return reviewList(coreReview(live.sync.engine, rep, width, DEFAULT_SETTINGS, 40));
  }

  it('the Weekly review sheet lists the sample’s urgent SKUs in order', async () => {
    await page.locator('#menu-extensions').click();
    await page.locator('.menu-item[data-fn="openWeeklyReview"]').click();
    await expect
      .poll(() => page.locator('.tab[aria-selected="true"]').textContent(), { timeout: 15_000 })
      .toBe('Weekly review');
    await expect
      .poll(() => cell(page, 'A1').textContent(), { timeout: 15_000 })
      .toBe('Weekly review');
    const expected = expectedList();
    expect(expected.length).toBeGreaterThan(10);
    await expect
      .poll(() => cell(page, `B${LIST_ROW}`).textContent(), { timeout: 15_000 })
      .toBe(expected[0]?.[1]);
    const shown = await shownList(page, expected.length + 1);
    expect(shown).toEqual([...expected, ['', '', '']]);
    // The sea orders due come first, the most overdue first; KT-SBM-2P's order flies in part.
    expect(shown.slice(0, 2).map((row) => row[1])).toEqual(['KT-PAN-10', 'HM-RUG-23']);
    expect(shown).toContainEqual([
      'Send air now',
      'KT-SBM-2P',
      'Order 792 units now: 552 by air, 240 by sea',
    ]);
    // The counts above the list.
    expect(await cell(page, 'A10').textContent()).toBe('Order by sea this week');
    expect(await cell(page, 'B10').textContent()).toBe('2');
    await page.screenshot({ path: outputPath('preview-weekly-review.png') });
  });

  it('follows the replenishment sheet live: a SKU restocked leaves the list', async () => {
    const before = expectedList().length;
    await page.locator('.tab', { hasText: 'Replenishment' }).click();
    await expect.poll(() => cell(page, 'A1').textContent()).toBe('SKU');
    // KT-PAN-10's sea order was the most overdue; with 1,000 on hand (115 days) it needs none.
    await typeInto(page, sampleCell('KT-PAN-10', 'fbaStock'), '1000');
    await page.locator('.tab', { hasText: 'Weekly review' }).click();
    await expect
      .poll(() => cell(page, `B${LIST_ROW}`).textContent(), { timeout: 15_000 })
      .toBe('HM-RUG-23');
    // One SKU fewer: the list ends a row earlier, the rest as before.
    const expected = expectedList();
    expect(expected).toHaveLength(before - 1);
    expect(await shownList(page, before)).toEqual([...expected, ['', '', '']]);
    expect(expected.map((row) => row[1])).not.toContain('KT-PAN-10');
  });
});
