// The settings dialog in headless Chromium: filled from the saved settings, refusing bad input
// with the server's messages shown as text, saving through the same endpoint Apps Script runs.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSettingsDialog } from '../../../src/addon/settings/settings-dialog';
import { savePlaybookSettings } from '../../../src/addon/settings/settings-endpoints';
import { SETTINGS_PROPERTY } from '../../../src/addon/settings/settings-store';
import { getSidebarState } from '../../../src/addon/sidebar/sidebar-endpoints';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { createFakeWorld, type FakeWorld } from '../../fakes/fake-services';
import { browserAvailable, launchBrowser, outputPath } from '../../support/browser';
import { NOW, sidebarWorld } from '../sidebar/sidebar-world';

/** Every input path a settings object needs: `alertDays`, `salesWeights.0`, `colours.alert`… */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) =>
    leafPaths(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

const run = browserAvailable() ? describe : describe.skip;

let browser: Browser;

beforeAll(async () => {
  if (browserAvailable()) browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** google.script.run and google.script.host as the dialog uses them, backed by window.__save. */
const STUB_GOOGLE_SCRIPT = `
  window.__closed = false;
  function runner(ok, fail) {
    return {
      withSuccessHandler: function (f) { return runner(f, fail); },
      withFailureHandler: function (f) { return runner(ok, f); },
      savePlaybookSettings: function (input) { window.__save(input).then(ok, fail); },
    };
  }
  window.google = { script: { run: runner(), host: { close: function () { window.__closed = true; } } } };
`;

/**
 * Opens the dialog with google.script.run wired to savePlaybookSettings over a fake world;
 * the page may not reach the network.
 */
async function openDialog(
  world: FakeWorld,
  html: string,
): Promise<{ page: Page; closed: () => Promise<boolean> }> {
  // The size Settings opens the dialog at.
  const page = await browser.newPage({ viewport: { width: 520, height: 640 } });
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.route('**/*', (route) =>
    route.request().url().startsWith('data:') ? route.continue() : route.abort(),
  );
  await page.exposeFunction('__save', (input: unknown) =>
    savePlaybookSettings(world.services, input),
  );
  // The stub goes first in <head>, before the dialog's own script runs.
  await page.setContent(html.replace('<head>', `<head><script>${STUB_GOOGLE_SCRIPT}</script>`));
  return {
    page,
    closed: () => page.evaluate(() => (window as unknown as { __closed: boolean }).__closed),
  };
}

run('settings dialog (browser)', () => {
  it('shows the saved settings and refuses bad input with messages as text', async () => {
    const world = createFakeWorld();
    const saved = { ...DEFAULT_SETTINGS, alertDays: 70 };
    savePlaybookSettings(world.services, saved);
    const before = world.properties.document.peek(SETTINGS_PROPERTY);
    const html = renderSettingsDialog({
      locale: 'en',
      settings: saved,
      defaults: DEFAULT_SETTINGS,
    });
    const { page, closed } = await openDialog(world, html);

    expect(await page.inputValue('[data-path="alertDays"]')).toBe('70');
    expect(await page.inputValue('[data-path="colours.phases.RECOVERY"]')).toBe('#c9daf8');
    expect(await page.inputValue('[data-path="salesWeights.2"]')).toBe('0.2');

    await page.fill('[data-path="airFreightDays"]', '<b>80</b>');
    await page.fill('[data-path="salesWeights.0"]', '0');
    await page.fill('[data-path="salesWeights.1"]', '0');
    await page.fill('[data-path="salesWeights.2"]', '0');
    await page.click('#save');
    await page.waitForSelector('#problems li');

    const problems = await page.locator('#problems li').allTextContents();
    expect(problems).toEqual([
      "Air-freight alert (days of cover) must be a number, got '<b>80</b>'",
      'Sales weights (7 / 14 / 30 days) must add up to more than 0',
    ]);
    expect(await page.locator('#problems b').count()).toBe(0);
    expect(await page.textContent('#error-airFreightDays')).toContain('must be a number');
    expect(await page.getAttribute('[data-path="airFreightDays"]', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('[data-path="salesWeights.1"]', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#status')).toBe('Nothing was saved. Fix the marked fields:');
    await page.screenshot({ path: outputPath('settings-dialog-problems.png'), fullPage: true });
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBe(before);
    expect(await closed()).toBe(false);
    await page.close();
  });

  it('saves good input and closes; the defaults button refills the form', async () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const html = renderSettingsDialog({
      locale: 'zh-CN',
      settings: DEFAULT_SETTINGS,
      defaults: DEFAULT_SETTINGS,
    });
    const { page, closed } = await openDialog(world, html);
    expect(await page.textContent('legend')).toBe('颜色与预警线');

    await page.fill('[data-path="alertDays"]', '99');
    await page.click('#reset');
    expect(await page.inputValue('[data-path="alertDays"]')).toBe('75');

    await page.fill('[data-path="alertDays"]', '60');
    await page.fill('[data-path="budgetCutPercent.1"]', '45');
    await page.click('#save');
    await page.waitForFunction(() => (window as unknown as { __closed: boolean }).__closed);
    expect(await closed()).toBe(true);
    const stored = JSON.parse(world.properties.document.peek(SETTINGS_PROPERTY) ?? '{}');
    expect(stored.settings.alertDays).toBe(60);
    expect(stored.settings.budgetCutPercent).toEqual([30, 45]);
    await page.close();
  });

  it('has an input for every saved setting, in five sections, ranges as two numbers', async () => {
    const world = createFakeWorld();
    const html = renderSettingsDialog({
      locale: 'en',
      settings: DEFAULT_SETTINGS,
      defaults: DEFAULT_SETTINGS,
    });
    const { page } = await openDialog(world, html);
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
    expect([await value('priceRaisePercent.0'), await value('priceRaisePercent.1')]).toEqual([
      '5',
      '10',
    ]);
    expect(await value('shortGapDays')).toBe('7');
    expect(await value('longGapDays')).toBe('30');
    expect(await value('maxSingleRaisePercent')).toBe('10');
    expect(await value('bidCutPercent.1')).toBe('10');
    expect(await value('recoveryDiscountRangePercent.1')).toBe('35');
    expect(await value('maxDiscountPercent')).toBe('50');
    expect(await value('discountSteps')).toBe('2');
    expect(await value('recoveryBudgetMultiple.1')).toBe('2');
    const inRecovery = await page
      .locator('#section-recovery [data-path]')
      .evaluateAll((inputs) => inputs.map((i) => i.getAttribute('data-path')));
    expect(inRecovery).toContain('recoveryDiscountPercent');
    await page.screenshot({ path: outputPath('settings-dialog.png'), fullPage: true });
    await page.close();
  });

  it('saves the plan numbers, and the sidebar works them out with the saved ones', async () => {
    const world = sidebarWorld();
    const html = renderSettingsDialog({
      locale: 'en',
      settings: DEFAULT_SETTINGS,
      defaults: DEFAULT_SETTINGS,
    });
    const { page } = await openDialog(world, html);
    await page.fill('[data-path="budgetCutPercent.0"]', '20');
    await page.fill('[data-path="budgetCutPercent.1"]', '25');
    await page.fill('[data-path="bidCutPercent.0"]', '12');
    await page.fill('[data-path="bidCutPercent.1"]', '15');
    await page.fill('[data-path="priceRaisePercent.1"]', '8');
    await page.click('#save');
    await page.waitForFunction(() => (window as unknown as { __closed: boolean }).__closed);
    const stored = JSON.parse(world.properties.document.peek(SETTINGS_PROPERTY) ?? '{}');
    expect(stored.settings).toMatchObject({
      budgetCutPercent: [20, 25],
      bidCutPercent: [12, 15],
      priceRaisePercent: [5, 8],
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
    const html = renderSettingsDialog({
      locale: 'zh-CN',
      settings: DEFAULT_SETTINGS,
      defaults: DEFAULT_SETTINGS,
    });
    const { page, closed } = await openDialog(world, html);
    await page.fill('[data-path="maxDiscountPercent"]', '60');
    await page.fill('[data-path="bidCutPercent.0"]', '10');
    await page.fill('[data-path="bidCutPercent.1"]', '5');
    await page.fill('[data-path="discountSteps"]', '2.5');
    await page.click('#save');
    await page.waitForSelector('#problems li');
    expect(await page.locator('#problems li').allTextContents()).toEqual([
      '断货前核心关键词竞价降幅（%） 应先写较小的数，当前为 10–5',
      '任何折扣都低于（%） 不能超过 50：任何折扣都不能达到原价的一半或更多，当前为 60',
      '回到原价的步数 必须是整数，当前为 2.5',
    ]);
    expect(await page.getAttribute('[data-path="bidCutPercent.1"]', 'aria-invalid')).toBe('true');
    expect(await page.textContent('#error-maxDiscountPercent')).toContain('不能超过 50');
    await page.screenshot({ path: outputPath('settings-dialog-zh-problems.png'), fullPage: true });
    expect(world.properties.document.peek(SETTINGS_PROPERTY)).toBe(before);
    expect(await closed()).toBe(false);
    await page.close();
  });

  it('shows a stored value that looks like markup as text in its input', async () => {
    const world = createFakeWorld();
    const hostile = '</script><img src=x onerror="window.__xss=1">';
    const html = renderSettingsDialog({
      locale: 'en',
      settings: { ...DEFAULT_SETTINGS, shortGapDays: hostile as unknown as number },
      defaults: DEFAULT_SETTINGS,
    });
    const { page } = await openDialog(world, html);
    expect(await page.inputValue('[data-path="shortGapDays"]')).toBe(hostile);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(
      undefined,
    );
    await page.close();
  });

  it('loads nothing from the network', () => {
    const html = renderSettingsDialog({
      locale: 'en',
      settings: DEFAULT_SETTINGS,
      defaults: DEFAULT_SETTINGS,
    });
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link\b/i);
  });
});
