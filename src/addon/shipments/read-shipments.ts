// Reads the shipments sheet's rows into shipments: half-filled rows ignored, bad values named.

import type { Locale } from '../../core/i18n/locale';
import { InputError } from '../../core/input-error';
import type { IsoDate } from '../../core/iso-date';
import type { Shipment } from '../../core/shipments/shipment';
import { readDate } from '../platform/cell-date';
import { isBlank, readNumber } from '../platform/cell-value';
import { readRows } from '../platform/sheet-table/read-rows';
import type { SheetTable } from '../platform/sheet-table/read-table';
import { notAChoice, type RowProblem } from '../platform/sheet-table/row-problem';
import { SHIPMENT_COLUMNS, type ShipmentColumnKey } from './shipment-columns';
import { modeChoices, readMode, readStatus, statusChoices } from './shipment-words';

export interface ShipmentRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly shipment: Shipment;
}

export interface ShipmentsRead {
  readonly shipments: readonly ShipmentRow[];
  /** Values that could not be read; a row with one still counts when its SKU, units and status do. */
  readonly problems: readonly RowProblem[];
  /** Rows with something in them but no SKU, units or status: skipped, not errors. */
  readonly ignored: number;
}

/**
 * Every shipment of the table. A row counts when it has a SKU, units and a status that can be
 * read; a blank or half-filled row is skipped. A bad optional value (mode, a date, received
 * units) is reported and left out of the shipment, as the sheet's formulas leave it out.
 */
export function readShipments(
  table: SheetTable<ShipmentColumnKey>,
  timeZone: string,
  locale: Locale,
): ShipmentsRead {
  const { rows, problems, ignored } = readRows(
    table,
    SHIPMENT_COLUMNS,
    ['sku', 'units', 'status'],
    locale,
    ({ row, cell, header, read, problem }): ShipmentRow | undefined => {
      const units = read(() => nonNegativeUnits(header('units'), cell('units')));
      const statusCell = cell('status');
      const status = readStatus(statusCell);
      if (status === undefined) {
        problem(notAChoice(header('status'), statusCell, statusChoices(locale), locale));
      }
      const modeCell = cell('mode');
      const mode = readMode(modeCell);
      if (mode === undefined && !isBlank(modeCell)) {
        problem(notAChoice(header('mode'), modeCell, modeChoices(locale), locale));
      }
      const date = (key: 'shipDate' | 'eta'): IsoDate | undefined =>
        read(() => readDate(header(key), cell(key), timeZone));
      const shipDate = date('shipDate');
      const eta = date('eta');
      const receivedUnits = read(() =>
        nonNegativeUnits(header('receivedUnits'), cell('receivedUnits')),
      );
      if (units === undefined || status === undefined) return undefined;

      const idCell = cell('shipmentId');
      return {
        row,
        shipment: {
          id: isBlank(idCell) ? '' : String(idCell).trim(),
          sku: String(cell('sku')).trim(),
          units,
          status,
          ...(mode === undefined ? {} : { mode }),
          ...(shipDate === undefined ? {} : { shipDate }),
          ...(eta === undefined ? {} : { eta }),
          ...(receivedUnits === undefined ? {} : { receivedUnits }),
        },
      };
    },
  );
  return { shipments: rows, problems, ignored };
}

function nonNegativeUnits(arg: string, value: unknown): number | undefined {
  const n = readNumber(arg, value);
  if (n !== undefined && n < 0) throw new InputError('negative', { arg, value: n });
  return n;
}
