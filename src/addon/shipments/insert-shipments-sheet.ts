// R3, R10, R23 menu action: inserts a ready shipments sheet under a free name and links the
// replenishment sheets' inbound qty and next arrival to it.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { RulesWritten } from '../platform/marked-colour-rules';
import type { Services } from '../platform/services/services';
import { safeCellValue } from '../platform/sheet-table/safe-cell-value';
import { dataColumn, FIRST_DATA_ROW, listCheck } from '../platform/sheet-table/sheet-layout';
import { insertedText, insertTableSheet } from '../platform/sheet-table/table-sheet';
import { todayPlus } from '../platform/sheet-table/today-plus';
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
  const { locale, app, spreadsheet, sheet } = insertTableSheet(
    services,
    SHIPMENTS_MESSAGES,
    ({ app, sheet, locale }) => ({
      columns: SHIPMENT_COLUMNS,
      computed: ['check'],
      rows: exampleRows(locale),
      afterRows: () => {
        sheet
          .getRange(FIRST_DATA_ROW, shipmentColumn('check'))
          .setFormula(checkFormula(insertedRefs(sheet.getName()), locale));
      },
      dropDowns: () => {
        const messages = SHIPMENTS_MESSAGES[locale];
        const dropDown = (key: ShipmentColumnKey, choices: string[], help: string) => {
          const rule = listCheck(
            app,
            choices,
            formatMessage(help, { choices: choices.join(', ') }),
          );
          dataColumn(sheet, shipmentColumn(key)).setDataValidation(rule);
        };
        dropDown('status', statusChoices(locale), messages.helpStatus);
        dropDown('mode', modeChoices(locale), messages.helpMode);
      },
      checkInputs: true,
    }),
  );
  const messages = SHIPMENTS_MESSAGES[locale];
  const refs = insertedRefs(sheet.getName());
  const rules = applyShipmentFlags(app, sheet, refs, shipmentColumn('check'));
  const links = linkReplenishmentSheets(spreadsheet, refs);

  const name = sheet.getName();
  let message = insertedText(messages.inserted, name, EXAMPLE_SHIPMENTS.length);
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

/** The example rows; the dates are =TODAY()±n formulas, every other cell text or a number. */
function exampleRows(locale: Locale): unknown[][] {
  const messages = SHIPMENTS_MESSAGES[locale];
  return EXAMPLE_SHIPMENTS.map((example) => {
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
    return SHIPMENT_COLUMNS.map((c) =>
      c.key === 'shipDate' || c.key === 'eta' ? cells[c.key] : safeCellValue(cells[c.key]),
    );
  });
}
