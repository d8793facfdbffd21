// Every text a user sees, in one registry: the message catalogs and the data that carries
// {en, 'zh-CN'} pairs inline (column headers, notes, labels, menu captions, words typed in cells).
// One test walks it all: every key in both languages, the same placeholders, each text in its own
// language.

import { CUSTOM_FUNCTIONS } from './addon/custom-functions/catalog';
import { HISTORY_COLUMN_LABELS } from './addon/custom-functions/read-history';
import { FEATURES } from './addon/features';
import { REPORT_STATUS_COLUMN } from './addon/import/import-columns';
import { KIND_WORDS } from './addon/keyword-ranks/rank-words';
import { menuItemsOf } from './addon/platform/feature-kit/feature';
import { MENU_MESSAGES } from './addon/platform/feature-kit/menu-messages';
import { SHEET_TABLE_MESSAGES } from './addon/platform/sheet-table/sheet-table-messages';
import {
  COVER_FLAG_WORDS,
  SALES_BASIS_WORDS,
  SHIP_MODE_WORDS,
} from './addon/replenishment-sheet/sheet-words';
import { MODE_WORDS, STATUS_WORDS } from './addon/shipments/shipment-words';
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
import { DIALOG_TEXTS } from './ui/import-dialog/dialog-messages';
import { CYCLE_TEXTS } from './ui/sidebar/cycle-messages';
import { KEYWORD_TEXTS } from './ui/sidebar/keyword-messages';
import { SIDEBAR_TEXTS } from './ui/sidebar/sidebar-messages';

/** Every typed message catalog, by name: each feature's, then the platform's, core's and pages'. */
export const CATALOGS: Readonly<Record<string, Catalog<string>>> = {
  ...Object.assign({}, ...FEATURES.map((feature) => feature.catalogs ?? {})),
  MENU_MESSAGES,
  SHEET_TABLE_MESSAGES,
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
  MENU_ITEMS: menuItemsOf(FEATURES),
  SHEET_KINDS: FEATURES.map((feature) => feature.sheet),
  CUSTOM_FUNCTIONS,
  HISTORY_COLUMN_LABELS,
  REPORT_STATUS_COLUMN,
  KIND_WORDS,
  MODE_WORDS,
  STATUS_WORDS,
  COVER_FLAG_WORDS,
  SALES_BASIS_WORDS,
  SHIP_MODE_WORDS,
  SETTINGS_GROUP_TITLES,
  SETTINGS_SCHEMA,
  SETTINGS_SECTIONS_SCHEMA,
};
