// Measures the preview as a seller meets it, in Chromium: `npm start` to a page that answers, and
// one stock typed into the grid until the row's phase shows recalculated and recoloured.

import { spawn } from 'node:child_process';
import { type Browser, chromium, type Page } from 'playwright-core';
import { columnLetter } from '../../src/addon/platform/column-letter';
import { templateColumn } from '../../src/addon/replenishment-sheet/template-plan';
import { DEFAULT_COLOURS } from '../../src/core/settings/settings';
import { repeatedSkus } from '../sample/sample-sheet';
import { SAMPLE_SKUS } from '../sample/sample-skus';
import { startPreview } from '../start-preview';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const EDITS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function runPageBench(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const starts: number[] = [];
    for (let i = 0; i < 3; i++) starts.push(await startToUsablePage(browser));
    console.log(
      `npm start (after the build) to a usable page in Chromium, sample sheet: median ${Math.round(median(starts))} ms of 3 (${starts.map(Math.round).join(', ')})`,
    );
    for (const repeat of [1, Math.ceil(10_000 / SAMPLE_SKUS.length)]) {
      const skus = repeatedSkus(repeat);
      const preview = await startPreview({ port: 0, locale: 'en', sampleSkus: skus });
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
        const opened = performance.now();
        await page.goto(preview.server.url);
        await page.locator('body[data-ready="true"]').waitFor({ timeout: 600_000 });
        const open = performance.now() - opened;
        const times = await typedEdits(page);
        console.log(
          `${skus.length.toLocaleString('en')} SKU rows in Chromium: page open ${Math.round(open)} ms; one stock typed → phase recalculated and recoloured on screen: median ${Math.round(median(times))} ms of ${EDITS} (${times.map(Math.round).join(', ')})`,
        );
        await page.close();
      } finally {
        await preview.close();
      }
    }
  } finally {
    await browser.close();
  }
}

/** From spawning `node scripts/start.mjs` to the page marking itself ready in the browser. */
async function startToUsablePage(browser: Browser): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: '0', PREVIEW_LOCALE: 'en' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /(http:\/\/[^\s)]+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`start exited with ${code}: ${output}`)));
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor({ timeout: 120_000 });
    const ready = performance.now() - started;
    await page.close();
    return ready;
  } finally {
    child.kill('SIGTERM');
  }
}

/** Types a stock of 0, then 750, into one SKU's row: each time until its phase cell changes. */
async function typedEdits(page: Page): Promise<number[]> {
  const row = 5;
  const stock = `${columnLetter(templateColumn('fbaStock'))}${row}`;
  const phase = `${columnLetter(templateColumn('phase'))}${row}`;
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const out = i % 2 === 0;
    await page.locator(`[data-cell="${stock}"]`).click();
    await page.waitForTimeout(300);
    await page.keyboard.type(out ? '0' : '750');
    const typed = performance.now();
    await page.keyboard.press('Enter');
    const colour = DEFAULT_COLOURS.phases.OUT_OF_STOCK;
    await page.waitForFunction(
      ([a1, wanted, colour]) => {
        const td = document.querySelector<HTMLElement>(`[data-cell="${a1}"]`);
        if (td === null) return false;
        const [r, g, b] = (getComputedStyle(td).backgroundColor.match(/\d+/g) ?? []).map(Number);
        const hex = `#${[r, g, b].map((n) => (n ?? 0).toString(16).padStart(2, '0')).join('')}`;
        const isOut = td.textContent === 'OUT_OF_STOCK';
        return wanted ? isOut && hex === colour : !isOut && hex !== colour;
      },
      [phase, out, colour] as const,
      { polling: 'raf', timeout: 300_000 },
    );
    times.push(performance.now() - typed);
    await page.waitForTimeout(500);
  }
  return times;
}
