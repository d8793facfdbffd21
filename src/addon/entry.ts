// Every Apps Script global of the add-on, each a one-line delegate. The build turns each key into
// a top-level function in dist/Code.js; nothing else becomes global. Each names its caller.

import {
  type EntryPoint,
  entry,
  IMPORT_PAGE,
  MENU,
  MENU_AND_IMPORT_PAGE,
  SETTINGS_PAGE,
  SIDEBAR_PAGE,
  TRIGGER,
} from './entry-point';
import { FORMULA_ENTRY_POINTS } from './formula-entry';
import {
  importAmazonReportEndpoint,
  showImportDialogAction,
  undoLastImportEndpoint,
} from './import/import-globals';
import {
  addTodaysRankRowsAction,
  checkShipmentsAction,
  handleOpen,
  insertKeywordRankSheetAction,
  insertReplenishmentSheetAction,
  insertSalesHistorySheetAction,
  insertShipmentsSheetAction,
  openSidebarAction,
  openWeeklyReviewAction,
  refreshColourRulesAction,
  showAboutDialogAction,
  showSettingsDialogAction,
  workOutDemandAction,
} from './menu/menu-globals';
import {
  getPlaybookSettingsEndpoint,
  savePlaybookSettingsEndpoint,
} from './settings/settings-globals';
import { getSidebarStateEndpoint, setChecklistItemEndpoint } from './sidebar/sidebar-globals';

export const ENTRY_POINTS: Readonly<Record<string, EntryPoint>> = {
  ...FORMULA_ENTRY_POINTS,
  onOpen: entry(
    TRIGGER,
    'Builds the add-on menu; works before authorization (AuthMode.NONE).',
    ['e'],
    handleOpen,
  ),
  onInstall: entry(TRIGGER, 'Builds the add-on menu right after installation.', ['e'], handleOpen),
  insertReplenishmentSheet: entry(
    MENU,
    'Menu: insert a replenishment sheet.',
    [],
    insertReplenishmentSheetAction,
  ),
  refreshColourRules: entry(MENU, 'Menu: refresh the colour rules.', [], refreshColourRulesAction),
  openWeeklyReview: entry(
    MENU,
    'Menu: write and open the Weekly review sheet.',
    [],
    openWeeklyReviewAction,
  ),
  openSidebar: entry(MENU, 'Menu: open the playbook sidebar.', [], openSidebarAction),
  showSettingsDialog: entry(MENU, 'Menu: open the settings dialog.', [], showSettingsDialogAction),
  showAboutDialog: entry(MENU, 'Menu: about the add-on.', [], showAboutDialogAction),
  insertShipmentsSheet: entry(
    MENU,
    'Menu: insert a shipments sheet.',
    [],
    insertShipmentsSheetAction,
  ),
  insertKeywordRankSheet: entry(
    MENU,
    'Menu: insert a keyword-rank sheet.',
    [],
    insertKeywordRankSheetAction,
  ),
  checkShipments: entry(MENU, 'Menu: check the shipments sheet.', [], checkShipmentsAction),
  addTodaysRankRows: entry(
    MENU,
    "Menu: add today's keyword-rank rows.",
    [],
    addTodaysRankRowsAction,
  ),
  insertSalesHistorySheet: entry(
    MENU,
    'Menu: insert a sales-history sheet.',
    [],
    insertSalesHistorySheetAction,
  ),
  workOutDemandFromSalesHistory: entry(
    MENU,
    'Menu: write demand figures from the sales history.',
    [],
    workOutDemandAction,
  ),
  getPlaybookSettings: entry(
    SETTINGS_PAGE,
    'Settings dialog: the settings in force.',
    [],
    getPlaybookSettingsEndpoint,
  ),
  savePlaybookSettings: entry(
    SETTINGS_PAGE,
    'Settings dialog: validate and save settings.',
    ['input'],
    savePlaybookSettingsEndpoint,
  ),
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
  showImportDialog: entry(MENU, 'Menu: import an Amazon report.', [], showImportDialogAction),
  importAmazonReport: entry(
    IMPORT_PAGE,
    'Import dialog: merge an Amazon report ({ text, fileName }) into the sheets.',
    ['request'],
    importAmazonReportEndpoint,
  ),
  undoLastImport: entry(
    MENU_AND_IMPORT_PAGE,
    'Menu: undo the last report import.',
    [],
    undoLastImportEndpoint,
  ),
};
