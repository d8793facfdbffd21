// The menu's captions, the About dialog and the sidebar placeholder, in both languages.

import type { Catalog } from '../../core/i18n/locale';

export type MenuMessageKey =
  | 'productName'
  | 'insertSheet'
  | 'refreshColours'
  | 'openSidebar'
  | 'settings'
  | 'about'
  | 'aboutTitle'
  | 'aboutIntro'
  | 'aboutInsertSheet'
  | 'aboutRefreshColours'
  | 'aboutOpenSidebar'
  | 'aboutSettings'
  | 'aboutFunctions'
  | 'aboutPrivacy'
  | 'failed';

export const MENU_MESSAGES: Catalog<MenuMessageKey> = {
  en: {
    productName: 'Stockout Playbook',
    insertSheet: 'Insert replenishment sheet',
    refreshColours: 'Refresh colour rules',
    openSidebar: 'Open playbook sidebar',
    settings: 'Settings',
    about: 'About',
    aboutTitle: 'About Stockout Playbook',
    aboutIntro:
      'Guides Amazon FBA sellers before, during and after a stockout: which SKUs need a sea order, which need air freight, which are overstocked, and what to do about price and ads.',
    aboutInsertSheet:
      'Adds a new sheet with the replenishment columns, their formulas, notes and example rows. Existing sheets are never changed.',
    aboutRefreshColours:
      'Colours the days-of-cover and phase columns of the current sheet. Your own colour rules stay as they are.',
    aboutOpenSidebar: 'Shows the playbook for the selected SKU, with the numbers worked out.',
    aboutSettings:
      'Alert thresholds and colours, default safety and cycle days, sales weights: saved with this spreadsheet.',
    aboutFunctions: 'Formulas you can type in any cell: {functions}.',
    aboutPrivacy: 'Everything stays in this spreadsheet: nothing is sent anywhere.',
    failed: 'Stockout Playbook could not finish: {detail}',
  },
  'zh-CN': {
    productName: '断货应对手册',
    insertSheet: '插入补货表',
    refreshColours: '刷新颜色规则',
    openSidebar: '打开断货应对侧边栏',
    settings: '设置',
    about: '关于',
    aboutTitle: '关于断货应对手册',
    aboutIntro:
      '帮助亚马逊 FBA 卖家应对断货前、断货中和断货后：哪些 SKU 需要安排海运、哪些需要空运、哪些库存滞销，以及价格和广告该怎么调整。',
    aboutInsertSheet: '新建一张补货表，包含各列、公式、表头说明和示例行。不会修改已有的工作表。',
    aboutRefreshColours: '为当前工作表的可售天数列和断货阶段列着色。你自己设置的颜色规则保持不变。',
    aboutOpenSidebar: '显示所选 SKU 的操作清单，并算好相关数字。',
    aboutSettings: '预警天数和颜色、默认安全库存天数和补货周期、销量权重：随本表格保存。',
    aboutFunctions: '可在任意单元格使用的公式：{functions}。',
    aboutPrivacy: '所有数据都留在本表格中，不会发送到任何地方。',
    failed: '断货应对手册未能完成操作：{detail}',
  },
};
