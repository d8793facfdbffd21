// The About dialog: what the add-on does and what each menu item is for.

import type { Feature } from '../platform/feature-kit/feature';
import { showAboutDialog } from './about-dialog';
import { ABOUT_MESSAGES } from './about-messages';

export const ABOUT_FEATURE: Feature = {
  name: 'the About dialog',
  menu: [
    {
      id: 'showAboutDialog',
      caption: { en: 'About', 'zh-CN': '关于' },
      doc: 'Menu: about the add-on.',
      section: 'setup',
      order: 20,
      run: showAboutDialog,
    },
  ],
  catalogs: { ABOUT_MESSAGES },
};
