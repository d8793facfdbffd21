// The playbook sidebar: the selected SKU's plan, and the checklist ticks saved to the Playbook log.

import { entry, SIDEBAR_PAGE } from '../platform/feature-kit/entry-point';
import type { Feature } from '../platform/feature-kit/feature';
import { openSidebar } from './open-sidebar';
import { SIDEBAR_ENDPOINT_MESSAGES } from './sidebar-endpoint-messages';
import { getSidebarStateEndpoint, setChecklistItemEndpoint } from './sidebar-globals';

export const SIDEBAR_FEATURE: Feature = {
  name: 'the playbook sidebar',
  menu: [
    {
      id: 'openSidebar',
      caption: { en: 'Open playbook sidebar', 'zh-CN': '打开断货应对侧边栏' },
      about: {
        en: 'Shows the playbook for the selected SKU, with the numbers worked out.',
        'zh-CN': '显示所选 SKU 的操作清单，并算好相关数字。',
      },
      doc: 'Menu: open the playbook sidebar.',
      section: 'data',
      order: 30,
      run: openSidebar,
    },
  ],
  endpoints: {
    getSidebarState: entry(
      SIDEBAR_PAGE,
      'Sidebar: the plan for the selected row.',
      [],
      getSidebarStateEndpoint,
    ),
    setChecklistItem: entry(
      SIDEBAR_PAGE,
      'Sidebar: save a checklist tick.',
      ['payload'],
      setChecklistItemEndpoint,
    ),
  },
  catalogs: { SIDEBAR_ENDPOINT_MESSAGES },
};
