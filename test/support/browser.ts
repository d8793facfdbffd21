// Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core.
// Outside CI a machine without Chromium skips these tests with a visible notice; under CI=true a
// missing browser fails the run, so a green CI always means the browser tests ran.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where browser tests write screenshots and other artefacts. */
export const TEST_OUTPUT = join(process.cwd(), 'test-output');

/** True when the browser tests can run; prints why not when they cannot. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}; .ci/run installs it with apt-get`);
  }
  console.warn(
    `\n⚠ browser tests skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)\n`,
  );
  return false;
}

/** A describe block of browser tests, skipped (with the notice) where there is no Chromium. */
export function describeInChromium(name: string, tests: () => void): void {
  describe.skipIf(!browserAvailable())(name, tests);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Path for a screenshot or other artefact, creating the folder on first use. */
export function outputPath(name: string): string {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return join(TEST_OUTPUT, name);
}

/** One Chromium and a page's HTML for the tests of a describe block (or a file). */
export interface ChromiumWithHtml {
  /** The browser; only where Chromium is available. */
  readonly browser: Browser;
  readonly html: string;
}

/**
 * Makes the HTML and, where Chromium is available, launches it before the first test of the
 * enclosing block, and closes the browser after the last. Read the fields inside the tests.
 */
export function chromiumWithHtml(makeHtml: () => Promise<string>): ChromiumWithHtml {
  let browser: Browser | undefined;
  let html: string | undefined;
  beforeAll(async () => {
    [html, browser] = await Promise.all([
      makeHtml(),
      browserAvailable() ? launchBrowser() : undefined,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (browser === undefined) throw new Error('no Chromium: the tests run before beforeAll');
      return browser;
    },
    get html() {
      if (html === undefined) throw new Error('no page: the tests run before beforeAll');
      return html;
    },
  };
}
