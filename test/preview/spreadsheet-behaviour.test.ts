// The preview's grid behaves as a spreadsheet: undo, clipboard, ranges, fill, sort, filter, keys, lists.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIFTEEN_DAYS_SKU, SAMPLE_SKUS } from '../../preview/sample/sample-skus';
import { type RunningPreview, startPreview } from '../../preview/start-preview';
import { kindChoices } from '../../src/addon/keyword-ranks/rank-words';
import { columnLetter } from '../../src/addon/platform/column-letter';
import { templateColumn } from '../../src/addon/replenishment-sheet/template-plan';
import { modeChoices, statusChoices } from '../../src/addon/shipments/shipment-words';
import type { Phase } from '../../src/core/phase';
import { DEFAULT_COLOURS } from '../../src/core/settings/settings';
import { browserAvailable, launchBrowser, outputPath } from '../support/browser';
import { builtSidebar } from '../ui/sidebar/sidebar-page';
import {
  background,
  cell,
  selectedName,
  selectionBox,
  sidebarFrame,
  typeInto,
  waitForPage,
} from './preview-page';
import { sampleCell, sampleRow } from './sample-cells';

type Box = { x: number; y: number; width: number; height: number };

/** Columns a seller types into freely: the notes (text), the product name (text). */
const NOTES = columnLetter(templateColumn('notes'));
const PRODUCT = columnLetter(templateColumn('product'));
/** FBA available and inbound: numbers, side by side. */
const STOCK = columnLetter(templateColumn('fbaStock'));
const INBOUND = columnLetter(templateColumn('inbound'));

const available = browserAvailable();
/** The machines are shared: a round trip to the local server may take a while. */
const SLOW = { timeout: 15_000 };

describe.skipIf(!available)(
  'the preview grid behaves as a spreadsheet',
  { timeout: 120_000 },
  () => {
    let preview: RunningPreview;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    /** What the in-memory spreadsheet holds in a cell of a sheet (the first by default). */
    function held(a1: string, sheetIndex = 0): unknown {
      const spreadsheet = preview.session.workbook().world.spreadsheet;
      const name = spreadsheet.sheetNames()[sheetIndex] as string;
      const data = spreadsheet.sheet(name).cell(a1);
      return data.formula || data.value;
    }

    async function openFresh(width = 1500, height = 900): Promise<void> {
      preview.session.reload();
      await page.setViewportSize({ width, height });
      await page.goto(preview.server.url);
      await waitForPage(page);
      // The sidebar loaded first, so that it does not take the keyboard in the middle of a test.
      await sidebarFrame(page);
      await page.waitForTimeout(300);
    }

    /** Scrolls the grid back to A1 (it opens scrolled to the coloured columns). */
    async function scrollHome(): Promise<void> {
      await page.evaluate(() => {
        const content = document.querySelector<HTMLElement>('.sheet .jss_content');
        if (content) {
          content.scrollLeft = 0;
          content.scrollTop = 0;
        }
      });
    }

    async function rightClickItem(a1: string, text: RegExp): Promise<void> {
      await cell(page, a1).click({ button: 'right' });
      await page.locator('.jss_contextmenu div', { hasText: text }).first().click();
    }

    beforeAll(async () => {
      [preview, browser] = await Promise.all([
        builtSidebar().then((sidebarHtml) => startPreview({ port: 0, locale: 'en', sidebarHtml })),
        launchBrowser(),
      ]);
      context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: preview.server.url.replace(/\/$/, ''),
      });
      page = await context.newPage();
      await page.goto(preview.server.url);
      await waitForPage(page);
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await preview?.close();
    });

    it('opens at 1280 × 720 with the SKU column and the coloured columns in view', async () => {
      await openFresh(1280, 720);
      const grid = await page.locator('.sheet .jss_content').boundingBox();
      if (grid === null) throw new Error('no grid');
      const boxes = [];
      for (const key of ['sku', 'onHandCover', 'phase'] as const) {
        const box = await cell(page, sampleCell(FIFTEEN_DAYS_SKU, key)).boundingBox();
        if (box === null) throw new Error(`${key} not drawn`);
        expect(box.x, key).toBeGreaterThanOrEqual(grid.x);
        expect(box.x + box.width, key).toBeLessThanOrEqual(grid.x + grid.width + 1);
        expect(box.y + box.height, key).toBeLessThanOrEqual(grid.y + grid.height + 1);
        boxes.push(box);
      }
      // The coloured columns are beside the SKU column, not under it, and coloured.
      const [sku, cover, phase] = boxes as [Box, Box, Box];
      expect(cover.x).toBeGreaterThanOrEqual(sku.x + sku.width - 1);
      expect(phase.x).toBeGreaterThan(cover.x);
      expect(await background(page, sampleCell(FIFTEEN_DAYS_SKU, 'onHandCover'))).toBe(
        DEFAULT_COLOURS.airFreight,
      );
      const phaseCell = sampleCell(FIFTEEN_DAYS_SKU, 'phase');
      const shownPhase = (await cell(page, phaseCell).textContent()) as Phase;
      expect(await background(page, phaseCell)).toBe(DEFAULT_COLOURS.phases[shownPhase]);
      await page.screenshot({ path: outputPath('preview-1280.png') });
    });

    it('keeps the header row and the SKU column frozen while the sheet scrolls', async () => {
      await scrollHome();
      const at = (px: number, py: number) =>
        page.evaluate(
          ([x, y]) =>
            (document.elementFromPoint(x as number, y as number) as HTMLElement)?.dataset.cell,
          [px, py],
        );
      // The first row below the header is whole, not half under the frozen header row.
      const first = await cell(page, 'D2').boundingBox();
      expect(await at((first?.x ?? 0) + 5, (first?.y ?? 0) + 2)).toBe('D2');
      const x = async (a1: string) => (await cell(page, a1).boundingBox())?.x ?? Number.NaN;
      const y = async (a1: string) => (await cell(page, a1).boundingBox())?.y ?? Number.NaN;
      const before = {
        sku: await x('A10'),
        next: await x('B10'),
        head: await y('D1'),
        row: await y('D10'),
      };
      await page.evaluate(() => {
        const content = document.querySelector<HTMLElement>('.sheet .jss_content');
        if (content) {
          content.scrollLeft = 300;
          content.scrollTop = 150;
        }
      });
      await page.waitForTimeout(100);
      // The SKU column and the header row stay put; the cells beside and below them move.
      expect(await x('A10')).toBeCloseTo(before.sku, 0);
      expect(await y('D1')).toBeCloseTo(before.head, 0);
      expect(await x('B10')).toBeCloseTo(before.next - 300, 0);
      expect(await y('D10')).toBeCloseTo(before.row - 150, 0);
      // The frozen cells are drawn over the ones scrolled beneath them.
      const sku = await cell(page, 'A10').boundingBox();
      const hit = await page.evaluate(
        ([px, py]) =>
          (document.elementFromPoint(px as number, py as number) as HTMLElement)?.dataset.cell,
        [(sku?.x ?? 0) + 5, (sku?.y ?? 0) + 5],
      );
      expect(hit).toBe('A10');
    });

    it('closing the sidebar gives its room to the grid, and toasts do not pile up', async () => {
      await openFresh(1280, 720);
      await page.locator('.sidebar .panel-close').click();
      await expect.poll(() => page.locator('.sidebar').isVisible()).toBe(false);
      const grid = await page.locator('.sheet').boundingBox();
      expect((grid?.x ?? 0) + (grid?.width ?? 0)).toBeGreaterThan(1270);
      for (let i = 0; i < 3; i++) {
        await page.locator('#menu-extensions').click();
        await page.locator('.menu-item[data-fn="refreshColourRules"]').click();
        await expect.poll(() => page.locator('.toast').count(), SLOW).toBe(1);
      }
      expect(await page.locator('.toast').count()).toBe(1);
    });

    it('moves as Sheets does: Ctrl+arrows to the data edge, PageDown, Home, End', async () => {
      await openFresh();
      const last = sampleRow(SAMPLE_SKUS.at(-1)?.sku ?? '');
      await scrollHome();
      await cell(page, 'A2').click();
      await page.keyboard.press('Control+ArrowDown');
      await expect.poll(() => selectedName(page)).toBe(`A${last}`);
      await page.keyboard.press('Control+ArrowUp');
      await expect.poll(() => selectedName(page)).toBe('A1');
      await page.keyboard.press('PageDown');
      const down = Number((await selectedName(page)).slice(1));
      expect(down).toBeGreaterThan(10);
      await page.keyboard.press('PageUp');
      await expect.poll(() => selectedName(page)).toBe('A1');
      await cell(page, 'C5').click();
      await page.keyboard.press('End');
      await expect.poll(() => selectedName(page)).toBe(`${columnLetter(templateColumn('notes'))}5`);
      await page.keyboard.press('Home');
      await expect.poll(() => selectedName(page)).toBe('A5');
      // Shift with Ctrl+arrow selects to the edge.
      await page.keyboard.press('Control+Shift+ArrowRight');
      expect((await selectionBox(page)).slice(0, 2)).toEqual([0, 4]);
    });

    it('selects ranges with Shift+arrows and the mouse, and copies them as TSV', async () => {
      await cell(page, 'A2').click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowRight');
      expect(await selectionBox(page)).toEqual([0, 1, 1, 2]);
      await page.keyboard.press('Control+c');
      const [first, second] = SAMPLE_SKUS;
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`${first?.sku}\t${first?.asin}\n${second?.sku}\t${second?.asin}`);
      // With the mouse: from A3 to C5.
      await scrollHome();
      const from = await cell(page, 'A3').boundingBox();
      const to = await cell(page, 'C5').boundingBox();
      if (from === null || to === null) throw new Error('cells not drawn');
      await page.mouse.move(from.x + 5, from.y + 5);
      await page.mouse.down();
      await page.mouse.move(to.x + 5, to.y + 5, { steps: 5 });
      await page.mouse.up();
      expect(await selectionBox(page)).toEqual([0, 2, 2, 4]);
      // The sidebar follows the range's first row, as the server's selection shows.
      await expect
        .poll(() => preview.session.state().selection, SLOW)
        .toMatchObject({ row: 2, col: 0, rows: 3, cols: 3 });
    });

    it('pastes rows from the clipboard into as many cells, and Delete clears a range', async () => {
      // As Excel puts rows on the clipboard: tabs between cells, CRLF after each row.
      await page.evaluate(() => navigator.clipboard.writeText('111\t0\r\n222\t0\r\n333\t0\r\n'));
      await cell(page, `${STOCK}2`).click();
      await page.keyboard.press('Control+v');
      await expect.poll(() => held(`${STOCK}4`), SLOW).toBe(333);
      expect([2, 3].map((row) => held(`${STOCK}${row}`))).toEqual([111, 222]);
      expect([2, 4].map((row) => held(`${INBOUND}${row}`))).toEqual([0, 0]);
      expect(await cell(page, `${STOCK}3`).textContent()).toBe('222');
      // The note the seller lost: Shift+Down, Delete, then Ctrl+Z brings both cells back.
      const notes = columnLetter(templateColumn('notes'));
      const noteRow = SAMPLE_SKUS.findIndex((sku) => sku.note === 'Sea order due this week') + 2;
      const above = `${notes}${noteRow - 1}`;
      const kept = held(above);
      await cell(page, above).click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Delete');
      await expect.poll(() => held(`${notes}${noteRow}`), SLOW).toBe('');
      expect(held(above)).toBe('');
      await page.keyboard.press('Control+z');
      await expect.poll(() => held(`${notes}${noteRow}`), SLOW).toBe('Sea order due this week');
      expect(held(above)).toBe(kept);
      expect(await cell(page, `${notes}${noteRow}`).textContent()).toBe('Sea order due this week');
    });

    it('undoes and redoes 50 steps of edits, a paste and a delete', {
      timeout: 300_000,
    }, async () => {
      await openFresh();
      // Each poll waits for the whole column's end state: the last step's effect alone proves
      // nothing about the steps before it.
      const column = (letter: string) =>
        Array.from({ length: 30 }, (_, i) => held(`${letter}${i + 2}`));
      const notes = column(NOTES);
      const products = column(PRODUCT);
      await cell(page, `${NOTES}2`).click();
      for (let i = 1; i <= 24; i++) {
        await page.keyboard.type(String(i));
        await page.keyboard.press('Enter');
      }
      await cell(page, `${PRODUCT}2`).click();
      for (let i = 1; i <= 24; i++) {
        await page.keyboard.type(`n${i}`);
        await page.keyboard.press('Enter');
      }
      await page.evaluate(() => navigator.clipboard.writeText('x\ny'));
      await cell(page, `${NOTES}30`).click();
      await page.keyboard.press('Control+v');
      await cell(page, `${NOTES}2`).click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Delete');
      const typed = Array.from({ length: 24 }, (_, i) => i + 1);
      const edited = ['', '', ...typed.slice(2), ...notes.slice(24, 28), 'x', 'y'];
      const named = [...typed.map((i) => `n${i}`), ...products.slice(24)];
      await expect.poll(() => column(NOTES), { timeout: 60_000 }).toEqual(edited);
      expect(column(PRODUCT)).toEqual(named);
      const steps = 24 + 24 + 1 + 1;
      for (let i = 0; i < steps; i++) await page.keyboard.press('Control+z');
      await expect.poll(() => column(NOTES), { timeout: 60_000 }).toEqual(notes);
      await expect.poll(() => column(PRODUCT), { timeout: 60_000 }).toEqual(products);
      // The page shows what the server holds.
      await expect.poll(() => cell(page, `${NOTES}5`).textContent()).toBe(String(notes[3]));
      await expect.poll(() => cell(page, `${PRODUCT}25`).textContent()).toBe(String(products[23]));
      for (let i = 0; i < steps; i++) await page.keyboard.press('Control+Shift+z');
      await expect.poll(() => column(NOTES), { timeout: 60_000 }).toEqual(edited);
      expect(column(PRODUCT)).toEqual(named);
      await expect.poll(() => cell(page, `${NOTES}3`).textContent()).toBe('');
      await expect.poll(() => cell(page, `${NOTES}31`).textContent()).toBe('y');
    });

    it('keeps what was typed and undone while the server answers slowly', async () => {
      await openFresh();
      // Every sheet read takes a second: windows read before an edit arrive after it.
      await page.route('**/api/grid*', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await route.continue();
      });
      try {
        const kept = String(held(`${NOTES}4`));
        await cell(page, `${NOTES}2`).click();
        for (const text of ['a', 'b', 'c']) {
          await page.keyboard.type(text);
          await page.keyboard.press('Enter');
        }
        await cell(page, `${NOTES}2`).click();
        await page.keyboard.press('Shift+ArrowDown');
        await page.keyboard.press('Delete');
        await page.keyboard.press('Control+z');
        await page.keyboard.press('Control+z');
        const cells = [2, 3, 4].map((row) => `${NOTES}${row}`);
        const shown = () => Promise.all(cells.map(async (a1) => cell(page, a1).textContent()));
        // At once, before any answer: the page shows its own writes, never an older window.
        expect(await shown()).toEqual(['a', 'b', kept]);
        await expect
          .poll(() => cells.map((a1) => String(held(a1))), { timeout: 30_000 })
          .toEqual(['a', 'b', kept]);
        await page.waitForTimeout(2500);
        expect(await shown()).toEqual(['a', 'b', kept]);
      } finally {
        await page.unroute('**/api/grid*');
      }
    });

    it('fills down with Ctrl+D and with the fill handle, formulas following their rows', async () => {
      await typeInto(page, `${NOTES}10`, '=D10*2');
      await expect.poll(() => held(`${NOTES}10`), SLOW).toBe('=D10*2');
      await cell(page, `${NOTES}10`).click();
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Control+d');
      await expect.poll(() => held(`${NOTES}12`), SLOW).toBe('=D12*2');
      expect(held(`${NOTES}11`)).toBe('=D11*2');
      const stock = Number(await cell(page, 'D12').textContent());
      await expect.poll(() => cell(page, `${NOTES}12`).textContent(), SLOW).toBe(String(stock * 2));
      // The fill handle: drag the selection's corner from Z12 down to Z14.
      await cell(page, `${NOTES}12`).click();
      await cell(page, `${NOTES}14`).scrollIntoViewIfNeeded();
      const corner = await page.locator('.sheet .jss_corner').boundingBox();
      const target = await cell(page, `${NOTES}14`).boundingBox();
      if (corner === null || target === null) throw new Error('no fill handle');
      await page.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
      await page.mouse.down();
      await page.mouse.move(target.x + 10, target.y + target.height / 2, { steps: 6 });
      await page.mouse.up();
      await expect.poll(() => held(`${NOTES}14`), SLOW).toBe('=D14*2');
    });

    it('resizes a column by dragging its header edge', async () => {
      await scrollHome();
      const head = page.locator('.sheet thead td[data-x="2"]');
      const box = await head.boundingBox();
      if (box === null) throw new Error('no header');
      await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width + 80, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await expect
        .poll(async () => (await head.boundingBox())?.width ?? 0)
        .toBeGreaterThan(box.width + 60);
    });

    it('sorts the sheet by a column and filters it to one value', async () => {
      await openFresh();
      const cover = columnLetter(templateColumn('coverDays'));
      await rightClickItem(`${cover}5`, /A → Z/);
      await expect.poll(() => preview.session.state().version, SLOW).toBeGreaterThan(0);
      const covers = await page
        .locator(`.sheet td[data-x="${templateColumn('coverDays') - 1}"]`)
        .allTextContents();
      const numbers = covers
        .slice(1)
        .filter((text) => text !== '')
        .map(Number);
      expect(numbers.length).toBeGreaterThan(20);
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      // The SKUs moved with their rows: the first row is now the SKU with the fewest days.
      const sku = held('A2');
      expect(SAMPLE_SKUS.map((s) => s.sku)).toContain(sku);
      const phase = columnLetter(templateColumn('phase'));
      const healthy = (await page.locator(`.sheet td[data-cell^="${phase}"]`).allTextContents())
        .slice(1)
        .filter((text) => text === 'HEALTHY').length;
      const row = (await page.locator(`.sheet td[data-cell^="${phase}"]`).allTextContents())
        .slice(1)
        .indexOf('HEALTHY');
      await rightClickItem(`${phase}${row + 2}`, /HEALTHY/);
      await expect.poll(() => page.locator('.filter-line').isVisible()).toBe(true);
      const visible = await page
        .locator(`.sheet tbody tr:visible td[data-cell^="${phase}"]`)
        .allTextContents();
      expect(visible.slice(1)).toEqual(Array(healthy).fill('HEALTHY'));
      await rightClickItem(`${phase}${row + 2}`, /Clear the filter/);
      await expect.poll(() => page.locator('.filter-line').isVisible()).toBe(false);
    });

    it('offers Mode, Status and Kind as drop-downs, and names the column when refusing', {
      timeout: 180_000,
    }, async () => {
      await openFresh();
      const lists = [
        { tab: 'Shipments', sheet: 1, header: 'Mode', choices: modeChoices('en') },
        { tab: 'Shipments', sheet: 1, header: 'Status', choices: statusChoices('en') },
        { tab: 'Keyword ranks', sheet: 2, header: 'Kind', choices: kindChoices('en') },
      ];
      for (const { tab, sheet, header, choices } of lists) {
        await page.locator('.tab', { hasText: tab }).click();
        await expect
          .poll(() => page.locator('.tab[aria-selected="true"]').textContent(), SLOW)
          .toBe(tab);
        const headers = () =>
          page.locator('.sheet tbody tr:first-child td[data-cell]').allTextContents();
        await expect.poll(headers, SLOW).toContain(header);
        const letter = columnLetter((await headers()).indexOf(header) + 1);
        await scrollHome();
        await cell(page, `${letter}2`).dblclick();
        const offered = page.locator('.list-choices li');
        await expect.poll(() => offered.allTextContents(), SLOW).toEqual(choices);
        // The last choice, so that the cell changes whatever it held.
        const pick = choices.at(-1) as string;
        await page.locator(`.list-choices li[data-value="${pick}"]`).click();
        await expect.poll(() => held(`${letter}2`, sheet), SLOW).toBe(pick);
        expect(await cell(page, `${letter}2`).textContent()).toBe(pick);
        // Anything else is refused with the column's name; the cell keeps what it held.
        const before = held(`${letter}3`, sheet);
        await typeInto(page, `${letter}3`, 'boat');
        const message = page.locator('.modal-message');
        await expect.poll(() => message.textContent(), SLOW).toContain(header);
        expect(await message.textContent()).toContain('boat');
        await page.locator('.modal-ok').click();
        expect(held(`${letter}3`, sheet)).toBe(before);
        await expect.poll(() => cell(page, `${letter}3`).textContent(), SLOW).toBe(String(before));
      }
    });

    it('shows which cell blocks an array formula, and expands again when it is cleared', async () => {
      await openFresh();
      const cover = columnLetter(templateColumn('coverDays'));
      const anchor = cell(page, `${cover}2`);
      const shown = await anchor.textContent();
      await typeInto(page, `${cover}3`, '5');
      await expect.poll(() => anchor.textContent(), SLOW).toBe('#REF!');
      expect(await anchor.getAttribute('title')).toContain(`${cover}3`);
      await anchor.click();
      await expect.poll(() => page.locator('.error-line').textContent()).toContain(`${cover}3`);
      await cell(page, `${cover}3`).click();
      await page.keyboard.press('Delete');
      await expect.poll(() => anchor.textContent(), SLOW).toBe(shown);
      expect(await cell(page, `${cover}3`).textContent()).not.toBe('');
    });

    it('keeps edits through a page reload until the sample is reset', async () => {
      await openFresh();
      const note = held(`${NOTES}5`);
      await typeInto(page, `${NOTES}5`, 'kept');
      await expect.poll(() => held(`${NOTES}5`), SLOW).toBe('kept');
      await page.reload();
      await waitForPage(page);
      await expect.poll(() => cell(page, `${NOTES}5`).textContent(), SLOW).toBe('kept');
      await page.locator('#menu-preview').click();
      await page.locator('#menu-preview-list .menu-item').click();
      await expect.poll(() => cell(page, `${NOTES}5`).textContent(), SLOW).toBe(String(note));
    });

    it('puts the sample’s sheets, headers and tabs into Chinese, keeping the edits', async () => {
      await openFresh();
      await typeInto(page, `${NOTES}6`, 'mine');
      await expect.poll(() => held(`${NOTES}6`), SLOW).toBe('mine');
      await page.locator('button.lang[data-locale="zh-CN"]').click();
      await expect
        .poll(() => page.locator('.tab').allTextContents(), SLOW)
        .not.toContain('Shipments');
      const tabs = await page.locator('.tab').allTextContents();
      for (const tab of tabs) expect(tab).toMatch(/[\u4e00-\u9fff]/);
      // The sheets themselves are renamed, not only their tabs.
      expect(preview.session.workbook().world.spreadsheet.sheetNames()).toEqual(tabs);
      await expect.poll(() => cell(page, 'D1').textContent(), SLOW).toMatch(/[\u4e00-\u9fff]/);
      // Every sheet's headers are in Chinese (codes such as SKU and ASIN aside).
      for (const tab of tabs) {
        await page.locator('.tab', { hasText: tab }).click();
        await expect
          .poll(() => page.locator('.tab[aria-selected="true"]').textContent(), SLOW)
          .toBe(tab);
        const headers = await page
          .locator('.sheet tbody tr:first-child td[data-cell]')
          .allTextContents();
        const words = headers.filter((text) => /[a-z]{3}/i.test(text) && !/^[A-Z]+$/.test(text));
        expect(words, tab).toEqual(words.filter((text) => /[\u4e00-\u9fff]/.test(text)));
        expect(headers.filter((text) => /[\u4e00-\u9fff]/.test(text)).length).toBeGreaterThan(2);
      }
      await page.locator('.tab', { hasText: tabs[0] as string }).click();
      await expect.poll(() => cell(page, `${NOTES}6`).textContent(), SLOW).toBe('mine');
      await page.screenshot({ path: outputPath('preview-zh-sheets.png') });
      await page.locator('button.lang[data-locale="en"]').click();
      await expect.poll(() => page.locator('.tab').allTextContents(), SLOW).toContain('Shipments');
    });
  },
);
