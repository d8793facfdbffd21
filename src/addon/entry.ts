// Every Apps Script global of the add-on, each a one-line delegate. The build turns each key into
// a top-level function in dist/Code.js; nothing else becomes global.

import { type EntryPoint, entry } from './entry-point';
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
  insertShipmentsSheetAction,
  openSidebarAction,
  refreshColourRulesAction,
  showAboutDialogAction,
  showSettingsDialogAction,
} from './menu/menu-globals';
import {
  getPlaybookSettingsEndpoint,
  savePlaybookSettingsEndpoint,
} from './settings/settings-globals';
import { getSidebarStateEndpoint, setChecklistItemEndpoint } from './sidebar/sidebar-globals';

export const ENTRY_POINTS: Readonly<Record<string, EntryPoint>> = {
  ...FORMULA_ENTRY_POINTS,
  onOpen: entry(
    'Builds the add-on menu; works before authorization (AuthMode.NONE).',
    ['e'],
    handleOpen,
  ),
  onInstall: entry('Builds the add-on menu right after installation.', ['e'], handleOpen),
  insertReplenishmentSheet: entry(
    'Menu: insert a replenishment sheet.',
    [],
    insertReplenishmentSheetAction,
  ),
  refreshColourRules: entry('Menu: refresh the colour rules.', [], refreshColourRulesAction),
  openSidebar: entry('Menu: open the playbook sidebar.', [], openSidebarAction),
  showSettingsDialog: entry('Menu: open the settings dialog.', [], showSettingsDialogAction),
  showAboutDialog: entry('Menu: about the add-on.', [], showAboutDialogAction),
  insertShipmentsSheet: entry('Menu: insert a shipments sheet.', [], insertShipmentsSheetAction),
  insertKeywordRankSheet: entry(
    'Menu: insert a keyword-rank sheet.',
    [],
    insertKeywordRankSheetAction,
  ),
  checkShipments: entry('Menu: check the shipments sheet.', [], checkShipmentsAction),
  addTodaysRankRows: entry("Menu: add today's keyword-rank rows.", [], addTodaysRankRowsAction),
  getPlaybookSettings: entry('Endpoint: the settings in force.', [], getPlaybookSettingsEndpoint),
  savePlaybookSettings: entry(
    'Endpoint: validate and save settings.',
    ['input'],
    savePlaybookSettingsEndpoint,
  ),
  getSidebarState: entry('Sidebar: the plan for the selected row.', [], getSidebarStateEndpoint),
  setChecklistItem: entry('Sidebar: save a checklist tick.', ['payload'], setChecklistItemEndpoint),
  showImportDialog: entry('Menu: import an Amazon report.', [], showImportDialogAction),
  importAmazonReport: entry(
    'Import dialog: merge an Amazon report ({ text, fileName }) into the sheets.',
    ['request'],
    importAmazonReportEndpoint,
  ),
  undoLastImport: entry('Menu: undo the last report import.', [], undoLastImportEndpoint),
};
