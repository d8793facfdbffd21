// Drives the preview page in Chromium: cells by A1 name, their text and colours, the sidebar frame.

import type { Frame, Page } from 'playwright-core';

export function cell(page: Page, a1: string) {
  return page.locator(`.c[data-cell="${a1}"]`);
}

/** The cell's background as #rrggbb (Chromium reports rgb()). */
export async function background(page: Page, a1: string): Promise<string> {
  const rgb = await cell(page, a1).evaluate((node) => getComputedStyle(node).backgroundColor);
  const [r, g, b] = (rgb.match(/\d+/g) ?? []).map(Number);
  return `#${[r, g, b].map((n) => (n ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

/** Types into a cell as a person does: select it, type, Enter. */
export async function typeInto(page: Page, a1: string, text: string): Promise<void> {
  await cell(page, a1).click();
  await page.locator(`.c.anchor[data-cell="${a1}"]`).waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The sidebar's frame, once its page has loaded. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe.panel-frame').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  await frame.waitForLoadState();
  return frame;
}

export async function waitForPage(page: Page): Promise<void> {
  await page.locator('body[data-ready="true"]').waitFor();
}

/** Scrolls the grid so that a column (0-based) comes right after the frozen ones. */
export async function scrollToColumn(page: Page, col: number): Promise<void> {
  await page.evaluate((target) => {
    const heads = [...document.querySelectorAll<HTMLElement>('.grid-colhead .ch')];
    const frozen = heads.filter((head) => head.classList.contains('frozen-col'));
    const start = heads[0]?.offsetLeft ?? 0;
    const frozenWidth = frozen.reduce((sum, head) => sum + head.offsetWidth, 0);
    const grid = document.querySelector<HTMLElement>('.grid');
    if (grid) grid.scrollLeft = (heads[target]?.offsetLeft ?? 0) - start - frozenWidth;
  }, col);
}
