// The settings dialog in headless Chromium: filled from the saved settings, refusing bad input
// with the server's messages shown as text, saving through the same endpoint Apps Script runs.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSettingsDialog } from '../../../src/addon/settings/settings-dialog';
import { savePlaybookSettings } from '../../../src/addon/settings/settings-endpoints';
import { SETTINGS_PROPERTY } from '../../../src/addon/settings/settings-store';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { createFakeWorld, type FakeWorld } from '../../fakes/fake-services';
import { browserAvailable, launchBrowser, outputPath } from '../../support/browser';

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
  const page = await browser.newPage();
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
    expect(await page.textContent('legend')).toBe('可售天数颜色');

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
