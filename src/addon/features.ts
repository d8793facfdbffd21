// The add-on's features, each declared in its own folder: the menu, the About dialog and the
// Apps Script globals are worked out from this list. A new menu item is one declaration there.

import { aboutFeature } from './about/feature';
import { COLOUR_RULES_FEATURE } from './colour-rules/feature';
import { IMPORT_FEATURE } from './import/feature';
import { KEYWORD_RANKS_FEATURE } from './keyword-ranks/feature';
import { type MenuItem, menuItems } from './menu/menu-items';
import type { Feature } from './platform/feature-kit/feature';
import { PLAYBOOK_LOG_FEATURE } from './playbook-log/feature';
import { replenishmentSheetFeature } from './replenishment-sheet/feature';
import type { ReplenishmentFeeds } from './replenishment-sheet/insert-replenishment-sheet';
import { SALES_HISTORY_FEATURE } from './sales-history/feature';
import { salesHistoryRef } from './sales-history/sales-history-ref';
import { SETTINGS_FEATURE } from './settings/feature';
import { SHIPMENTS_FEATURE } from './shipments/feature';
import { linkToShipmentsSheet } from './shipments/link-replenishment-sheets';
import { SIDEBAR_FEATURE } from './sidebar/feature';
import { WEEKLY_REVIEW_FEATURE } from './weekly-review/feature';

/**
 * What a new replenishment sheet reads (R5, R10, R23): the sales history and the shipments sheet,
 * whose features sit above the replenishment sheet's since they link into it.
 */
export const REPLENISHMENT_FEEDS: ReplenishmentFeeds = {
  salesHistory: salesHistoryRef,
  linkShipments: linkToShipmentsSheet,
};

/** Every feature but the About dialog, which lists what these do. */
const LISTED: readonly Feature[] = [
  replenishmentSheetFeature(REPLENISHMENT_FEEDS),
  SHIPMENTS_FEATURE,
  KEYWORD_RANKS_FEATURE,
  COLOUR_RULES_FEATURE,
  WEEKLY_REVIEW_FEATURE,
  SALES_HISTORY_FEATURE,
  IMPORT_FEATURE,
  SIDEBAR_FEATURE,
  PLAYBOOK_LOG_FEATURE,
  SETTINGS_FEATURE,
];

/** Every feature of the add-on, the About dialog last. */
export const FEATURES: readonly Feature[] = [...LISTED, aboutFeature(LISTED)];

/** The add-on menu, in order. */
export const MENU_ITEMS: readonly MenuItem[] = menuItems(FEATURES);
