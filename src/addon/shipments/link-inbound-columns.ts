// R10, R23: points a replenishment sheet's inbound qty and next arrival at the shipments sheet,
// one formula per SKU row, never over a value or formula the user put there.

import { isBlank } from '../platform/cell-value';
import { columnLetter } from '../platform/column-letter';
import type { SheetLike } from '../platform/services/spreadsheet-service';
import { readTopRows } from '../platform/sheet-table/read-top-rows';
import { findHeaderCell, mapColumns } from '../replenishment-sheet/replenishment-columns';
import { inboundFormula, nextArrivalFormula, type ShipmentRefs } from './shipment-formulas';

/** The template's example rows: their inbound cells are the add-on's to replace. */
const EXAMPLE_SKU = /^EXAMPLE-/i;

export interface LinkOutcome {
  readonly sheet: string;
  /** 1-based rows whose inbound and next arrival now come from the shipments. */
  readonly linked: readonly number[];
  /** 1-based SKU rows that keep a value or formula the user put in either cell. Rows already
   * linked are in neither list. */
  readonly kept: readonly number[];
}

/** Where a replenishment sheet keeps the columns linking needs (0-based), under its header row. */
interface InboundColumns {
  readonly headerRow: number;
  readonly sku: number;
  readonly inbound: number;
  readonly nextArrival: number;
}

/**
 * The replenishment columns of a sheet, found by header in its first rows, or undefined when the
 * sheet has no SKU, inbound and next-arrival columns (it is not a replenishment sheet).
 */
export function findInboundColumns(
  rows: readonly (readonly unknown[])[],
): InboundColumns | undefined {
  const sku = findHeaderCell(rows, 'sku');
  if (sku === undefined) return undefined;
  const columns = mapColumns(rows[sku.row] ?? []);
  if (columns.inbound === undefined || columns.nextArrival === undefined) return undefined;
  return {
    headerRow: sku.row,
    sku: sku.column,
    inbound: columns.inbound,
    nextArrival: columns.nextArrival,
  };
}

/**
 * Writes the inbound and next-arrival formulas into every SKU row of a replenishment sheet whose
 * two cells are blank (no value, no formula), or that is one of the template's EXAMPLE- rows not
 * linked yet. Rows already linked (a SUMIFS / MINIFS formula there) are left as they are; rows
 * holding anything else are kept and reported.
 * Returns undefined when the sheet is not a replenishment sheet. Calls: getLastRow,
 * getLastColumn, a read of the first rows, one read of values and one of formulas, and one
 * setFormulas per column for each run of adjacent rows linked (one run when the SKU rows are
 * together) — whatever the row count.
 */
export function linkInboundColumns(sheet: SheetLike, refs: ShipmentRefs): LinkOutcome | undefined {
  // The first rows tell whether it is a replenishment sheet at all; only then is it read whole.
  const top = readTopRows(sheet, 2);
  if (top === undefined) return undefined;
  const at = findInboundColumns(top.rows);
  if (at === undefined) return undefined;
  const range = sheet.getRange(1, 1, top.lastRow, top.width);
  const values = range.getValues();
  const formulas = range.getFormulas();

  const linked: number[] = [];
  const kept: number[] = [];
  for (let r = at.headerRow + 1; r < values.length; r++) {
    const sku = values[r]?.[at.sku];
    if (isBlank(sku)) continue;
    const row = values[r] ?? [];
    const formulaRow = formulas[r] ?? [];
    const states = [at.inbound, at.nextArrival].map((c) => cellState(row[c], formulaRow[c]));
    if (states.every((state) => state === 'linked')) continue;
    const example = EXAMPLE_SKU.test(String(sku).trim());
    if (states.every((state) => state === 'blank') || (example && !states.includes('linked'))) {
      linked.push(r + 1);
    } else {
      kept.push(r + 1);
    }
  }

  const skuLetter = columnLetter(at.sku + 1);
  for (const run of runsOf(linked)) {
    const rows = run.map((row) => `${skuLetter}${row}`);
    const first = run[0] as number;
    sheet
      .getRange(first, at.inbound + 1, run.length, 1)
      .setFormulas(rows.map((cell) => [inboundFormula(cell, refs)]));
    sheet
      .getRange(first, at.nextArrival + 1, run.length, 1)
      .setFormulas(rows.map((cell) => [nextArrivalFormula(cell, refs)]));
  }
  return { sheet: sheet.getName(), linked, kept };
}

/** A cell to link: blank; already linked (a SUMIFS or MINIFS formula); anything else. */
type CellState = 'blank' | 'linked' | 'other';

const LINK_FORMULA = /\b(SUMIFS|MINIFS)\(/i;

function cellState(value: unknown, formula: string | undefined): CellState {
  if (formula !== undefined && formula !== '')
    return LINK_FORMULA.test(formula) ? 'linked' : 'other';
  return isBlank(value) ? 'blank' : 'other';
}

/** Splits ascending row numbers into runs of adjacent rows: [2,3,4,7,8] → [[2,3,4],[7,8]]. */
export function runsOf(rows: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const row of rows) {
    const run = runs[runs.length - 1];
    if (run !== undefined && run[run.length - 1] === row - 1) run.push(row);
    else runs.push([row]);
  }
  return runs;
}
