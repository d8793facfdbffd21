// R1 menu action: inserts a ready replenishment sheet under a free name, never over another sheet.

import type { Locale } from '../../core/i18n/locale';
import type { RulesWritten } from '../platform/marked-colour-rules';
import type { Services } from '../platform/services/services';
import type {
  SheetLike,
  SpreadsheetAppLike,
  SpreadsheetLike,
} from '../platform/services/spreadsheet-service';
import { userLocale } from '../platform/services/user-locale';
import { loadSettings } from '../platform/settings-store';
import { insertFreeSheet } from '../platform/sheet-table/insert-free-sheet';
import {
  checkDataColumns,
  dataColumn,
  FIRST_DATA_ROW,
  formatDataColumns,
  HEADER_ROW,
  listCheck,
  writeHeaderRow,
} from '../platform/sheet-table/sheet-layout';
import { announceInserted } from '../platform/sheet-table/table-sheet';
import { applyColourRules } from './apply-colour-rules';
import { shipModeChoices } from './sheet-words';
import { TEMPLATE_MESSAGES } from './template-messages';
import { planTemplate, type TemplatePlan, templateColumn } from './template-plan';

/**
 * The sheets a replenishment sheet reads from, which know how to find themselves: the features
 * that make them sit above this one, so the list of features hands them in.
 */
export interface ReplenishmentFeeds {
  /** R5: DEMAND_STATS' `history` argument for the spreadsheet's sales history, if it has one. */
  readonly salesHistory: (spreadsheet: SpreadsheetLike, except: string) => string | undefined;
  /** R10, R23: points the sheet's inbound qty and next arrival at the shipments sheet, if any. */
  readonly linkShipments: (spreadsheet: SpreadsheetLike, sheet: SheetLike) => unknown;
}

export interface InsertedSheet {
  readonly name: string;
  readonly rules: RulesWritten;
  /** The toast shown. */
  readonly message: string;
}

/**
 * Adds a new sheet with the replenishment columns, header notes, formats, input checks, one
 * array formula per computed column, example rows and the colour rules, then makes it active.
 * Nothing existing is touched: the name is one no sheet has.
 */
export function insertReplenishmentSheet(
  services: Services,
  feeds: ReplenishmentFeeds,
): InsertedSheet {
  const locale = userLocale(services.session);
  const messages = TEMPLATE_MESSAGES[locale];
  const { settings } = loadSettings(services.properties);
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = insertFreeSheet(spreadsheet, messages.sheetName);
  // R5: with a Sales-history sheet, daily sales come from the in-stock rate.
  const plan = planTemplate(locale, settings, feeds.salesHistory(spreadsheet, sheet.getName()));
  writeTemplate(app, sheet, plan, locale);
  const rules = applyColourRules(app, sheet, settings, {
    cover: { column: templateColumn('onHandCover'), firstRow: FIRST_DATA_ROW },
    phase: { column: templateColumn('phase'), firstRow: FIRST_DATA_ROW },
    flag: { column: templateColumn('coverFlag'), firstRow: FIRST_DATA_ROW },
  });
  // R10, R23: with a shipments sheet, inbound qty and next arrival come from it.
  feeds.linkShipments(spreadsheet, sheet);
  return {
    ...announceInserted(spreadsheet, sheet.getName(), messages, plan.examples.length),
    rules,
  };
}

function writeTemplate(
  app: SpreadsheetAppLike,
  sheet: SheetLike,
  plan: TemplatePlan,
  locale: Locale,
): void {
  // A new sheet has 26 columns; the template has more.
  const missing = plan.headers.length - sheet.getMaxColumns();
  if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
  writeHeaderRow(sheet, plan.headers, plan.notes, plan.headerBackgrounds);

  // Values first, formats after: a text format set first would turn the example numbers to text.
  sheet
    .getRange(FIRST_DATA_ROW, 1, plan.examples.length, plan.headers.length)
    .setValues(plan.examples);
  for (const { column, value } of plan.exampleDates) {
    sheet.getRange(FIRST_DATA_ROW, column, value.length, 1).setFormulas(value);
  }
  for (const { column, value } of plan.formulas) {
    sheet.getRange(FIRST_DATA_ROW, column).setFormula(value);
  }
  formatDataColumns(sheet, plan.numberFormats);
  checkDataColumns(app, sheet, plan.checks, locale);
  // R8: the ship mode is one of four words, in the sheet's language.
  dataColumn(sheet, templateColumn('shipMode')).setDataValidation(
    listCheck(app, shipModeChoices(locale), TEMPLATE_MESSAGES[locale].shipModeHelp),
  );

  sheet.setFrozenRows(HEADER_ROW);
  sheet.setFrozenColumns(1);
}
