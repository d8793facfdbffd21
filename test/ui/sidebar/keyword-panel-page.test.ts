// The keyword panel in the built sidebar, in Chromium: a RECOVERY SKU lists its fallen keywords
// with their targets, done marks and the competitors that took their places.

import { expect, it } from 'vitest';
import { MUG_RANKS } from '../../addon/keyword-ranks/mug-ranks';
import { NOW, sidebarWorld } from '../../addon/sidebar/sidebar-world';
import { describeInChromium, outputPath } from '../../support/browser';
import { sidebarInChromium } from './sidebar-page';

describeInChromium('the keyword panel in the sidebar', () => {
  const sidebar = sidebarInChromium();

  it('lists a RECOVERY SKU’s fallen keywords with their targets', async () => {
    const world = sidebarWorld();
    world.spreadsheet.addSheet('Keyword ranks').seed(MUG_RANKS);
    world.spreadsheet.select('A4');
    const { page } = await sidebar.open(world, () => NOW);
    await page.locator('.keywords[data-phase="RECOVERY"]').waitFor();
    expect(await page.locator('.keywords h2').textContent()).toMatch(/Keywords to win back/);
    const names = await page.locator('.keywords .kw-name').allTextContents();
    expect(names).toEqual(['enamel mug', 'camping mug']);
    const targets = await page.locator('.keywords .kw-target').allTextContents();
    expect(targets).toEqual(['target #6', 'target #12']);
    expect(await page.locator('.kw[data-keyword="enamel mug"] .kw-figures').textContent()).toBe(
      'now #20 · worst #150',
    );
    expect(await page.locator('.kw[data-keyword="enamel mug"] .kw-taken').textContent()).toBe(
      'Took our place: B0TAKER (#19)',
    );
    expect(await page.locator('.kw.done .kw-name').allTextContents()).toEqual(['camping mug']);
    await page
      .locator('.keywords')
      .screenshot({ path: outputPath('sidebar-keywords-recovery.png') });
  });

  it('shows keywords and ASINs as text, never as HTML, and speaks Chinese', async () => {
    const world = sidebarWorld({ userLocale: 'zh_CN' });
    const rows = MUG_RANKS.map((row) =>
      row[2] === 'enamel mug'
        ? [...row.slice(0, 2), '<img src=x onerror=alert(1)>', ...row.slice(3)]
        : row,
    );
    world.spreadsheet.addSheet('Keyword ranks').seed(rows);
    world.spreadsheet.select('A4');
    const { page, dialogs } = await sidebar.open(world, () => NOW);
    await page.locator('.keywords[data-phase="RECOVERY"]').waitFor();
    expect(await page.locator('.keywords .kw-name').first().textContent()).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(await page.locator('.keywords img').count()).toBe(0);
    expect(await page.locator('.keywords h2').textContent()).toMatch(/需要夺回的关键词/);
    expect(await page.locator('.keywords .kw-target').first().textContent()).toBe('目标 #6');
    expect(dialogs).toEqual([]);
  });

  it('reminds to log today’s ranks before the stockout, with the last day logged', async () => {
    const world = sidebarWorld();
    world.spreadsheet.addSheet('Keyword ranks').seed(MUG_RANKS);
    const { page } = await sidebar.open(world, () => NOW);
    await page.locator('.keywords[data-phase="PRE_STOCKOUT"]').waitFor();
    expect(await page.locator('.keywords .kw-reminder').textContent()).toMatch(/Log today's ranks/);
    expect(await page.locator('.keywords .kw-last').textContent()).toBe(
      'Last logged 2026-11-24 (2 days ago).',
    );
  });
});
