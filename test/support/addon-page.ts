// Opens one of the add-on's built pages (dist/<name>.html) in headless Chromium, with
// google.script.run answered in Node by the real endpoints over a fake world, as Apps Script
// would answer them, and google.script.host.close recorded; or `npm start`'s preview, which
// shows the built sidebar beside the sample sheet.

import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningPreview, startPreview } from '../../preview/start-preview';
import { buildPage, type PageName } from '../../scripts/build-page.mjs';
import { waitForPage } from '../preview/preview-page';
import { launchBrowser } from './browser';

/**
 * dist/<name>.html as the build wrote it, checked against a fresh build of the sources so a stale
 * file cannot pass for the current page. Built here when the build has not run.
 */
export async function builtPage(name: PageName): Promise<string> {
  const fresh = await buildPage(name);
  const built = `dist/${name}.html`;
  if (!existsSync(built)) return fresh;
  const shipped = readFileSync(built, 'utf8');
  if (shipped !== fresh) {
    throw new Error(`${built} is older than its sources: run \`npm run build\` first`);
  }
  return shipped;
}

/** Answers of google.script.run: a value, or an error message for the failure handler. */
type Answer = { ok: true; value: unknown } | { ok: false; message: string };

export interface AddonPage {
  readonly page: Page;
  /** Every endpoint call the page made, in order. */
  readonly calls: string[];
  /** Dialogs (alert, confirm…) the page opened. */
  readonly dialogs: string[];
  /** True once the page called google.script.host.close(). */
  readonly closed: () => Promise<boolean>;
}

export interface PageOptions {
  /** Where the page is served from; requests to it never leave the browser. */
  readonly url: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** The endpoints google.script.run reaches, by name. */
  readonly endpoints: object;
}

/**
 * The page at its size, loading nothing from the network. google.script.run is defined before
 * the page's own script runs; each call crosses to Node, runs the endpoint and comes back
 * JSON-serialised.
 */
export async function openAddonPage(
  browser: Browser,
  html: string,
  { url, viewport, endpoints }: PageOptions,
): Promise<AddonPage> {
  const page = await browser.newPage({ viewport });
  const calls: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/*', (route) =>
    route.request().url() === url
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.exposeFunction('__pageRpc', (name: string, args: unknown[]): Answer => {
    calls.push(name);
    try {
      const endpoint = (endpoints as Record<string, (...a: unknown[]) => unknown>)[name];
      if (endpoint === undefined) throw new Error(`no endpoint ${name}`);
      return { ok: true, value: JSON.parse(JSON.stringify(endpoint(...args) ?? null)) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(() => {
    type Handler = (value: unknown) => void;
    const w = window as unknown as {
      __pageRpc: (n: string, a: unknown[]) => Promise<Answer>;
      __closed: boolean;
      google: unknown;
    };
    const runner = (success?: Handler, failure?: Handler): unknown =>
      new Proxy(
        {},
        {
          get: (_target, name) => {
            if (name === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure);
            if (name === 'withFailureHandler') return (fn: Handler) => runner(success, fn);
            return (...args: unknown[]) => {
              void w.__pageRpc(String(name), args).then((answer) => {
                if (answer.ok) success?.(answer.value);
                else failure?.(new Error(answer.message));
              });
            };
          },
        },
      );
    w.__closed = false;
    w.google = {
      script: {
        run: runner(),
        host: {
          close: () => {
            w.__closed = true;
          },
        },
      },
    };
  });
  await page.goto(url);
  return {
    page,
    calls,
    dialogs,
    closed: () => page.evaluate(() => (window as unknown as { __closed: boolean }).__closed),
  };
}

export interface PreviewInChromium {
  readonly preview: RunningPreview;
  /** A 1500×900 page on the preview, loaded. */
  readonly page: Page;
}

/**
 * `npm start`'s preview of the sample in English, serving the built sidebar, and one Chromium
 * page open on it, for the tests of the enclosing describe block: `onOpen` receives them before
 * the first test; both close after the last. `today` pins TODAY().
 */
export function previewInChromium(
  onOpen: (opened: PreviewInChromium) => void,
  { today }: { readonly today?: Date } = {},
): void {
  let browser: Browser | undefined;
  let preview: RunningPreview | undefined;
  beforeAll(async () => {
    [preview, browser] = await Promise.all([
      builtPage('Sidebar').then((sidebarHtml) =>
        startPreview({ port: 0, locale: 'en', sidebarHtml, ...(today ? { today } : {}) }),
      ),
      launchBrowser(),
    ]);
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await page.goto(preview.server.url);
    await waitForPage(page);
    onOpen({ preview, page });
  });
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
  });
}
