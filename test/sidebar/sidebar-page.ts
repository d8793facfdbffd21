// Opens the built Sidebar.html in headless Chromium with google.script.run answered in Node by
// the real sidebar endpoints over the fake spreadsheet, as Apps Script would answer it.

import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { SidebarEndpoints } from '../../src/addon/sidebar/sidebar-api';
import { sidebarEndpoints } from '../../src/addon/sidebar/sidebar-endpoints';
import { buildSidebar } from '../../src/sidebar/build-sidebar.mjs';
import type { FakeWorld } from '../fakes/fake-services';

/** Where the page is served from; requests to it never leave the browser. */
export const SIDEBAR_URL = 'https://sidebar.test/';

/**
 * dist/Sidebar.html as the build wrote it, checked against a fresh build of the sources so a
 * stale file cannot pass for the current sidebar. Built here when the build has not run.
 */
export async function builtSidebar(): Promise<string> {
  const fresh = await buildSidebar();
  const built = 'dist/Sidebar.html';
  if (!existsSync(built)) return fresh;
  const shipped = readFileSync(built, 'utf8');
  if (shipped !== fresh) {
    throw new Error('dist/Sidebar.html is older than src/sidebar: run `npm run build` first');
  }
  return shipped;
}

/** Answers of google.script.run: a value, or an error message for the failure handler. */
type Answer = { ok: true; value: unknown } | { ok: false; message: string };

export interface SidebarPage {
  readonly page: Page;
  /** Every endpoint call the page made, in order. */
  readonly calls: string[];
  /** Dialogs (alert, confirm…) the page opened. */
  readonly dialogs: string[];
}

/**
 * A 300-px-wide page showing the sidebar. google.script.run is defined before the page's own
 * script runs; each call crosses to Node, runs the endpoint and comes back JSON-serialised.
 */
export async function openSidebarPage(
  browser: Browser,
  html: string,
  world: FakeWorld,
  now: () => Date,
): Promise<SidebarPage> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const calls: string[] = [];
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  const endpoints: SidebarEndpoints = sidebarEndpoints(world.services, now);
  await page.exposeFunction('__sidebarRpc', (name: string, args: unknown[]): Answer => {
    calls.push(name);
    try {
      const endpoint = endpoints[name as keyof SidebarEndpoints] as (...a: unknown[]) => unknown;
      return { ok: true, value: JSON.parse(JSON.stringify(endpoint(...args))) };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  });
  await page.addInitScript(() => {
    type Handler = (value: unknown) => void;
    const rpc = (
      window as unknown as { __sidebarRpc: (n: string, a: unknown[]) => Promise<Answer> }
    ).__sidebarRpc;
    const runner = (success?: Handler, failure?: Handler): unknown =>
      new Proxy(
        {},
        {
          get: (_target, name) => {
            if (name === 'withSuccessHandler') return (fn: Handler) => runner(fn, failure);
            if (name === 'withFailureHandler') return (fn: Handler) => runner(success, fn);
            return (...args: unknown[]) => {
              void rpc(String(name), args).then((answer) => {
                if (answer.ok) success?.(answer.value);
                else failure?.(new Error(answer.message));
              });
            };
          },
        },
      );
    (window as unknown as { google: unknown }).google = { script: { run: runner() } };
  });
  await page.goto(SIDEBAR_URL);
  return { page, calls, dialogs };
}
