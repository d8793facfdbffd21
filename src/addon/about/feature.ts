// The About dialog's feature: its menu item, and the features whose menu items the dialog lists.

import type { Feature } from '../platform/feature-kit/feature';
import { showAboutDialog } from './about-dialog';
import { ABOUT_MESSAGES } from './about-messages';

/** The About dialog's feature, listing the menu items of `listed`. */
export function aboutFeature(listed: readonly Feature[]): Feature {
  return {
    name: 'the About dialog',
    menu: [
      {
        id: 'showAboutDialog',
        caption: { en: 'About', 'zh-CN': '关于' },
        doc: 'Menu: about the add-on.',
        section: 'setup',
        order: 20,
        run: (services) => showAboutDialog(services, listed),
      },
    ],
    catalogs: { ABOUT_MESSAGES },
  };
}
