// R2, R7, R10: which replenishment-sheet figures each stock report gives, and how each is worked
// out from the report's columns (inbound above all: the units already on their way to FBA).

import type { RecognizedReport } from './recognize-report';
import type { ReportField } from './report-layouts';

/** A replenishment-sheet column a stock report can fill; the names are the sheet's column keys. */
export type SheetField =
  | 'asin'
  | 'product'
  | 'fbaStock'
  | 'inbound'
  | 'units7d'
  | 'units30d'
  | 'price';

/**
 * How the import writes a field. `report`: the report is the source, each import replaces the
 * value. `fillBlank`: the seller's own value wins; the report only fills a blank cell (a new SKU's
 * ASIN, name and price), because the seller types and changes these themselves.
 */
export type MergeRule = 'report' | 'fillBlank';

export const SHEET_FIELDS: readonly { readonly field: SheetField; readonly merge: MergeRule }[] = [
  { field: 'asin', merge: 'fillBlank' },
  { field: 'product', merge: 'fillBlank' },
  { field: 'fbaStock', merge: 'report' },
  { field: 'inbound', merge: 'report' },
  { field: 'units7d', merge: 'report' },
  { field: 'units30d', merge: 'report' },
  { field: 'price', merge: 'fillBlank' },
];

/** The parts inbound is the sum of when a report has no total: working + shipped + receiving. */
export const INBOUND_PARTS: readonly ReportField[] = [
  'inboundWorking',
  'inboundShipped',
  'inboundReceiving',
];

/** Where a sheet field comes from, field by field; inbound is worked out by `inboundOf`. */
const SOURCE: Readonly<Record<Exclude<SheetField, 'inbound'>, ReportField>> = {
  asin: 'asin',
  product: 'product',
  fbaStock: 'available',
  units7d: 'units7d',
  units30d: 'units30d',
  price: 'price',
};

/** The report field a sheet field is read from (inbound: its total column, when it has one). */
export function sourceOf(field: SheetField): ReportField {
  return field === 'inbound' ? 'inbound' : SOURCE[field];
}

/** The sheet fields a recognised report gives: those whose columns its header has. */
export function providedFields(report: RecognizedReport): SheetField[] {
  const has = (field: ReportField) => report.columns[field] !== undefined;
  return SHEET_FIELDS.map((f) => f.field).filter((field) =>
    field === 'inbound' ? has('inbound') || INBOUND_PARTS.some(has) : has(SOURCE[field]),
  );
}

/**
 * R10 inbound: the report's own total when it has one (Restock "Inbound", FBA Inventory
 * "inbound-quantity"), else working + shipped + receiving (Manage FBA Inventory). Units in a
 * shipment being worked on count: they are already allocated, so ordering them again would
 * order them twice. A blank part counts 0; all parts blank gives undefined.
 */
export function inboundOf(total: number | undefined, parts: readonly (number | undefined)[]) {
  if (total !== undefined) return total;
  const given = parts.filter((part): part is number => part !== undefined);
  return given.length === 0 ? undefined : given.reduce((sum, part) => sum + part, 0);
}
