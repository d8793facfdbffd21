// The replenishment sheet: one row per SKU, its formulas, notes and example rows (R1, R2).

import type { Feature } from '../platform/feature-kit/feature';
import { insertReplenishmentSheet, type ReplenishmentFeeds } from './insert-replenishment-sheet';
import { REPLENISHMENT_COLUMNS } from './replenishment-columns';
import { TEMPLATE_MESSAGES } from './template-messages';

/** The replenishment sheet's feature; a new sheet takes its figures from `feeds`. */
export function replenishmentSheetFeature(feeds: ReplenishmentFeeds): Feature {
  return {
    name: 'the replenishment sheet',
    menu: [
      {
        id: 'insertReplenishmentSheet',
        caption: { en: 'Insert replenishment sheet', 'zh-CN': '插入补货表' },
        about: {
          en: 'Adds a new sheet with the replenishment columns, their formulas, notes and example rows. Existing sheets are never changed.',
          'zh-CN': '新建一张补货表，包含各列、公式、表头说明和示例行。不会修改已有的工作表。',
        },
        doc: 'Menu: insert a replenishment sheet.',
        section: 'sheets',
        order: 10,
        run: (services) => insertReplenishmentSheet(services, feeds),
      },
    ],
    catalogs: { TEMPLATE_MESSAGES },
    sheet: { columns: REPLENISHMENT_COLUMNS },
  };
}
