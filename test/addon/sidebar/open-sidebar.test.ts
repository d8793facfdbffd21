// Opening the sidebar: the built page as HtmlService serves it, titled in the user's language.

import { describe, expect, it } from 'vitest';
import { createFakeWorld } from '../../../fakes/fake-services';
import { openSidebar } from '../../../src/addon/sidebar/open-sidebar';

describe('openSidebar', () => {
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
});
