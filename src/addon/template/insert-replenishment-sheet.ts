// R1 menu action: inserts a ready replenishment sheet under a free name, never over another sheet.

import { formatMessage } from '../../core/i18n/locale';
import { applyColourRules, type RulesWritten } from '../colour-rules/apply-colour-rules';
import type { Services } from '../services/services';
import type {
  DataValidationLike,
  SheetLike,
  SpreadsheetAppLike,
  SpreadsheetLike,
} from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { loadSettings } from '../settings/settings-store';
import { linkToShipmentsSheet } from '../shipments/link-replenishment-sheets';
import { openColumnRange } from './column-letter';
import type { InputCheck } from './replenishment-columns';
import { TEMPLATE_MESSAGES, type TemplateMessageKey } from './template-messages';
import {
  FIRST_DATA_ROW,
  HEADER_ROW,
  planTemplate,
  type TemplatePlan,
  templateColumn,
} from './template-plan';

/** Names tried: "Replenishment", "Replenishment 2", … up to this number. */
const MAX_NAME_TRIES = 200;

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
  writeTemplate(app, sheet, plan, messages);
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

/** Inserts a sheet named `base`, or `base 2`, `base 3`, … whichever no sheet has yet. */
export function insertFreeSheet(spreadsheet: SpreadsheetLike, base: string): SheetLike {
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = n === 1 ? base : `${base} ${n}`;
    if (spreadsheet.getSheetByName(name) !== null) continue;
    try {
      return spreadsheet.insertSheet(name);
    } catch (error) {
      // Someone else took the name a moment ago: try the next one. Any other failure is real.
      if (spreadsheet.getSheetByName(name) === null) throw error;
    }
  }
  throw new Error(`no free sheet name after "${base} ${MAX_NAME_TRIES}"`);
}

const CHECK_MESSAGE: Readonly<Record<InputCheck, TemplateMessageKey>> = {
  nonNegative: 'checkNonNegative',
  atLeastOne: 'checkAtLeastOne',
  date: 'checkDate',
};

function writeTemplate(
  app: SpreadsheetAppLike,
  sheet: SheetLike,
  plan: TemplatePlan,
  messages: Readonly<Record<TemplateMessageKey, string>>,
): void {
  const width = plan.headers.length;
  const header = sheet.getRange(HEADER_ROW, 1, 1, width);
  header.setValues([plan.headers]);
  header.setNotes([plan.notes]);
  header.setFontWeight('bold');
  header.setBackgrounds([plan.headerBackgrounds]);
  header.setWrap(true);

  // Values first, formats after: a text format set first would turn the example numbers to text.
  sheet.getRange(FIRST_DATA_ROW, 1, plan.examples.length, width).setValues(plan.examples);
  for (const { column, value } of plan.exampleDates) {
    sheet.getRange(FIRST_DATA_ROW, column, value.length, 1).setFormulas(value);
  }
  for (const { column, value } of plan.formulas) {
    sheet.getRange(FIRST_DATA_ROW, column).setFormula(value);
  }
  for (const { column, value } of plan.numberFormats) {
    sheet.getRange(openColumnRange(column, FIRST_DATA_ROW)).setNumberFormat(value);
  }

  const rules = new Map<InputCheck, DataValidationLike>();
  for (const { column, value: check } of plan.checks) {
    let rule = rules.get(check);
    if (rule === undefined) {
      rule = buildCheck(app, check, messages[CHECK_MESSAGE[check]]);
      rules.set(check, rule);
    }
    sheet.getRange(openColumnRange(column, FIRST_DATA_ROW)).setDataValidation(rule);
  }

  sheet.setFrozenRows(HEADER_ROW);
  sheet.setFrozenColumns(1);
}

/** A validation that rejects (not merely flags) what the column cannot hold. */
function buildCheck(app: SpreadsheetAppLike, check: InputCheck, help: string): DataValidationLike {
  const builder = app.newDataValidation();
  const required =
    check === 'date'
      ? builder.requireDate()
      : builder.requireNumberGreaterThanOrEqualTo(check === 'atLeastOne' ? 1 : 0);
  return required.setAllowInvalid(false).setHelpText(help).build();
}
