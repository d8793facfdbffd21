// R1 menu action: inserts a ready replenishment sheet under a free name, never over another sheet.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { applyColourRules, type RulesWritten } from '../colour-rules/apply-colour-rules';
import type { Services } from '../services/services';
import type { SheetLike, SpreadsheetAppLike } from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { loadSettings } from '../settings/settings-store';
import { insertFreeSheet } from '../sheet-table/insert-free-sheet';
import {
  checkDataColumns,
  FIRST_DATA_ROW,
  formatDataColumns,
  HEADER_ROW,
  writeHeaderRow,
} from '../sheet-table/sheet-layout';
import { linkToShipmentsSheet } from '../shipments/link-replenishment-sheets';
import { TEMPLATE_MESSAGES } from './template-messages';
import { planTemplate, type TemplatePlan, templateColumn } from './template-plan';

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
export function insertReplenishmentSheet(services: Services): InsertedSheet {
  const locale = userLocale(services.session);
  const messages = TEMPLATE_MESSAGES[locale];
  const { settings } = loadSettings(services.properties);
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = insertFreeSheet(spreadsheet, messages.sheetName);
  const plan = planTemplate(locale, settings);
  writeTemplate(app, sheet, plan, locale);
  const rules = applyColourRules(app, sheet, settings, {
    cover: { column: templateColumn('coverDays'), firstRow: FIRST_DATA_ROW },
    phase: { column: templateColumn('phase'), firstRow: FIRST_DATA_ROW },
  });
  // R10, R23: with a shipments sheet, inbound qty and next arrival come from it.
  linkToShipmentsSheet(spreadsheet, sheet);
  const name = sheet.getName();
  const message = formatMessage(messages.inserted, {
    sheet: name,
    firstExample: FIRST_DATA_ROW,
    lastExample: FIRST_DATA_ROW + plan.examples.length - 1,
  });
  spreadsheet.toast(message, messages.title, 10);
  return { name, rules, message };
}

function writeTemplate(
  app: SpreadsheetAppLike,
  sheet: SheetLike,
  plan: TemplatePlan,
  locale: Locale,
): void {
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

  sheet.setFrozenRows(HEADER_ROW);
  sheet.setFrozenColumns(1);
}
