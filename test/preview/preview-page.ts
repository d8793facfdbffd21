// Drives the preview page in Chromium: cells by A1 name, their text and colours, the sidebar frame.

import type { Frame, Page } from 'playwright-core';

export function cell(page: Page, a1: string) {
  return page.locator(`.sheet td[data-cell="${a1}"]`);
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
  await page.locator(`.sheet td.highlight-selected[data-cell="${a1}"]`).waitFor();
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

/** Scrolls the grid so that a column (0-based) comes right after the frozen SKU column. */
export async function scrollToColumn(page: Page, col: number): Promise<void> {
  await page.evaluate((target) => {
    const heads = [...document.querySelectorAll<HTMLElement>('.sheet thead td')];
    // heads[0] is the row numbers' corner, heads[1] the frozen first column.
    const frozenRight = (heads[1]?.offsetLeft ?? 0) + (heads[1]?.offsetWidth ?? 0);
    const content = document.querySelector<HTMLElement>('.sheet .jss_content');
    if (content) content.scrollLeft = (heads[target + 1]?.offsetLeft ?? 0) - frozenRight;
  }, col);
}

/** The A1 name of the selected cell, as the name box shows it. */
export async function selectedName(page: Page): Promise<string> {
  return (await page.locator('.cell-name').textContent()) ?? '';
}

/** The selection as the grid holds it: [x1, y1, x2, y2], 0-based. */
export async function selectionBox(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const box = [...document.querySelectorAll<HTMLElement>('.sheet td.highlight')].map((td) => [
      Number(td.dataset.x),
      Number(td.dataset.y),
    ]);
    const xs = box.map(([x]) => x as number);
    const ys = box.map(([, y]) => y as number);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  });
}
