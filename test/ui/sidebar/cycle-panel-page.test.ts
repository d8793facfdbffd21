// R1, R2, R4, R8, R9, R11 in Chromium: the sidebar of a row of the inserted template shows every
// part of the order cycle, the safety days, the sum behind the reorder quantity, the
// low-inventory fee line under the floor, and the colour legend without hovering.

import { expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { NOW } from '../../addon/sidebar/sidebar-world';
import { insertReplenishmentSheet } from '../../addon/support/insert-replenishment-sheet';
import { describeInChromium, outputPath } from '../../support/browser';
import { sidebarInChromium } from './sidebar-page';

describeInChromium('the sidebar’s cycle and legend in Chromium', () => {
  const sidebar = sidebarInChromium();

  async function openRow(a1: string, locale = 'en') {
    const world = createFakeWorld({ userLocale: locale });
    const { name } = insertReplenishmentSheet(world.services);
    world.spreadsheet.select(a1, name);
    const opened = await sidebar.open(world, () => NOW);
    await opened.page.locator('.cycle').waitFor();
    return opened.page;
  }

  it('writes out the cycle by air, the safety days and the reorder arithmetic of EXAMPLE-AIR', async () => {
    const page = await openRow('A2');
    const line = (part: string) => page.locator(`.cycle-line[data-part="${part}"]`).textContent();
    expect(await line('cycle')).toBe('Cycle: production 20 + air 10 + review 7 = 37 days');
    expect(await line('safety')).toBe('Safety: 14 days (default)');
    expect(await line('basis')).toBe('Daily sales 10/day from the 7/14/30-day blend');
    // The reorder quantity's sum, once, under the key figures: the cycle's legs less the review
    // period, then the review period, as the sheet's Order cycle column adds them.
    const sum = page.locator('.sum-line[data-sum="reorder"] .sum-text');
    expect(await sum.textContent()).toBe(
      '10/day × (30 cycle + 7 review + 14 safety) days − 150 on hand − 0 inbound = 360 → 360 (cartons of 20)',
    );
    expect(await page.locator('.cycle-line[data-part="arithmetic"]').count()).toBe(0);
    // The key figure agrees with the arithmetic.
    expect(await page.locator('.figures').textContent()).toMatch(/Reorder qty\s*360/);
    // 15 days on hand is under the 28-day floor: the fee in one line.
    expect(await line('feeFloor')).toMatch(/^On-hand cover 15 days is under 28: Amazon charges/);
    const bands = await page.locator('.legend-band').allTextContents();
    expect(bands).toEqual([
      '0 days: out of stock',
      '≤ 20 days on hand: consider air freight',
      '≤ 75 days on hand: order by sea now',
      '> 180 days on hand: slow-moving',
      'Flag: under 28 days on hand, low-inventory fee',
    ]);
    expect(await page.locator('.cover-legend').isVisible()).toBe(true);
    const swatch = page.locator('.legend-band[data-band="airFreight"] .swatch');
    expect(await swatch.evaluate((node) => getComputedStyle(node).backgroundColor)).toBe(
      'rgb(255, 229, 153)',
    );
    await page.screenshot({ path: outputPath('sidebar-cycle.png') });
  });

  it('adds the review period to a typed cycle, keeps typed safety days, and says nothing of the fee above the floor', async () => {
    const page = await openRow('A5'); // EXAMPLE-RECOVERY: typed 45-day cycle, 21 safety days
    const line = (part: string) => page.locator(`.cycle-line[data-part="${part}"]`).textContent();
    expect(await line('cycle')).toBe('Cycle: typed cycle 45 + review 7 = 52 days');
    expect(await line('safety')).toBe('Safety: 21 days (typed on the row)');
    expect(await page.locator('.sum-line[data-sum="reorder"] .sum-text').textContent()).toBe(
      '12/day × (45 cycle + 7 review + 21 safety) days − 500 on hand − 0 inbound = 376 → 384 (cartons of 12)',
    );
    expect(await page.locator('.cycle-line[data-part="feeFloor"]').count()).toBe(0);
  });

  it('speaks Chinese to a Chinese user', async () => {
    const page = await openRow('A3', 'zh_CN'); // EXAMPLE-SEA by sea
    expect(await page.locator('.cycle-line[data-part="cycle"]').textContent()).toBe(
      '下单周期：生产 20 + 海运 33 + 入仓 7 + 检查周期 7 = 67 天',
    );
    expect(await page.locator('.legend-title').textContent()).toBe('颜色说明');
  });
});
