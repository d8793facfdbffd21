// Opens the built Sidebar.html in headless Chromium with google.script.run answered in Node by
// the real sidebar endpoints over the fake spreadsheet, as Apps Script would answer it.

import type { Page } from 'playwright-core';
import { afterEach } from 'vitest';
import type { FakeWorld } from '../../../fakes/fake-services';
import { sidebarEndpoints } from '../../../src/addon/sidebar/sidebar-endpoints';
import { builtPage, openAddonPage } from '../../support/addon-page';
import { chromiumWithHtml } from '../../support/browser';

/** Where the page is served from; requests to it never leave the browser. */
export const SIDEBAR_URL = 'https://sidebar.test/';

/** dist/Sidebar.html as built, checked against a fresh build of src/ui/sidebar. */
export function builtSidebar(): Promise<string> {
  return builtPage('Sidebar');
}

export interface SidebarPage {
  readonly page: Page;
  /** Every endpoint call the page made, in order. */
  readonly calls: string[];
  /** Dialogs (alert, confirm…) the page opened. */
  readonly dialogs: string[];
}

export interface SidebarInChromium {
  /** The built page. */
  readonly html: string;
  /** A 300-px-wide page showing the sidebar over the world's spreadsheet. */
  open(world: FakeWorld, now: () => Date): Promise<SidebarPage>;
}

/**
 * The built sidebar and one Chromium, for the tests of the enclosing describe block; the pages a
 * test opens close after it.
 */
export function sidebarInChromium(): SidebarInChromium {
  const chromium = chromiumWithHtml(builtSidebar);
  const open: Page[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((page) => page.close()));
  });
  return {
    get html() {
      return chromium.html;
    },
    open: async (world, now) => {
      const shown = await openAddonPage(chromium.browser, chromium.html, {
        url: SIDEBAR_URL,
        viewport: { width: 300, height: 900 },
        endpoints: sidebarEndpoints(world.services, now),
      });
      open.push(shown.page);
      return shown;
    },
  };
}
