// The built sidebar in Chromium over the fake spreadsheet: one self-contained page showing the
// selected SKU's phase, figures, chart and checklist, saving ticks, as text, in both languages.

import { expect, it } from 'vitest';
import { PLAYBOOK_LOG_SHEET } from '../../../src/addon/playbook-log/playbook-log';
import {
  HEALTHY_TO_ORDER,
  NOW,
  OUT,
  PRE,
  RECOVERING,
  RECOVERING_GAP,
  SHEET,
  sidebarWorld,
} from '../../addon/sidebar/sidebar-world';
import { describeInChromium, outputPath } from '../../support/browser';
import { sidebarInChromium } from './sidebar-page';

describeInChromium('the sidebar page in Chromium', () => {
  const sidebar = sidebarInChromium();

  it('is one self-contained page: no external script, style, font or image', () => {
    expect(sidebar.html).toMatch(/^<!doctype html>/i);
    expect(sidebar.html).not.toMatch(
      /<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?https?:/i,
    );
    expect(sidebar.html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(sidebar.html.match(/<script>/g)).toHaveLength(1);
  });

  it('shows the phase, the key figures, the chart and the checklist of the selected SKU', async () => {
    const world = sidebarWorld();
    const { page, calls } = await sidebar.open(world, () => NOW);
    await page.locator('.badge').waitFor();
    expect(await page.locator('h1').textContent()).toBe('MUG-BLUE');
    expect(await page.locator('.badge').textContent()).toBe('Before stockout');
    expect(await page.locator('.figures').textContent()).toMatch(/Stockout gap\s*12\s*days/);
    expect(await page.locator('.chart-svg rect.gap').count()).toBe(1);
    expect(await page.locator('.chart-svg line.arrival').count()).toBe(1);
    const areas = await page.locator('.area h2 > span:first-child').allTextContents();
    expect(areas).toEqual(['Stock & logistics', 'Price', 'Ads', 'Keywords']);
    expect(await page.locator('[data-rule="R15"] .text').textContent()).toBe(
      'Raise the price to 20.99–21.99',
    );
    expect(await page.locator('[data-rule="R18"] .text').textContent()).toBe(
      'Cut the daily ad budget to 30.00–35.00',
    );
    // Cautions are read, not ticked.
    expect(await page.locator('.item.warning[data-rule="R21"] input').count()).toBe(0);
    expect(await page.locator('label.item input[type=checkbox]').count()).toBe(8);
    expect(calls).toEqual(['getSidebarState']);
  });

  it('saves a tick and shows it again after a reload', async () => {
    const world = sidebarWorld();
    const { page } = await sidebar.open(world, () => NOW);
    const box = page.locator('label[data-rule="R12"] input');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await page.locator('label[data-rule="R12"] .meta', { hasText: 'Done' }).waitFor();
    const log = world.spreadsheet.sheet(PLAYBOOK_LOG_SHEET).valuesUncounted();
    expect(log.slice(1).map((row) => row.slice(2))).toEqual([
      ['MUG-BLUE', 'PRE_STOCKOUT', 'R12', 'done', ''],
    ]);
    await page.reload();
    await page.locator('label[data-rule="R12"] input').waitFor();
    expect(await page.locator('label[data-rule="R12"] input').isChecked()).toBe(true);
    expect(await page.locator('.progress-text').textContent()).toBe('1 of 8 done');
  });

  it('shows a refused tick as unticked, with the reason', async () => {
    const world = sidebarWorld();
    const { page } = await sidebar.open(world, () => NOW);
    await page.locator('label[data-rule="R19"] input').waitFor();
    const other = world.lock.holdDocumentLockElsewhere();
    await page.locator('label[data-rule="R19"] input').click();
    await page.locator('.notice.error').waitFor();
    expect(await page.locator('.notice.error').textContent()).toMatch(/Someone else is saving/);
    expect(await page.locator('label[data-rule="R19"] input').isChecked()).toBe(false);
    other.release();
  });

  it('follows the selected row: on refresh, and by itself within a few seconds', async () => {
    const world = sidebarWorld();
    const { page } = await sidebar.open(world, () => NOW);
    await page.locator('.badge').waitFor();
    world.spreadsheet.select('C3');
    await page.locator('#refresh').click();
    await page.locator('.badge', { hasText: 'Out of stock' }).waitFor();
    expect(await page.locator('[data-rule="R24"] .text').textContent()).toBe(
      'Send 150 units by air or express now',
    );
    world.spreadsheet.select('A4');
    await page.locator('.badge', { hasText: 'Recovery' }).waitFor({ timeout: 8000 });
    expect(await page.locator('[data-rule="R34"] .steps li').allTextContents()).toEqual([
      '30% off: 13.99',
      '15% off: 16.99',
      'Full price: 19.99',
    ]);
  });

  it('shows cell text as text, never as HTML', async () => {
    const sku = '<img src=x onerror=alert(1)>';
    const product = '<script>alert(2)</script><b>bold</b>';
    const world = sidebarWorld({ rows: [{ ...PRE, sku, product }, OUT, RECOVERING] });
    const { page, dialogs } = await sidebar.open(world, () => NOW);
    await page.locator('.badge').waitFor();
    expect(await page.locator('h1').textContent()).toBe(sku);
    expect(await page.locator('.product').textContent()).toBe(product);
    expect(await page.locator('img, b, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    // A cell the plan cannot read is named in an error, still as text.
    world.spreadsheet.sheet(SHEET).seed([['<i>lots</i>']], 2, 4);
    await page.locator('#refresh').click();
    await page.locator('.notice.error').waitFor();
    expect(await page.locator('.notice.error').textContent()).toContain("'<i>lots</i>'");
    expect(await page.locator('i:not(.legend i)').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
  });

  it('speaks Simplified Chinese to a Chinese user', async () => {
    const world = sidebarWorld();
    const { page } = await sidebar.open(world, () => NOW);
    await page.locator('.badge', { hasText: 'Before stockout' }).waitFor();
    world.session.locale = 'zh_CN';
    await page.locator('#refresh').click();
    await page.locator('.badge', { hasText: '断货前' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const areas = await page.locator('.area h2 > span:first-child').allTextContents();
    expect(areas).toEqual(['库存与物流', '价格', '广告', '关键词']);
    expect(await page.locator('[data-rule="R15"] .text').textContent()).toBe(
      '将售价提高到 20.99–21.99',
    );
    expect(await page.locator('.figures .label').allTextContents()).toEqual([
      '总可售天数',
      '预计断货',
      '建议补货',
    ]);
  });

  it('puts the order first with its sums, and protects a recovering SKU heading for a new gap', async () => {
    const knife = { sku: 'KT-KNF-8', fbaStock: 180, inbound: 0, dailySales: 12, casePack: 24 };
    const world = sidebarWorld({ rows: [knife, RECOVERING_GAP, HEALTHY_TO_ORDER] });
    const { page } = await sidebar.open(world, () => NOW);
    await page.locator('.badge', { hasText: 'Before stockout' }).waitFor();
    const first = page.locator('.item').first();
    expect(await first.getAttribute('data-rule')).toBe('R6');
    expect(await first.locator('.text').textContent()).toBe(
      'Order 792 units now: 552 by air, 240 by sea',
    );
    expect(await first.locator('.steps li').first().textContent()).toBe(
      '12/day × (60 cycle + 7 review + 14 safety) days − 180 on hand − 0 inbound = 792 → 792 (cartons of 24)',
    );
    // The key figures show the same sums.
    expect(await page.locator('[data-sum="reorder"] .sum-text').textContent()).toBe(
      await first.locator('.steps li').first().textContent(),
    );
    expect(await page.locator('[data-sum="cover"] .sum-text').textContent()).toBe(
      '(180 on hand + 0 inbound) ÷ 12/day = 15 days',
    );

    world.spreadsheet.select('A3');
    await page.locator('#refresh').click();
    await page.locator('.badge.gap-ahead').waitFor();
    expect(await page.locator('.badge').allTextContents()).toEqual(['Recovery', 'New gap ahead']);
    expect(await page.locator('.notice.gap-ahead').textContent()).toMatch(
      /^Heading for a new stockout: stock and inbound last 25 days, 35 days short/,
    );
    expect(await page.locator('.item').first().getAttribute('data-rule')).toBe('R6');
    for (const rule of ['R34', 'R35', 'R36', 'R37', 'R38', 'R43']) {
      expect(await page.locator(`.item[data-rule="${rule}"]`).count(), rule).toBe(0);
    }
    expect(await page.locator('[data-rule="R18"] .text').textContent()).toBe(
      'Cut the daily ad budget to 30.00–35.00',
    );
    expect(await page.locator('.item[data-rule="R41"]').count()).toBe(1);
    // Ticking a before-stockout item on a recovering SKU is saved in its cycle.
    await page.locator('label[data-rule="R12"] input').check();
    await page.locator('label[data-rule="R12"] .meta', { hasText: 'Done' }).waitFor();
    const log = world.spreadsheet.sheet(PLAYBOOK_LOG_SHEET).valuesUncounted();
    expect(log.slice(1).map((row) => row.slice(2))).toEqual([
      ['MUG-BLACK', 'RECOVERY', 'R12', 'done', '2026-11-21'],
    ]);

    world.spreadsheet.select('A4');
    await page.locator('#refresh').click();
    await page.locator('.badge', { hasText: 'Healthy' }).waitFor();
    expect(await page.locator('.notice.calm').textContent()).toBe(
      'No stockout ahead: this week’s order is all there is to do.',
    );
    expect(await page.locator('[data-rule="R6"] .text').textContent()).toBe(
      'Order 5 units now, by sea',
    );
    await page.locator('label[data-rule="R6"] input').check();
    await page.locator('label[data-rule="R6"] .meta', { hasText: 'Done' }).waitFor();
  });

  it('saves a screenshot of the sidebar', async () => {
    // Runs out on day 15, the inbound lands on day 25; 40 days of cover: order now, part by air.
    const knife = {
      sku: 'KT-KNF-8',
      product: 'Chef knife, 8 inch',
      fbaStock: 180,
      inbound: 300,
      daysToArrival: 25,
      dailySales: 12,
      casePack: 24,
      price: 34.99,
      dailyAdBudget: 40,
    };
    const world = sidebarWorld({ rows: [knife] });
    world.session.email = 'ann@example.com';
    const { page } = await sidebar.open(world, () => NOW);
    expect(await page.locator('[data-rule="R6"] .text').textContent()).toBe(
      'Order 504 units now: 240 by air, 264 by sea',
    );
    await page.locator('label[data-rule="R12"] input').check();
    await page.locator('label[data-rule="R12"] .meta', { hasText: 'Done' }).waitFor();
    await page.locator('label[data-rule="R24"] input').check();
    await page.locator('label[data-rule="R24"] .meta', { hasText: 'Done' }).waitFor();
    const path = outputPath('sidebar.png');
    await page.screenshot({ path, fullPage: true });
    // The page fits the sidebar: nothing wider than its 300 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
  });
});
