// R10, R23: links every replenishment sheet of the spreadsheet to the shipments sheet, and says so.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { findTableHeader } from '../platform/sheet-table/read-table';
import { type LinkOutcome, linkInboundColumns } from './link-inbound-columns';
import { SHIPMENT_COLUMNS, SHIPMENT_REQUIRED } from './shipment-columns';
import type { ShipmentRefs } from './shipment-formulas';
import { SHIPMENTS_MESSAGES } from './shipments-messages';
import { refsOf } from './shipments-sheet';

/** Links each replenishment sheet (found by its headers); the shipments sheet itself is skipped. */
export function linkReplenishmentSheets(
  spreadsheet: SpreadsheetLike,
  refs: ShipmentRefs,
): LinkOutcome[] {
  const outcomes: LinkOutcome[] = [];
  for (const sheet of spreadsheet.getSheets()) {
    if (sheet.getName() === refs.sheet) continue;
    const outcome = linkInboundColumns(sheet, refs);
    if (outcome !== undefined) outcomes.push(outcome);
  }
  return outcomes;
}

/** What linking did, for a toast: rows linked and rows that kept what the user typed. */
export function describeLinks(outcomes: readonly LinkOutcome[], locale: Locale): string {
  const messages = SHIPMENTS_MESSAGES[locale];
  let text = '';
  for (const outcome of outcomes) {
    if (outcome.linked.length > 0) {
      text += formatMessage(messages.linked, {
        rows: outcome.linked.length,
        sheet: outcome.sheet,
      });
    }
    if (outcome.kept.length > 0) {
      text += formatMessage(messages.keptTyped, {
        rows: listRows(outcome.kept),
        sheet: outcome.sheet,
      });
    }
  }
  return text;
}

/** "3, 5, 9" — at most eight, then "…". */
function listRows(rows: readonly number[]): string {
  return rows.length > 8 ? `${rows.slice(0, 8).join(', ')}, …` : rows.join(', ');
}

/**
 * Links a newly inserted replenishment sheet to the spreadsheet's shipments sheet, when there is
 * one (found by its headers); undefined when there is none.
 */
export function linkToShipmentsSheet(
  spreadsheet: SpreadsheetLike,
  sheet: SheetLike,
): LinkOutcome | undefined {
  const name = sheet.getName();
  for (const other of spreadsheet.getSheets()) {
    if (other.getName() === name) continue;
    const header = findTableHeader(other, SHIPMENT_COLUMNS, SHIPMENT_REQUIRED);
    if (header === undefined) continue;
    const refs = refsOf(other.getName(), header);
    return refs === undefined ? undefined : linkInboundColumns(sheet, refs);
  }
  return undefined;
}
