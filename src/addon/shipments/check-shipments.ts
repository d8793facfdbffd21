// R3, R10, R23, R32 menu action: the daily look at the shipments — dates typed as text fixed,
// flag colours refreshed, replenishment rows linked, and what needs attention told.

import { formatMessage } from '../../core/i18n/locale';
import { inboundBySku } from '../../core/shipments/inbound-by-sku';
import {
  SHIPMENT_ANOMALIES,
  type ShipmentAnomaly,
  shipmentAnomalies,
} from '../../core/shipments/shipment-anomalies';
import { dayIn } from '../platform/cell-date';
import type { RulesWritten } from '../platform/marked-colour-rules';
import type { Services } from '../platform/services/services';
import { userLocale } from '../platform/services/user-locale';
import { describeProblems, type RowProblem } from '../platform/sheet-table/row-problem';
import { applyShipmentFlags } from './apply-shipment-flags';
import { fixTextDates } from './fix-text-dates';
import type { LinkOutcome } from './link-inbound-columns';
import { describeLinks, linkReplenishmentSheets } from './link-replenishment-sheets';
import { readShipments, type ShipmentRow } from './read-shipments';
import { SHIPMENTS_MESSAGES } from './shipments-messages';
import { findShipmentsSheet, type ShipmentsSheet } from './shipments-sheet';

export interface ShipmentsChecked {
  readonly sheet: string;
  readonly shipments: readonly ShipmentRow[];
  /** Open shipments and the units they still bring, over every SKU. */
  readonly open: number;
  readonly inboundUnits: number;
  /** How many shipments show each anomaly today. */
  readonly anomalies: Readonly<Record<ShipmentAnomaly, number>>;
  /** Date cells typed as text that were turned into dates (A1). */
  readonly datesFixed: readonly string[];
  readonly rules: RulesWritten | undefined;
  readonly links: readonly LinkOutcome[];
  readonly problems: readonly RowProblem[];
  /** The toast shown. */
  readonly message: string;
}

/**
 * Checks the shipments sheet: `found` when the caller has read it already, else the active one,
 * else the first found by its headers. `now` is read in the spreadsheet's time zone for today's
 * date. Returns undefined, after an alert, when the spreadsheet has no shipments sheet.
 */
export function checkShipments(
  services: Services,
  now: Date = new Date(),
  found?: ShipmentsSheet,
): ShipmentsChecked | undefined {
  const locale = userLocale(services.session);
  const messages = SHIPMENTS_MESSAGES[locale];
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  found ??= findShipmentsSheet(spreadsheet);
  if (found === undefined) {
    services.ui.getUi().alert(messages.noShipmentsSheet);
    return undefined;
  }
  const { sheet, table, refs } = found;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const today = dayIn(now, timeZone);

  const datesFixed = fixTextDates(sheet, table);
  const read = readShipments(table, timeZone, locale);
  const anomalies = Object.fromEntries(SHIPMENT_ANOMALIES.map((a) => [a, 0])) as Record<
    ShipmentAnomaly,
    number
  >;
  for (const { shipment } of read.shipments) {
    for (const anomaly of shipmentAnomalies(shipment, today)) anomalies[anomaly]++;
  }
  let open = 0;
  let inboundUnits = 0;
  for (const sku of inboundBySku(read.shipments.map((s) => s.shipment)).values()) {
    open += sku.openShipments;
    inboundUnits += sku.units;
  }

  const check = table.columns.check;
  const rules =
    refs === undefined
      ? undefined
      : applyShipmentFlags(app, sheet, refs, check === undefined ? undefined : check + 1);
  const links = refs === undefined ? [] : linkReplenishmentSheets(spreadsheet, refs);

  const anyAnomaly = SHIPMENT_ANOMALIES.some((a) => anomalies[a] > 0);
  const message = formatMessage(messages.checked, {
    sheet: sheet.getName(),
    open,
    units: inboundUnits,
    anomalies: anyAnomaly
      ? formatMessage(messages.anomalies, {
          etaPassed: anomalies.ETA_PASSED,
          delayed: anomalies.DELAYED,
          lost: anomalies.LOST,
          short: anomalies.SHORT_RECEIVED,
        })
      : messages.noAnomalies,
    dates:
      datesFixed.length === 0
        ? ''
        : formatMessage(messages.datesFixed, {
            count: datesFixed.length,
            cells: datesFixed.slice(0, 8).join(', '),
          }),
    linked: describeLinks(links, locale),
    problems: describeProblems(read.problems, locale),
  });
  spreadsheet.toast(message, messages.title, 15);
  return {
    sheet: sheet.getName(),
    shipments: read.shipments,
    open,
    inboundUnits,
    anomalies,
    datesFixed,
    rules,
    links,
    problems: read.problems,
    message,
  };
}
