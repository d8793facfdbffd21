// R1 in Chromium: under the selected SKU, the sidebar shows the week on its sheet — SKUs per phase
// and per action — as the endpoint counts them, in the user's language.

import { expect, it } from 'vitest';
import { getSidebarState } from '../../../src/addon/sidebar/sidebar-endpoints';
import {
  HEALTHY,
  NOW,
  OUT,
  PRE,
  RECOVERING,
  sidebarWorld,
} from '../../addon/sidebar/sidebar-world';
import { describeInChromium, outputPath } from '../../support/browser';
import { sidebarInChromium } from './sidebar-page';

/** The four mugs, each row's Phase cell as the sheet's formula writes it. */
function weekWorld(userLocale = 'en') {
  return sidebarWorld({
    userLocale,
    rows: [
      { ...PRE, phase: 'PRE_STOCKOUT' },
      { ...OUT, phase: 'OUT_OF_STOCK' },
      { ...RECOVERING, phase: 'RECOVERY' },
      { ...HEALTHY, phase: 'HEALTHY' },
    ],
  });
}

describeInChromium('the sidebar’s week in Chromium', () => {
  const sidebar = sidebarInChromium();

  it('counts the sheet’s SKUs per phase and the week’s actions', async () => {
    const world = weekWorld();
    // Both mugs with a gap before their inbound get air; the recovering one's sea order is due.
    expect(getSidebarState(world.services, NOW).week?.actions).toMatchObject({
      sendAir: 2,
      orderSea: 1,
      overstock: 0,
    });
    const { page } = await sidebar.open(world, () => NOW);
    await page.locator('#week').waitFor();
    expect(await page.locator('.week-title').textContent()).toBe('This week on this sheet');
    expect(await page.locator('.week-phase').allTextContents()).toEqual([
      '1 Before stockout',
      '1 Out of stock',
      '1 Recovery',
      '1 Healthy',
    ]);
    expect(await page.locator('.week-action').allTextContents()).toEqual([
      '1 Order by sea this week',
      '2 Send air now',
    ]);
    await page.locator('#week').screenshot({ path: outputPath('sidebar-week.png') });
  });

  it('speaks Chinese to a Chinese user', async () => {
    const { page } = await sidebar.open(weekWorld('zh_CN'), () => NOW);
    await page.locator('#week').waitFor();
    expect(await page.locator('.week-title').textContent()).toBe('本表本周概况');
    expect(await page.locator('.week-action').allTextContents()).toEqual([
      '1 本周下海运订单',
      '2 立即空运',
    ]);
  });
});
