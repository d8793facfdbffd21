// R3, R10, R23 menu action: inserts a ready shipments sheet under a free name and links the
// replenishment sheets' inbound qty and next arrival to it.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { RulesWritten } from '../colour-rules/apply-colour-rules';
import type { Services } from '../services/services';
import type {
  DataValidationLike,
  SheetLike,
  SpreadsheetAppLike,
} from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { openColumnRange } from '../template/column-letter';
import { insertFreeSheet } from '../template/insert-replenishment-sheet';
import { applyShipmentFlags } from './apply-shipment-flags';
import { EXAMPLE_SHIPMENTS, todayPlus } from './example-shipments';
import type { LinkOutcome } from './link-inbound-columns';
import { describeLinks, linkReplenishmentSheets } from './link-replenishment-sheets';
import { SHIPMENT_COLUMNS, type ShipmentColumnKey, shipmentColumn } from './shipment-columns';
import { checkFormula, type ShipmentRefs } from './shipment-formulas';
import { MODE_WORDS, modeChoices, STATUS_WORDS, statusChoices } from './shipment-words';
import { SHIPMENTS_MESSAGES } from './shipments-messages';

const HEADER_ROW = 1;
const FIRST_DATA_ROW = 2;
/** Header colours: grey for what the seller types, blue-grey for what is worked out. */
const INPUT_HEADER = '#efefef';
const COMPUTED_HEADER = '#d0e0e3';

export interface InsertedShipments {
  readonly name: string;
  readonly rules: RulesWritten;
  readonly links: readonly LinkOutcome[];
  /** The toast shown. */
  readonly message: string;
}

/**
 * Adds a shipments sheet: headers with notes, example rows, drop-downs for mode and status, the
 * check column's formula and the flag colours; then links every replenishment sheet's blank
 * inbound qty and next arrival to it. Nothing existing is overwritten.
 */
export function insertShipmentsSheet(services: Services): InsertedShipments {
  const locale = userLocale(services.session);
  const messages = SHIPMENTS_MESSAGES[locale];
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = insertFreeSheet(spreadsheet, messages.sheetName);
  writeShipmentsSheet(app, sheet, locale);
  const refs = insertedRefs(sheet.getName());
  const rules = applyShipmentFlags(app, sheet, refs, shipmentColumn('check'));
  const links = linkReplenishmentSheets(spreadsheet, refs);
  spreadsheet.setActiveSheet(sheet);

  const name = sheet.getName();
  let message = formatMessage(messages.inserted, {
    sheet: name,
    firstExample: FIRST_DATA_ROW,
    lastExample: FIRST_DATA_ROW + EXAMPLE_SHIPMENTS.length - 1,
  });
  message += links.length === 0 ? messages.noReplenishment : describeLinks(links, locale);
  spreadsheet.toast(message, messages.title, 10);
  return { name, rules, links, message };
}

/** Where the formulas find the columns of a freshly inserted shipments sheet. */
export function insertedRefs(sheet: string): ShipmentRefs {
  return {
    sheet,
    firstRow: FIRST_DATA_ROW,
    columns: {
      sku: shipmentColumn('sku'),
      units: shipmentColumn('units'),
      eta: shipmentColumn('eta'),
      status: shipmentColumn('status'),
      receivedUnits: shipmentColumn('receivedUnits'),
    },
  };
}

function writeShipmentsSheet(app: SpreadsheetAppLike, sheet: SheetLike, locale: Locale): void {
  const messages = SHIPMENTS_MESSAGES[locale];
  const width = SHIPMENT_COLUMNS.length;
  const header = sheet.getRange(HEADER_ROW, 1, 1, width);
  header.setValues([SHIPMENT_COLUMNS.map((c) => c.header[locale])]);
  header.setNotes([SHIPMENT_COLUMNS.map((c) => c.note[locale])]);
  header.setFontWeight('bold');
  header.setBackgrounds([
    SHIPMENT_COLUMNS.map((c) => (c.key === 'check' ? COMPUTED_HEADER : INPUT_HEADER)),
  ]);
  header.setWrap(true);

  // One write for the examples; the dates are =TODAY()±n formulas, entered as formulas.
  const rows = EXAMPLE_SHIPMENTS.map((example) => {
    const cells: Record<ShipmentColumnKey, string | number> = {
      shipmentId: example.id,
      sku: example.sku,
      units: example.units,
      mode: MODE_WORDS[example.mode][locale],
      shipDate: todayPlus(example.shipDay),
      eta: todayPlus(example.etaDay),
      status: STATUS_WORDS[example.status][locale],
      receivedUnits: example.received ?? '',
      check: '',
      notes: messages[example.note],
    };
    return SHIPMENT_COLUMNS.map((c) => cells[c.key]);
  });
  sheet.getRange(FIRST_DATA_ROW, 1, rows.length, width).setValues(rows);
  sheet
    .getRange(FIRST_DATA_ROW, shipmentColumn('check'))
    .setFormula(checkFormula(insertedRefs(sheet.getName()), locale));

  for (const [index, column] of SHIPMENT_COLUMNS.entries()) {
    if (column.numberFormat === undefined) continue;
    sheet.getRange(openColumnRange(index + 1, FIRST_DATA_ROW)).setNumberFormat(column.numberFormat);
  }

  const validate = (key: ShipmentColumnKey, rule: DataValidationLike) =>
    sheet.getRange(openColumnRange(shipmentColumn(key), FIRST_DATA_ROW)).setDataValidation(rule);
  const list = (choices: string[], help: string) =>
    app
      .newDataValidation()
      .requireValueInList(choices)
      .setAllowInvalid(false)
      .setHelpText(formatMessage(help, { choices: choices.join(', ') }))
      .build();
  validate('status', list(statusChoices(locale), messages.helpStatus));
  validate('mode', list(modeChoices(locale), messages.helpMode));
  const units = app
    .newDataValidation()
    .requireNumberGreaterThanOrEqualTo(0)
    .setAllowInvalid(false)
    .setHelpText(messages.helpUnits)
    .build();
  validate('units', units);
  validate('receivedUnits', units);

  sheet.setFrozenRows(HEADER_ROW);
}
