// Finds the shipments sheet — the active one when it is one, else the first — and where its
// columns are, by header, wherever the user moved them.

import { LOCALES } from '../../core/i18n/locale';
import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { findTableSheet, readTable, type SheetTable } from '../platform/sheet-table/read-table';
import { SHIPMENT_COLUMNS, SHIPMENT_REQUIRED, type ShipmentColumnKey } from './shipment-columns';
import type { ShipmentRefs } from './shipment-formulas';
import { SHIPMENTS_MESSAGES } from './shipments-messages';

export interface ShipmentsSheet {
  readonly sheet: SheetLike;
  readonly table: SheetTable<ShipmentColumnKey>;
  /** Where the formulas read it; undefined when it lacks an ETA or received-units column. */
  readonly refs: ShipmentRefs | undefined;
}

/**
 * The shipments sheet: the active sheet if its headers name a SKU, units and status, else the
 * one with the inserted sheet's name, else the first such sheet. Only that sheet is read in full.
 */
export function findShipmentsSheet(spreadsheet: SpreadsheetLike): ShipmentsSheet | undefined {
  const found = findTableSheet(
    {
      first: [
        () => spreadsheet.getActiveSheet(),
        ...LOCALES.map(
          (locale) => () => spreadsheet.getSheetByName(SHIPMENTS_MESSAGES[locale].sheetName),
        ),
      ],
      all: () => spreadsheet.getSheets(),
    },
    SHIPMENT_COLUMNS,
    SHIPMENT_REQUIRED,
  );
  if (found === undefined) return undefined;
  return { ...found, refs: refsOf(found.sheet.getName(), found.table) };
}

/** The sheet read as a shipments sheet, or undefined when its headers say it is not one. */
export function asShipmentsSheet(sheet: SheetLike): ShipmentsSheet | undefined {
  const table = readTable(sheet, SHIPMENT_COLUMNS, SHIPMENT_REQUIRED);
  if (table === undefined) return undefined;
  return { sheet, table, refs: refsOf(sheet.getName(), table) };
}

/** Where the formulas find a shipments table's columns, or undefined when one is missing. */
export function refsOf(
  sheet: string,
  table: Pick<SheetTable<ShipmentColumnKey>, 'columns' | 'headerRow'>,
): ShipmentRefs | undefined {
  const { sku, units, eta, status, receivedUnits } = table.columns;
  if (
    sku === undefined ||
    units === undefined ||
    eta === undefined ||
    status === undefined ||
    receivedUnits === undefined
  ) {
    return undefined;
  }
  return {
    sheet,
    firstRow: table.headerRow + 1,
    columns: {
      sku: sku + 1,
      units: units + 1,
      eta: eta + 1,
      status: status + 1,
      receivedUnits: receivedUnits + 1,
    },
  };
}
