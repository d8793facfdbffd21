// Tells which report a header belongs to, from its column names alone, and where each column is.

import { findReportColumn, headerIndex } from './report-header';
import { REPORT_LAYOUTS, type ReportField, type ReportLayout } from './report-layouts';

export interface RecognizedReport {
  readonly layout: ReportLayout;
  /** 0-based column of each field the header has. */
  readonly columns: Readonly<Partial<Record<ReportField, number>>>;
}

/**
 * The first layout (REPORT_LAYOUTS order) whose required columns are all in the header, with
 * every column of it the header has; undefined when none fits.
 * @example recognizeReport(['Merchant SKU', 'Available'])?.layout.id === 'restock'
 */
export function recognizeReport(header: readonly string[]): RecognizedReport | undefined {
  const index = headerIndex(header);
  for (const layout of REPORT_LAYOUTS) {
    const columns: Partial<Record<ReportField, number>> = {};
    for (const [field, spellings] of Object.entries(layout.spellings)) {
      const column = findReportColumn(index, spellings ?? []);
      if (column !== undefined) columns[field as ReportField] = column;
    }
    if (layout.required.every((field) => columns[field] !== undefined)) {
      return { layout, columns };
    }
  }
  return undefined;
}

/** What each layout is recognised by, as its header spells it: for the "unknown report" message. */
export function columnsLookedFor(): readonly { layout: ReportLayout; columns: string[] }[] {
  return REPORT_LAYOUTS.map((layout) => ({
    layout,
    columns: layout.required.map((field) => layout.spellings[field]?.join(' / ') ?? field),
  }));
}
