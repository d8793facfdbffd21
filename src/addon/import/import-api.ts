// The import dialog's endpoints and payloads: the contract the server implements and the dialog
// calls through google.script.run. Types only, JSON-safe.

import type { Locale } from '../../core/i18n/locale';
import type { ReportId } from '../../core/import/report-layouts';

/** Text longer than this is sent in parts, each in its own call (google.script.run's limit). */
export const MAX_PART_CHARS = 8_000_000;

/** What the dialog sends: the report's text and the file's name (none when pasted). */
export interface ImportRequest {
  readonly text: string;
  readonly fileName?: string;
  /**
   * Set when a large report comes in several calls: `text` is part `index` (0-based) of `count`.
   * The parts are kept aside until the last arrives; only then is anything imported.
   */
  readonly part?: { readonly upload: string; readonly index: number; readonly count: number };
}

/** A report line that was not imported, and why, in the user's language. */
export interface SkippedLine {
  readonly line: number;
  readonly reason: string;
}

export interface ImportSummary {
  /** False when nothing was imported (the report refused, no sheet, the lock busy). */
  readonly ok: boolean;
  readonly locale: Locale;
  /** The outcome in one sentence, in the user's language. */
  readonly message: string;
  /** Further lines worth reading: skipped lines, formulas kept, columns missing. */
  readonly details: readonly string[];
  readonly reportType?: ReportId;
  readonly reportName?: string;
  /** The sheet written to. */
  readonly sheet?: string;
  /** Data lines in the report, read or not. */
  readonly rowsRead: number;
  /** Rows of the sheet changed (SKUs, or SKU-days for a history report). */
  readonly updated: number;
  readonly added: number;
  /** SKUs in the sheet the report does not list: kept, and marked. */
  readonly notListed: number;
  readonly unchanged: number;
  readonly skipped: readonly SkippedLine[];
  /** Cells the import wrote (0 when the sheet already held the report). */
  readonly cellsChanged: number;
  /** For a part of a large report that is not the last: how many parts have arrived. */
  readonly partsReceived?: number;
}

export interface UndoSummary {
  readonly ok: boolean;
  readonly message: string;
  /** Cells put back as they were before the import. */
  readonly restored: number;
  /** Cells changed since the import, left as they are. */
  readonly kept: number;
}

/** The server's endpoints, each an Apps Script global of the same name. */
export interface ImportEndpoints {
  importAmazonReport(request: ImportRequest): ImportSummary;
  undoLastImport(): UndoSummary;
}
