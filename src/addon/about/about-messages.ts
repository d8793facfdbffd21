// The About dialog's own texts, in both languages: its title, what the add-on does, the formulas
// and where the data stays.

import type { Catalog } from '../../core/i18n/locale';

export type AboutMessageKey = 'aboutTitle' | 'aboutIntro' | 'aboutFunctions' | 'aboutPrivacy';

export const ABOUT_MESSAGES: Catalog<AboutMessageKey> = {
  en: {
    aboutTitle: 'About Stockout Playbook',
    aboutIntro:
      'Guides Amazon FBA sellers before, during and after a stockout: which SKUs need a sea order, which need air freight, which are overstocked, and what to do about price and ads.',
    aboutFunctions: 'Formulas you can type in any cell: {functions}.',
    aboutPrivacy: 'Everything stays in this spreadsheet: nothing is sent anywhere.',
  },
  'zh-CN': {
    aboutTitle: '关于断货应对手册',
    aboutIntro:
      '帮助亚马逊 FBA 卖家应对断货前、断货中和断货后：哪些 SKU 需要安排海运、哪些需要空运、哪些库存滞销，以及价格和广告该怎么调整。',
    aboutFunctions: '可在任意单元格使用的公式：{functions}。',
    aboutPrivacy: '所有数据都留在本表格中，不会发送到任何地方。',
  },
};
