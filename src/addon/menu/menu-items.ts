// The add-on menu: each item's caption and the global function it runs, in menu order.

import type { MenuMessageKey } from './menu-messages';

export interface MenuItem {
  readonly caption: MenuMessageKey;
  /** The Apps Script global (a key of ENTRY_POINTS) the item calls. */
  readonly functionName: string;
  /** A separator is drawn above the item. */
  readonly separatorBefore?: boolean;
}

export const MENU_ITEMS: readonly MenuItem[] = [
  { caption: 'insertSheet', functionName: 'insertReplenishmentSheet' },
  { caption: 'insertShipments', functionName: 'insertShipmentsSheet' },
  { caption: 'insertRanks', functionName: 'insertKeywordRankSheet' },
  { caption: 'refreshColours', functionName: 'refreshColourRules' },
  { caption: 'weeklyReview', functionName: 'openWeeklyReview' },
  { caption: 'checkShipments', functionName: 'checkShipments' },
  { caption: 'addRankRows', functionName: 'addTodaysRankRows' },
  { caption: 'insertSalesHistory', functionName: 'insertSalesHistorySheet' },
  { caption: 'workOutDemand', functionName: 'workOutDemandFromSalesHistory' },
  { caption: 'importReport', functionName: 'showImportDialog', separatorBefore: true },
  { caption: 'undoImport', functionName: 'undoLastImport' },
  { caption: 'openSidebar', functionName: 'openSidebar' },
  { caption: 'settings', functionName: 'showSettingsDialog', separatorBefore: true },
  { caption: 'about', functionName: 'showAboutDialog' },
];
