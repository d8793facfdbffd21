// About, the sidebar and failure alerts: self-contained pages, text as text, both languages.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { showAboutDialog } from '../../../src/addon/about/about-dialog';
import { FEATURES } from '../../../src/addon/features';
import { escapeHtml } from '../../../src/addon/platform/escape-html';
import { runMenuAction } from '../../../src/addon/platform/feature-kit/run-menu-action';
import { openSidebar } from '../../../src/addon/sidebar/open-sidebar';
import { InputError } from '../../../src/core/input-error';

/** Pages served by HtmlService must load nothing from elsewhere. */
function expectSelfContained(html: string) {
  expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
  expect(html).not.toMatch(/<link\b/i);
}

describe('menu dialogs and sidebar', () => {
  it('opens the sidebar file when the build has one', () => {
    const world = createFakeWorld();
    world.html.files.set('Sidebar', '<p>the sidebar</p>');
    openSidebar(world.services);
    expect(world.ui.ui.sidebars).toEqual([
      {
        title: 'Stockout Playbook',
        html: '<p>the sidebar</p>',
        width: undefined,
        height: undefined,
      },
    ]);
  });

  it('titles the sidebar in the user’s language, and reports a deployment without it', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    world.html.files.set('Sidebar', '<p>侧边栏</p>');
    openSidebar(world.services);
    expect(world.ui.ui.sidebars[0]?.title).toBe('断货应对手册');
    const bare = createFakeWorld();
    expect(() => openSidebar(bare.services)).toThrow();
    expect(bare.ui.ui.sidebars).toEqual([]);
  });

  it('shows About as a self-contained page describing each menu item', () => {
    const world = createFakeWorld();
    showAboutDialog(world.services, FEATURES);
    const [dialog] = world.ui.ui.dialogs;
    expect(dialog?.title).toBe('About Stockout Playbook');
    for (const caption of ['Insert replenishment sheet', 'Refresh colour rules', 'Settings']) {
      expect(dialog?.html).toContain(caption);
    }
    expect(dialog?.html).toContain('DAILY_SALES, COVER_DAYS, REORDER_QTY');
    expect(dialog?.html).not.toContain('<script');
    expectSelfContained(dialog?.html ?? '');
  });

  it('turns a failing action into an alert in the user’s language', () => {
    const world = createFakeWorld({ userLocale: 'zh_CN' });
    const result = runMenuAction(world.services, () => {
      throw new InputError('negative', { arg: 'stock', value: -1 });
    });
    expect(result).toBeUndefined();
    expect(world.ui.ui.alerts).toEqual(['断货应对手册未能完成操作：stock 不能为负数，当前为 -1']);
    expect(runMenuAction(world.services, () => 7)).toBe(7);
  });

  it('escapes text for HTML', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
  });
});
