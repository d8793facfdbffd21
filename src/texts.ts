// Every text a user sees, in one registry: the message catalogs and the data that carries
// {en, 'zh-CN'} pairs inline (column headers, notes, labels, menu captions, words typed in cells).
// One test walks it all: every key in both languages, the same placeholders, each text in its own
// language.

import { COLOUR_RULES_MESSAGES } from './addon/colour-rules/colour-rules-messages';
import { CUSTOM_FUNCTIONS } from './addon/custom-functions/catalog';
import { HISTORY_COLUMN_LABELS } from './addon/custom-functions/read-history';
import { REPORT_STATUS_COLUMN } from './addon/import/import-columns';
import { IMPORT_MESSAGES } from './addon/import/import-messages';
import { RANK_COLUMNS } from './addon/keyword-ranks/rank-columns';
import { RANK_MESSAGES } from './addon/keyword-ranks/rank-messages';
import { KIND_WORDS } from './addon/keyword-ranks/rank-words';
import { MENU_FEATURES } from './addon/menu/menu-items';
import { MENU_MESSAGES } from './addon/menu/menu-messages';
import { SALES_HISTORY_COLUMNS } from './addon/sales-history/sales-history-columns';
import { SALES_HISTORY_MESSAGES } from './addon/sales-history/sales-history-messages';
import { SETTINGS_DIALOG_MESSAGES } from './addon/settings/settings-dialog-messages';
import { SHEET_TABLE_MESSAGES } from './addon/sheet-table/sheet-table-messages';
import { SHIPMENT_COLUMNS } from './addon/shipments/shipment-columns';
import { MODE_WORDS, STATUS_WORDS } from './addon/shipments/shipment-words';
import { SHIPMENTS_MESSAGES } from './addon/shipments/shipments-messages';
import { SIDEBAR_ENDPOINT_MESSAGES } from './addon/sidebar/sidebar-endpoint-messages';
import { REPLENISHMENT_COLUMNS } from './addon/template/replenishment-columns';
import { COVER_FLAG_WORDS, SALES_BASIS_WORDS, SHIP_MODE_WORDS } from './addon/template/sheet-words';
import { TEMPLATE_MESSAGES } from './addon/template/template-messages';
import { REVIEW_MESSAGES } from './addon/weekly-review/review-messages';
import type { Catalog } from './core/i18n/locale';
import { IMPORT_CORE_MESSAGES } from './core/import/import-messages';
import { INPUT_MESSAGES } from './core/input-messages';
import { PLAN_TEXTS } from './core/plan/plan-messages';
import { SETTINGS_LABELS, SETTINGS_PROBLEMS } from './core/settings/settings-messages';
import {
  SETTINGS_GROUP_TITLES,
  SETTINGS_SCHEMA,
  SETTINGS_SECTIONS_SCHEMA,
} from './core/settings/settings-schema';
import { DIALOG_TEXTS } from './import-dialog/dialog-messages';
import { CYCLE_TEXTS } from './sidebar/cycle-messages';
import { KEYWORD_TEXTS } from './sidebar/keyword-messages';
import { SIDEBAR_TEXTS } from './sidebar/sidebar-messages';

/** The typed message catalogs, by name. */
export const CATALOGS: Readonly<Record<string, Catalog<string>>> = {
  COLOUR_RULES_MESSAGES,
  IMPORT_MESSAGES,
  RANK_MESSAGES,
  MENU_MESSAGES,
  SALES_HISTORY_MESSAGES,
  SETTINGS_DIALOG_MESSAGES,
  SHEET_TABLE_MESSAGES,
  SHIPMENTS_MESSAGES,
  SIDEBAR_ENDPOINT_MESSAGES,
  TEMPLATE_MESSAGES,
  REVIEW_MESSAGES,
  IMPORT_CORE_MESSAGES,
  INPUT_MESSAGES,
  PLAN_TEXTS,
  SETTINGS_LABELS,
  SETTINGS_PROBLEMS,
  DIALOG_TEXTS,
  CYCLE_TEXTS,
  KEYWORD_TEXTS,
  SIDEBAR_TEXTS,
};

/**
 * Data that carries its texts inline: every object in it with exactly the keys `en` and `zh-CN`
 * is one text in both languages (or, when both hold objects, a catalog of its own).
 */
export const INLINE_TEXTS: Readonly<Record<string, unknown>> = {
  MENU_FEATURES,
  CUSTOM_FUNCTIONS,
  HISTORY_COLUMN_LABELS,
  REPORT_STATUS_COLUMN,
  RANK_COLUMNS,
  KIND_WORDS,
  SALES_HISTORY_COLUMNS,
  SHIPMENT_COLUMNS,
  MODE_WORDS,
  STATUS_WORDS,
  REPLENISHMENT_COLUMNS,
  COVER_FLAG_WORDS,
  SALES_BASIS_WORDS,
  SHIP_MODE_WORDS,
  SETTINGS_GROUP_TITLES,
  SETTINGS_SCHEMA,
  SETTINGS_SECTIONS_SCHEMA,
};
