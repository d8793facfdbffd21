// R3, R10, R23 menu action: inserts a ready shipments sheet under a free name and links the
// replenishment sheets' inbound qty and next arrival to it.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { RulesWritten } from '../colour-rules/apply-colour-rules';
import type { Services } from '../services/services';
import type { SheetLike, SpreadsheetAppLike } from '../services/spreadsheet-service';
import { userLocale } from '../services/user-locale';
import { insertFreeSheet } from '../sheet-table/insert-free-sheet';
import { safeCellValue } from '../sheet-table/safe-cell-value';
import {
  checkDataColumns,
  dataColumn,
  FIRST_DATA_ROW,
  formatDataColumns,
  HEADER_BACKGROUNDS,
  HEADER_ROW,
  listCheck,
  perColumn,
  writeHeaderRow,
} from '../sheet-table/sheet-layout';
import { todayPlus } from '../sheet-table/today-plus';
import { applyShipmentFlags } from './apply-shipment-flags';
import { EXAMPLE_SHIPMENTS } from './example-shipments';
import type { LinkOutcome } from './link-inbound-columns';
import { describeLinks, linkReplenishmentSheets } from './link-replenishment-sheets';
import { SHIPMENT_COLUMNS, type ShipmentColumnKey, shipmentColumn } from './shipment-columns';
import { checkFormula, type ShipmentRefs } from './shipment-formulas';
import { MODE_WORDS, modeChoices, STATUS_WORDS, statusChoices } from './shipment-words';
import { SHIPMENTS_MESSAGES } from './shipments-messages';

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
  writeHeaderRow(
    sheet,
    SHIPMENT_COLUMNS.map((c) => c.header[locale]),
    SHIPMENT_COLUMNS.map((c) => c.note[locale]),
    SHIPMENT_COLUMNS.map((c) => HEADER_BACKGROUNDS[c.key === 'check' ? 'computed' : 'input']),
  );

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
    // The dates are formulas; every other cell goes in as text or number, never a formula.
    return SHIPMENT_COLUMNS.map((c) =>
      c.key === 'shipDate' || c.key === 'eta' ? cells[c.key] : safeCellValue(cells[c.key]),
    );
  });
  sheet.getRange(FIRST_DATA_ROW, 1, rows.length, SHIPMENT_COLUMNS.length).setValues(rows);
  sheet
    .getRange(FIRST_DATA_ROW, shipmentColumn('check'))
    .setFormula(checkFormula(insertedRefs(sheet.getName()), locale));

  formatDataColumns(
    sheet,
    perColumn(SHIPMENT_COLUMNS, (c) => c.numberFormat),
  );

  const dropDown = (key: ShipmentColumnKey, choices: string[], help: string) => {
    const rule = listCheck(app, choices, formatMessage(help, { choices: choices.join(', ') }));
    dataColumn(sheet, shipmentColumn(key)).setDataValidation(rule);
  };
  dropDown('status', statusChoices(locale), messages.helpStatus);
  dropDown('mode', modeChoices(locale), messages.helpMode);
  checkDataColumns(
    app,
    sheet,
    perColumn(SHIPMENT_COLUMNS, (c) => c.check),
    locale,
  );

  sheet.setFrozenRows(HEADER_ROW);
}
