// The About dialog: a self-contained page describing each menu item of the features.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { showAboutDialog } from '../../../src/addon/about/about-dialog';
import { FEATURES } from '../../../src/addon/features';

/** Pages served by HtmlService must load nothing from elsewhere. */
function expectSelfContained(html: string) {
  expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
  expect(html).not.toMatch(/<link\b/i);
}

describe('showAboutDialog', () => {
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
});
