// R1, R2, R5, R10: the "Import Amazon report" action behind the dialog. The report is read and
// recognised first; then, under the document lock, its sheet is read once, the merge worked
// out, the previous value of every cell it changes saved to the Import history, and the changes
// written in one block per run of adjacent columns: a constant number of calls whatever the size.

import { formatMessage, type Locale } from '../../core/i18n/locale';
import {
  type IgnoredLineKey,
  IMPORT_CORE_MESSAGES,
  type ImportCoreMessageKey,
} from '../../core/import/import-messages';
import { type ReportContents, type ReportProblem, readReport } from '../../core/import/read-report';
import { columnsLookedFor } from '../../core/import/recognize-report';
import type { IsoDate } from '../../core/iso-date';
import { dayIn } from '../platform/cell-date';
import { underDocumentLock } from '../platform/services/document-lock';
import type { Services } from '../platform/services/services';
import type { SheetLike } from '../platform/services/spreadsheet-service';
import { userLocale } from '../platform/services/user-locale';
import { findTableHeader, type TableHeader } from '../platform/sheet-table/read-table';
import { headerOf } from '../platform/sheet-table/sheet-column';
import {
  type SalesHistoryColumnKey as HistoryColumnKey,
  SALES_HISTORY_COLUMNS,
} from '../sales-history/sales-history-columns';
import { SALES_HISTORY_MESSAGES } from '../sales-history/sales-history-messages';
import type { ImportSummary, SkippedLine } from './import-api';
import { REPORT_STATUS_COLUMN } from './import-columns';
import { IMPORT_HISTORY_SHEET, type RowRecord, saveImport, type TableKind } from './import-history';
import { IMPORT_MESSAGES } from './import-messages';
import { mergeDailyHistory } from './merge-daily-history';
import { mergeStockReport } from './merge-stock-report';
import {
  findReplenishmentTarget,
  formulaColumnsOf,
  REPLENISHMENT_TABLE,
} from './replenishment-target';
import {
  findSalesHistorySheet,
  HISTORY_REQUIRED,
  insertSalesHistorySheet,
} from './sales-history-sheet';
import {
  type CellChanges,
  planBlockWrites,
  readGrid,
  type SheetGrid,
  writeBlocks,
} from './sheet-grid';
import { keepPart, takeParts } from './upload-parts';

/** Skipped lines listed in the summary's details; the rest are counted. */
const LISTED_PROBLEMS = 20;
/** Skipped lines returned to the dialog. */
const RETURNED_PROBLEMS = 500;

/** What a merge gives the summary, whichever sheet it went to. */
interface Merged {
  readonly target: SheetLike;
  readonly grid: SheetGrid;
  readonly sheet: string;
  readonly table: TableKind;
  readonly records: RowRecord[];
  readonly changes: CellChanges;
  readonly updated: number;
  readonly added: number;
  readonly notListed: number;
  readonly unchanged: number;
  readonly details: string[];
}

/**
 * Imports a report the seller pasted or picked. Bad input is refused with a message; nothing is
 * written then. `now` stamps the Import history and dates the not-listed mark when the report
 * carries no date of its own.
 */
export function importAmazonReport(services: Services, request: unknown, now: Date): ImportSummary {
  const locale = userLocale(services.session);
  const m = IMPORT_MESSAGES[locale];
  const { text: sent, fileName, part } = readRequest(request);
  const file = fileName === '' ? m.pastedText : fileName;
  let text = sent;
  if (part !== undefined) {
    const spreadsheet = services.spreadsheet.getActiveSpreadsheet();
    if (part.index < part.count - 1) {
      return underDocumentLock(
        services.lock,
        (): ImportSummary => {
          keepPart(spreadsheet, part.upload, part.index, sent);
          const message = formatMessage(m.partReceived, {
            index: part.index + 1,
            count: part.count,
          });
          return { ...refused(locale, message), ok: true, partsReceived: part.index + 1 };
        },
        () => refused(locale, m.busy),
      );
    }
    const earlier = underDocumentLock(
      services.lock,
      () => takeParts(spreadsheet, part.upload, part.count),
      () => null,
    );
    if (earlier === null) return refused(locale, m.busy);
    if (earlier === undefined) return refused(locale, m.uploadExpired);
    text = earlier + sent;
  }
  if (text.trim() === '') return refused(locale, m.noText);
  const read = readReport(text);
  if (!read.ok) {
    if (read.refusal === 'emptyReport') return refused(locale, core(locale, 'emptyReport'));
    return refused(locale, unknownLayoutMessage(locale, read.header));
  }
  const reportName = core(locale, `report.${read.layout.id}`);
  const busy = (): ImportSummary => refused(locale, m.busy);
  const app = services.spreadsheet;
  return underDocumentLock(
    services.lock,
    () => {
      const spreadsheet = app.getActiveSpreadsheet();
      const merged =
        read.layout.kind === 'stock'
          ? mergeIntoReplenishment(services, read, locale, reportName, now)
          : mergeIntoHistory(services, read, locale);
      if (merged === undefined) return refused(locale, m.noReplenishmentSheet);
      const cellsChanged = merged.records.reduce((n, r) => n + r.cells.length, 0);
      if (merged.records.length > 0) {
        saveImport(
          spreadsheet,
          {
            at: now,
            user: activeUser(services),
            report: reportName,
            file,
            sheet: merged.sheet,
            table: merged.table,
          },
          merged.records,
        );
        writeChanges(merged.target, merged.grid, merged.changes);
        app.flush();
      }
      const skipped = skippedLines(read.problems, locale);
      const message =
        read.layout.kind === 'stock'
          ? formatMessage(m.summaryStock, {
              report: reportName,
              rows: read.linesRead,
              sheet: merged.sheet,
              updated: merged.updated,
              added: merged.added,
              notListed: merged.notListed,
              unchanged: merged.unchanged,
            })
          : formatMessage(m.summaryHistory, {
              report: reportName,
              rows: read.linesRead,
              figures: read.days.length,
              sheet: merged.sheet,
              added: merged.added,
              updated: merged.updated,
              unchanged: merged.unchanged,
            });
      const details = [
        ...(cellsChanged === 0 ? [m.nothingChanged] : []),
        ...merged.details,
        ...ignoredLines(read, locale),
        ...problemLines(skipped, locale),
      ];
      spreadsheet.toast(message, m.title, 10);
      return {
        ok: true,
        locale,
        message,
        details,
        reportType: read.layout.id,
        reportName,
        sheet: merged.sheet,
        rowsRead: read.linesRead,
        updated: merged.updated,
        added: merged.added,
        notListed: merged.notListed,
        unchanged: merged.unchanged,
        skipped: skipped.slice(0, RETURNED_PROBLEMS),
        cellsChanged,
      };
    },
    busy,
  );
}

interface ReadRequest {
  readonly text: string;
  readonly fileName: string;
  readonly part?: { readonly upload: string; readonly index: number; readonly count: number };
}

/** The request as the page sent it, checked: anything malformed reads as no text. */
function readRequest(request: unknown): ReadRequest {
  if (typeof request !== 'object' || request === null) return { text: '', fileName: '' };
  const { text, fileName, part } = request as {
    text?: unknown;
    fileName?: unknown;
    part?: unknown;
  };
  const read: ReadRequest = {
    text: typeof text === 'string' ? text : '',
    fileName: typeof fileName === 'string' ? fileName.trim().slice(0, 200) : '',
  };
  if (typeof part !== 'object' || part === null) return read;
  const { upload, index, count } = part as { upload?: unknown; index?: unknown; count?: unknown };
  const valid =
    typeof upload === 'string' &&
    /^[\w-]{1,64}$/.test(upload) &&
    Number.isInteger(index) &&
    Number.isInteger(count) &&
    (index as number) >= 0 &&
    (index as number) < (count as number) &&
    (count as number) <= 1000;
  if (!valid) return { text: '', fileName: read.fileName };
  return { ...read, part: { upload, index: index as number, count: count as number } };
}

function mergeIntoReplenishment(
  services: Services,
  read: ReportContents,
  locale: Locale,
  reportName: string,
  now: Date,
): Merged | undefined {
  const m = IMPORT_MESSAGES[locale];
  const spreadsheet = services.spreadsheet.getActiveSpreadsheet();
  const found = findReplenishmentTarget(spreadsheet);
  if (found === undefined) return undefined;
  const { sheet, header } = found;
  const grid = readGrid(sheet, header.headerRow + 1, header.lastRow, header.width);
  const statusColumn = header.columns.reportStatus ?? header.width;
  const date: IsoDate = read.reportDate ?? dayIn(now, spreadsheet.getSpreadsheetTimeZone());
  const merge = mergeStockReport({
    grid,
    columns: header.columns,
    statusColumn,
    formulaColumns: formulaColumnsOf(header.columns, grid),
    report: read,
    mark: formatMessage(m.notInLatest, { date, report: reportName }),
  });
  const writesStatus = [...merge.changes.values()].some((line) => line.has(statusColumn));
  if (header.columns.reportStatus === undefined && writesStatus) {
    addStatusColumn(sheet, header.headerRow, statusColumn + 1, locale);
  }
  const name = (key: (typeof merge.formulaFields)[number]) =>
    headerOf(REPLENISHMENT_TABLE, key, locale);
  const details: string[] = [];
  if (merge.formulaFields.length > 0) {
    details.push(
      formatMessage(m.formulaColumns, {
        columns: merge.formulaFields.map(name).join(m.listSeparator),
      }),
    );
  }
  if (merge.keptFormulas > 0)
    details.push(formatMessage(m.keptFormulas, { count: merge.keptFormulas }));
  for (const { sku, rows } of merge.repeated.slice(0, 5)) {
    details.push(
      formatMessage(m.repeatedRows, {
        sku,
        rows: rows.join(m.listSeparator),
        first: rows[0] ?? '',
      }),
    );
  }
  return {
    target: sheet,
    grid,
    sheet: sheet.getName(),
    table: 'replenishment',
    records: merge.records,
    changes: merge.changes,
    updated: merge.updated,
    added: merge.added,
    notListed: merge.notListed,
    unchanged: merge.unchanged,
    details,
  };
}

function mergeIntoHistory(services: Services, read: ReportContents, locale: Locale): Merged {
  const m = IMPORT_MESSAGES[locale];
  const spreadsheet = services.spreadsheet.getActiveSpreadsheet();
  const details: string[] = [];
  const found = findSalesHistorySheet(spreadsheet, [IMPORT_HISTORY_SHEET]);
  let sheet: SheetLike;
  let header: TableHeader<HistoryColumnKey> | undefined;
  if (found === undefined && read.days.length === 0) {
    // Nothing to write: no sheet is added for it.
    const active = spreadsheet.getActiveSheet();
    const empty = { firstRow: 2, width: 0, values: [], formulas: [] };
    return {
      target: active,
      grid: empty,
      sheet: SALES_HISTORY_MESSAGES[locale].sheetName,
      table: 'salesHistory',
      records: [],
      changes: new Map(),
      updated: 0,
      added: 0,
      notListed: 0,
      unchanged: 0,
      details,
    };
  }
  if (found === undefined) {
    sheet = insertSalesHistorySheet(spreadsheet, locale);
    header = findTableHeader(sheet, SALES_HISTORY_COLUMNS, HISTORY_REQUIRED);
    details.push(formatMessage(m.historyCreated, { sheet: sheet.getName() }));
  } else {
    sheet = found.sheet;
    header = found.table;
  }
  if (header === undefined) throw new Error('the Sales history sheet has no header');
  const grid = readGrid(sheet, header.headerRow + 1, header.lastRow, header.width);
  const merge = mergeDailyHistory({
    grid,
    columns: header.columns as Record<HistoryColumnKey, number>,
    field: read.layout.kind === 'sales' ? 'unitsSold' : 'unitsAvailable',
    days: read.days,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
  });
  if (merge.keptFormulas > 0)
    details.push(formatMessage(m.keptFormulas, { count: merge.keptFormulas }));
  return {
    target: sheet,
    grid,
    sheet: sheet.getName(),
    table: 'salesHistory',
    records: merge.records,
    changes: merge.changes,
    updated: merge.updated,
    added: merge.added,
    notListed: 0,
    unchanged: merge.unchanged,
    details,
  };
}

/**
 * Writes changes to the grid's rows, growing the sheet first when rows or columns are appended
 * past its end. Calls: two to four, and a getRange and a setValues per block.
 */
export function writeChanges(sheet: SheetLike, grid: SheetGrid, changes: CellChanges): void {
  if (changes.size === 0) return;
  let lastColumn = 0;
  let lastRow = 0;
  for (const [row, line] of changes) {
    lastRow = Math.max(lastRow, row);
    for (const column of line.keys()) lastColumn = Math.max(lastColumn, column);
  }
  const maxRows = sheet.getMaxRows();
  const needRows = grid.firstRow + lastRow;
  if (needRows > maxRows) sheet.insertRowsAfter(maxRows, needRows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (lastColumn + 1 > maxColumns) {
    sheet.insertColumnsAfter(maxColumns, lastColumn + 1 - maxColumns);
  }
  writeBlocks(sheet, planBlockWrites(grid, changes));
}

function addStatusColumn(sheet: SheetLike, headerRow: number, column: number, locale: Locale) {
  const maxColumns = sheet.getMaxColumns();
  if (column > maxColumns) sheet.insertColumnsAfter(maxColumns, column - maxColumns);
  const cell = sheet.getRange(headerRow, column);
  cell.setValues([[REPORT_STATUS_COLUMN.header[locale]]]);
  cell.setNotes([[IMPORT_MESSAGES[locale].statusNote]]);
  cell.setFontWeight('bold');
}

function activeUser(services: Services): string {
  try {
    return services.session.getActiveUser?.().getEmail() ?? '';
  } catch {
    return '';
  }
}

function core(locale: Locale, key: ImportCoreMessageKey, params = {}): string {
  return formatMessage(IMPORT_CORE_MESSAGES[locale][key], params);
}

function unknownLayoutMessage(locale: Locale, header: readonly string[]): string {
  const m = IMPORT_MESSAGES[locale];
  const layouts = columnsLookedFor().map(({ layout, columns }) =>
    core(locale, 'layoutColumns', {
      report: core(locale, `report.${layout.id}`),
      columns: columns.join(m.listSeparator),
    }),
  );
  const first = header.join(' | ');
  return core(locale, 'unknownLayout', {
    layouts: layouts.join('; '),
    header: first.length > 300 ? `${first.slice(0, 300)}…` : first,
  });
}

function skippedLines(problems: readonly ReportProblem[], locale: Locale): SkippedLine[] {
  return problems.map((p) => ({
    line: p.line,
    reason: core(locale, `problem.${p.key}`, p.params),
  }));
}

function problemLines(skipped: readonly SkippedLine[], locale: Locale): string[] {
  if (skipped.length === 0) return [];
  const m = IMPORT_MESSAGES[locale];
  const lines = [
    formatMessage(m.skippedLines, { count: skipped.length }),
    ...skipped
      .slice(0, LISTED_PROBLEMS)
      .map((s) => formatMessage(m.lineProblem, { line: s.line, text: s.reason })),
  ];
  if (skipped.length > LISTED_PROBLEMS) {
    lines.push(formatMessage(m.moreLines, { count: skipped.length - LISTED_PROBLEMS }));
  }
  return lines;
}

function ignoredLines(read: ReportContents, locale: Locale): string[] {
  return (Object.entries(read.ignored) as [IgnoredLineKey, number][]).map(([key, count]) =>
    core(locale, `ignored.${key}`, { count }),
  );
}

function refused(locale: Locale, message: string): ImportSummary {
  return {
    ok: false,
    locale,
    message,
    details: [],
    rowsRead: 0,
    updated: 0,
    added: 0,
    notListed: 0,
    unchanged: 0,
    skipped: [],
    cellsChanged: 0,
  };
}
