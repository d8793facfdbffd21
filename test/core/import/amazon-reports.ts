// Amazon report files for tests and the benchmark: the real header layouts from
// ../shared/data/amazon-report-headers with generated lines under them.

import { readFileSync } from 'node:fs';
import { foldReportHeader } from '../../../src/core/import/report-header';

const HEADERS = '../shared/data/amazon-report-headers/';

/** The 2026 FBA Inventory files add these columns. */
export const FBA_2026_COLUMNS = [
  'is-seasonal-in-next-3-months',
  'season-name',
  'season-start-date',
  'season-end-date',
  'historical-days-of-supply',
  'fba-minimum-inventory-level',
];

/** A report's header as its file has it: a tab- or comma-separated line, or one name a line. */
export function headerOf(file: string): string[] {
  const text = readFileSync(HEADERS + file, 'utf8');
  if (file.endsWith('.txt')) {
    return text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
  }
  const first = text.split(/\r?\n/)[0] ?? '';
  if (file.endsWith('.csv')) return first.split(',');
  return first.split('\t');
}

/** Every layout the import must read, with the header it is recognised from. */
export const LAYOUT_FILES = {
  fbaInventory: 'GET_FBA_INVENTORY_PLANNING_DATA.header.tsv',
  fbaInventoryDocumented: 'FBA_Inventory_report.documented_fields.txt',
  restock: 'GET_RESTOCK_INVENTORY_RECOMMENDATIONS_REPORT.header.tsv',
  manageInventory: 'GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA.header.tsv',
  businessReport: 'BusinessReport_DetailPageSalesTrafficByChildItem.header_and_row.csv',
  afnInventory: 'GET_AFN_INVENTORY_DATA.airbyte_fixture.tsv',
  allOrders: 'GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE.32col.header.tsv',
  allOrdersGeneral: 'GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL.airbyte_schema_fields.tsv',
  ledgerFixture: 'GET_LEDGER_SUMMARY_VIEW_DATA.airbyte_fixture.header.tsv',
  ledgerSchema: 'GET_LEDGER_SUMMARY_VIEW_DATA.airbyte_schema.header.tsv',
} as const;

/** A value per column, keyed by any spelling of the column's name (matched loosely). */
export type ReportLine = Readonly<Record<string, string | number | undefined>>;

/**
 * The report as a file: the header, then one line per entry, each column's value looked up by
 * its loosely matched name ('' when the entry has none). Comma-separated fields are quoted when
 * they must be.
 */
export function reportText(
  header: readonly string[],
  lines: readonly ReportLine[],
  { delimiter = '\t', lineEnd = '\r\n' }: { delimiter?: '\t' | ','; lineEnd?: string } = {},
): string {
  const folded = header.map(foldReportHeader);
  const cell = (value: string) =>
    delimiter === ',' && /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const out = [header.map(cell).join(delimiter)];
  for (const line of lines) {
    const byName = new Map(
      Object.entries(line).map(([k, v]) => [foldReportHeader(k), v === undefined ? '' : String(v)]),
    );
    out.push(folded.map((name) => cell(byName.get(name) ?? '')).join(delimiter));
  }
  return out.join(lineEnd) + lineEnd;
}
