// The settings dialog (dist/Settings.html) in headless Chromium: rendered from the schema, filled
// from the saved settings through getPlaybookSettings, refusing bad input with the server's
// messages shown as text beside each setting, saving through the same endpoint Apps Script runs.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFakeWorld, type FakeWorld } from '../../../fakes/fake-services';
import { SETTINGS_PROPERTY, storeSettings } from '../../../src/addon/platform/settings-store';
import type { SettingsEndpoints } from '../../../src/addon/settings/settings-api';
import {
  savePlaybookSettings,
  settingsEndpoints,
} from '../../../src/addon/settings/settings-endpoints';
import { getSidebarState } from '../../../src/addon/sidebar/sidebar-endpoints';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { NOW, sidebarWorld } from '../../addon/sidebar/sidebar-world';
import { type AddonPage, builtPage, openAddonPage } from '../../support/addon-page';
import { chromiumWithHtml, describeInChromium, outputPath } from '../../support/browser';

/** Every input path a settings object needs: `alertDays`, `salesWeights.0`, `colours.alert`… */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    leafPaths(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** The built dialog for every test; Chromium for those that open it. */
const chromium = chromiumWithHtml(() => builtPage('Settings'));

/**
 * The dialog at the size Settings opens it, its endpoints the real ones over the world (or
 * stand-ins for some of them); the page may not reach the network. Resolves once the form shows.
 */
async function openDialog(
  world: FakeWorld,
  overrides: Partial<SettingsEndpoints> = {},
): Promise<AddonPage> {
  const opened = await openAddonPage(chromium.browser, chromium.html, {
    url: 'https://settings.test/',
    viewport: { width: 520, height: 640 },
    endpoints: { ...settingsEndpoints(world.services), ...overrides },
  });
  opened.page.on('pageerror', (error) => {
    throw error;
  });
  await opened.page.waitForSelector('#settings-form');
  return opened;
}

/** Types each value into its setting's input, by path, then presses Save. */
async function saveWith(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [path, value] of Object.entries(values)) {
    await page.fill(`[data-path="${path}"]`, value);
  }
  await page.click('#save');
}

describeInChromium('settings dialog (browser)', () => {
  it('shows the saved settings and refuses bad input with messages as text', async () => {
    const world = createFakeWorld();
    storeSettings(world.properties, world.lock, { ...DEFAULT_SETTINGS, alertDays: 70 });
    const before = world.properties.document.peek(SETTINGS_PROPERTY);
    const { page, closed, calls } = await openDialog(world);
    expect(calls).toEqual(['getPlaybookSettings']);

    expect(await page.inputValue('[data-path="alertDays"]')).toBe('70');
    expect(await page.inputValue('[data-path="colours.phases.RECOVERY"]')).toBe('#c9daf8');
    expect(await page.inputValue('[data-path="salesWeights.2"]')).toBe('0.2');

    await saveWith(page, {
      airFreightDays: '<b>80</b>',
      'salesWeights.0': '0',
      'salesWeights.1': '0',
      'salesWeights.2': '0',
    });
    await page.waitForSelector('#problems li');

    const problems = await page.locator('#problems li').allTextContents();
    expect(problems).toEqual([
      "Air-freight alert (days of cover) must be a number, got '<b>80</b>'",
      'Sales weights (7 / 14 / 30 days) must add up to more than 0',
    ]);
    expect(await page.locator('#problems b').count()).toBe(0);
    expect(await page.textContent('#error-airFreightDays')).toContain('must be a number');
    expect(await page.textContent('[id="error-salesWeights"]')).toContain('add up to');
    expect(await page.getAttribute('[data-path="airFreightDays"]', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('[data-path="salesWeights.1"]', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('[data-path="alertDays"]', 'aria-invalid')).toBe(null);
    expect(await page.textContent('#status')).toBe('Nothing was saved. Fix the marked fields:');
    await page.screenshot({ path: outputPath('settings-dialog-problems.png'), fullPage: true });
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBe(before);
    expect(await closed()).toBe(false);
    expect(calls).toEqual(['getPlaybookSettings', 'savePlaybookSettings']);
    await page.close();
  });

  it('saves good input and closes; the defaults button refills the form', async () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const { page, closed } = await openDialog(world);
    expect(await page.textContent('legend')).toBe('颜色与预警线');

    await page.fill('[data-path="alertDays"]', '99');
    await page.click('#reset');
    expect(await page.inputValue('[data-path="alertDays"]')).toBe('75');

    await saveWith(page, { alertDays: '60', 'budgetCut.1': '45' });
    await page.waitForFunction(() => (window as unknown as { __closed: boolean }).__closed);
    expect(await closed()).toBe(true);
    const stored = JSON.parse(world.properties.document.peek(SETTINGS_PROPERTY) ?? '{}');
    expect(stored.settings.alertDays).toBe(60);
    // Typed as 30–45 percent, saved as the plan's shares.
    expect(stored.settings.budgetCut).toEqual([0.3, 0.45]);
    await page.close();
  });

  it('has an input for every saved setting, in five sections, ranges as two numbers', async () => {
    const { page } = await openDialog(createFakeWorld());
    expect(await page.locator('legend').allTextContents()).toEqual([
      'Colours & thresholds',
      'Replenishment',
      'Price',
      'Ads',
      'Recovery',
    ]);
    const paths = await page
      .locator('[data-path]')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('data-path')));
    expect([...paths].sort()).toEqual(leafPaths(DEFAULT_SETTINGS).sort());
    expect(new Set(paths).size).toBe(paths.length);

    const value = (path: string) => page.inputValue(`[data-path="${path}"]`);
    expect([await value('priceRaise.0'), await value('priceRaise.1')]).toEqual(['5', '10']);
    expect(await value('shortGapDays')).toBe('7');
    expect(await value('longGapDays')).toBe('30');
    expect(await value('maxSingleRaise')).toBe('10');
    expect(await value('bidCut.1')).toBe('10');
    expect(await value('recoveryDiscountRange.1')).toBe('35');
    expect(await value('maxDiscount')).toBe('50');
    expect(await value('discountSteps')).toBe('2');
    expect(await value('recoveryBudget.1')).toBe('2');
    const inRecovery = await page
      .locator('#section-recovery [data-path]')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('data-path')));
    expect(inRecovery).toContain('recoveryDiscount');
    // Each input has its label; hints and bounds come from the schema, in the dialog's units.
    expect(await page.textContent('label[for="f-airTransitDays"]')).toBe(
      'Air / express transit (days)',
    );
    const airTransit = page.locator('.field', { has: page.locator('#f-airTransitDays') });
    expect(await airTransit.locator('.hint').textContent()).toBe(
      'From sending an emergency air or express shipment to units sellable in FBA; decides how many units it must carry. · Allowed: 0 to 3650',
    );
    const budget = page.locator('.field', { has: page.locator('[id="f-budgetCut.0"]') });
    expect(await budget.locator('.hint').textContent()).toBe('Allowed: 0 to under 100');
    const steps = page.locator('.field', { has: page.locator('#f-discountSteps') });
    expect(await steps.locator('.hint').textContent()).toBe('Allowed: above 0 to 5, whole numbers');
    await page.screenshot({ path: outputPath('settings-dialog.png'), fullPage: true });
    await page.close();
  });

  it('saves the plan numbers, and the sidebar works them out with the saved ones', async () => {
    const world = sidebarWorld();
    const { page } = await openDialog(world);
    await saveWith(page, {
      'budgetCut.0': '20',
      'budgetCut.1': '25',
      'bidCut.0': '12',
      'bidCut.1': '15',
      'priceRaise.1': '8',
    });
    await page.waitForFunction(() => (window as unknown as { __closed: boolean }).__closed);
    const stored = JSON.parse(world.properties.document.peek(SETTINGS_PROPERTY) ?? '{}');
    expect(stored.settings).toMatchObject({
      budgetCut: [0.2, 0.25],
      bidCut: [0.12, 0.15],
      priceRaise: [0.05, 0.08],
    });

    const state = getSidebarState(world.services, NOW);
    const item = (rule: string) => state.plan?.items.find((i) => i.rule === rule);
    // Budget 50 cut by 20–25% → 37.50–40.00; price 19.99 raised 5–8% → 20.99–21.59.
    expect(item('R18')?.values).toMatchObject({ low: { value: 37.5 }, high: { value: 40 } });
    expect(item('R20')?.values).toMatchObject({ low: { value: 0.85 }, high: { value: 0.88 } });
    expect(item('R15')?.values).toMatchObject({ low: { value: 20.99 }, high: { value: 21.59 } });
    await page.close();
  });

  it('refuses a discount of 50% or more and reversed ranges, saving nothing', async () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const before = world.properties.document.peek(SETTINGS_PROPERTY);
    const { page, closed } = await openDialog(world);
    await saveWith(page, {
      maxDiscount: '60',
      'bidCut.0': '10',
      'bidCut.1': '5',
      discountSteps: '2.5',
    });
    await page.waitForSelector('#problems li');
    expect(await page.locator('#problems li').allTextContents()).toEqual([
      '断货前核心关键词竞价降幅（%） 应先写较小的数，当前为 10–5',
      '任何折扣都低于（%） 不能超过 50：任何折扣都不能达到原价的一半或更多，当前为 60',
      '回到原价的步数 必须是整数，当前为 2.5',
    ]);
    expect(await page.getAttribute('[data-path="bidCut.1"]', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#error-maxDiscount')).toContain('不能超过 50');
    await page.screenshot({ path: outputPath('settings-dialog-zh-problems.png'), fullPage: true });
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBe(before);
    expect(await closed()).toBe(false);
    await page.close();
  });

  it('shows a stored value that looks like markup as text in its input', async () => {
    const world = createFakeWorld();
    const hostile = '</script><img src=x onerror="window.__xss=1">';
    const { page } = await openDialog(world, {
      getPlaybookSettings: () => ({
        locale: 'en',
        settings: { ...DEFAULT_SETTINGS, shortGapDays: hostile as unknown as number },
        defaults: DEFAULT_SETTINGS,
      }),
    });
    expect(await page.inputValue('[data-path="shortGapDays"]')).toBe(hostile);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(
      undefined,
    );
    await page.close();
  });

  it('says when the saved settings could not be used, and when the server fails', async () => {
    const world = createFakeWorld();
    world.properties.document.setProperty(SETTINGS_PROPERTY, 'not json');
    const { page } = await openDialog(world, {
      savePlaybookSettings: () => {
        throw new Error('Service Spreadsheets timed out');
      },
    });
    expect(await page.textContent('.notice')).toContain('could not be read');
    expect(await page.inputValue('[data-path="alertDays"]')).toBe('75');
    await page.click('#save');
    await page.waitForFunction(() =>
      document.getElementById('status')?.textContent?.includes('timed out'),
    );
    expect(await page.textContent('#status')).toBe(
      'Nothing was saved: Service Spreadsheets timed out',
    );
    expect(await page.isDisabled('#save')).toBe(false);
    await page.close();
  });

  it('cancels without saving', async () => {
    const world = createFakeWorld();
    const { page, closed, calls } = await openDialog(world);
    await page.fill('[data-path="alertDays"]', '50');
    await page.click('#cancel');
    expect(await closed()).toBe(true);
    expect(calls).toEqual(['getPlaybookSettings']);
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBeUndefined();
    await page.close();
  });
});

describe('settings dialog page (built)', () => {
  it('loads nothing from the network', () => {
    expect(chromium.html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(chromium.html).not.toMatch(/<script[^>]+src=/i);
    expect(chromium.html).not.toMatch(/<link\b/i);
  });

  it('saves nothing the server has not checked: the page sends the form as typed', () => {
    expect(savePlaybookSettings(createFakeWorld().services, { alertDays: '1e999' }).ok).toBe(false);
  });
});
