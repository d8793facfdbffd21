// The add-on's name (the menu's and the sidebar's title) and the alert a failed menu action
// shows, in both languages; each menu item's caption is declared with its feature.

import type { Catalog } from '../../../core/i18n/locale';

export type MenuMessageKey = 'productName' | 'failed';

export const MENU_MESSAGES: Catalog<MenuMessageKey> = {
  en: {
    productName: 'Stockout Playbook',
    failed: 'Stockout Playbook could not finish: {detail}',
  },
  'zh-CN': {
    productName: '断货应对手册',
    failed: '断货应对手册未能完成操作：{detail}',
  },
};
