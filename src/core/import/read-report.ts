// R1, R2, R5: an Amazon report's text read into what the sheets need — per SKU figures from a
// stock report, units per SKU per day from a history report — with every line it could not use
// named by its line number and reason.

import { addDays, daysBetween, type IsoDate } from '../iso-date';
import { type DelimitedLine, scanDelimitedText } from './delimited-text';
import type { IgnoredLineKey, ReportProblemKey } from './import-messages';
import { type RecognizedReport, recognizeReport } from './recognize-report';
import type { ReportField, ReportLayout } from './report-layouts';
import { readReportDate, readReportNumber } from './report-value';
import {
  INBOUND_PARTS,
  inboundOf,
  providedFields,
  type SheetField,
  sourceOf,
} from './sheet-fields';

/** A line not used, and why (a ReportProblemKey message with its parameters). */
export interface ReportProblem {
  readonly line: number;
  readonly key: ReportProblemKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** One SKU's figures from a stock report; `line` is where the report lists it. */
export interface SkuFigures {
  readonly sku: string;
  readonly line: number;
  readonly values: Readonly<Partial<Record<SheetField, number | string>>>;
}

/** Units sold (All Orders) or units available at the day's end (Ledger) of a SKU on a day. */
export interface DailyFigure {
  readonly date: IsoDate;
  readonly sku: string;
  readonly units: number;
}

export interface ReportContents {
  readonly ok: true;
  readonly layout: ReportLayout;
  /** Data lines in the text, read or not (the header and blank lines not counted). */
  readonly linesRead: number;
  readonly problems: readonly ReportProblem[];
  readonly ignored: Readonly<Partial<Record<IgnoredLineKey, number>>>;
  /** The day the report describes, when it says (FBA Inventory's snapshot-date). */
  readonly reportDate?: IsoDate;
  /** Stock reports: the sheet fields the header gives, and each SKU's figures in report order. */
  readonly provides: readonly SheetField[];
  readonly skus: readonly SkuFigures[];
  /** History reports: one figure per (date, SKU), by date then SKU. */
  readonly days: readonly DailyFigure[];
}

export type ReadReport =
  | ReportContents
  | { readonly ok: false; readonly refusal: 'emptyReport' }
  | { readonly ok: false; readonly refusal: 'unknownLayout'; readonly header: readonly string[] };

/** Reads a report: linear in the text's length, holding one line's fields at a time. */
export function readReport(text: string): ReadReport {
  const problems: ReportProblem[] = [];
  const ignored: Partial<Record<IgnoredLineKey, number>> = {};
  const ignore = (key: IgnoredLineKey) => {
    ignored[key] = (ignored[key] ?? 0) + 1;
  };
  let report: RecognizedReport | undefined;
  let stock: LineCollector<{ skus: SkuFigures[]; reportDate?: IsoDate }> | undefined;
  let history: LineCollector<DailyFigure[]> | undefined;
  let lines = 0;
  const scanned = scanDelimitedText(text, (header) => {
    report = recognizeReport(header);
    if (report === undefined) return undefined;
    const reader = new LineReader(report, header, problems);
    const kind = report.layout.kind;
    let collector: LineCollector<unknown>;
    if (kind === 'stock') {
      stock = readStockLines(reader, ignore);
      collector = stock;
    } else {
      history = kind === 'sales' ? readOrderLines(reader, ignore) : readLedgerLines(reader, ignore);
      collector = history;
    }
    return (line) => {
      lines++;
      collector.add(line);
    };
  });
  if (scanned.header.length === 0) return { ok: false, refusal: 'emptyReport' };
  if (report === undefined) return { ok: false, refusal: 'unknownLayout', header: scanned.header };
  const found: RecognizedReport = report;
  for (const s of scanned.skewed) {
    problems.push({
      line: s.line,
      key: 'skewedLine',
      params: { fields: s.fields, expected: s.expected },
    });
  }
  if (scanned.unclosedQuoteLine !== undefined) {
    problems.push({ line: scanned.unclosedQuoteLine, key: 'unclosedQuote', params: {} });
  }
  problems.sort((a, b) => a.line - b.line);
  const base = {
    ok: true as const,
    layout: found.layout,
    linesRead: lines + scanned.skewed.length,
    problems,
    ignored,
  };
  if (stock !== undefined) {
    const { skus, reportDate } = stock.finish();
    return {
      ...base,
      ...(reportDate === undefined ? {} : { reportDate }),
      provides: providedFields(found),
      skus,
      days: [],
    };
  }
  return { ...base, provides: [], skus: [], days: history?.finish() ?? [] };
}

/** Takes a report's data lines one at a time, then gives what they add up to. */
interface LineCollector<T> {
  add(line: DelimitedLine): void;
  finish(): T;
}

/** Reads fields of the current line, noting what cannot be read as the line's problem. */
class LineReader {
  line: DelimitedLine = { line: 0, fields: [] };
  private failed = false;

  constructor(
    readonly report: RecognizedReport,
    private readonly header: readonly string[],
    private readonly problems: ReportProblem[],
  ) {}

  start(line: DelimitedLine): void {
    this.line = line;
    this.failed = false;
  }

  /** True when a field of the line could not be read: the line is then skipped. */
  get hasFailed(): boolean {
    return this.failed;
  }

  has(field: ReportField): boolean {
    return this.report.columns[field] !== undefined;
  }

  text(field: ReportField): string {
    const column = this.report.columns[field];
    return column === undefined ? '' : (this.line.fields[column] ?? '').trim();
  }

  fail(key: ReportProblemKey, params: Readonly<Record<string, string | number>> = {}): void {
    if (!this.failed) this.problems.push({ line: this.line.line, key, params });
    this.failed = true;
  }

  /** A count or amount; undefined when blank or unreadable (then the line fails). */
  number(field: ReportField, { nonNegative = true } = {}): number | undefined {
    if (!this.has(field)) return undefined;
    const text = this.text(field);
    const read = readReportNumber(text);
    if (read.kind === 'blank') return undefined;
    if (read.kind === 'invalid') {
      this.fail('notANumber', { column: this.columnName(field), value: text });
      return undefined;
    }
    if (nonNegative && read.value < 0) {
      this.fail('negative', { column: this.columnName(field), value: text });
      return undefined;
    }
    return read.value;
  }

  date(field: ReportField): IsoDate | undefined {
    const text = this.text(field);
    const read = readReportDate(text);
    if (read.kind === 'value') return read.value;
    if (/^\d{1,2}[/.-]\d{4}$|^\d{4}[/.-]\d{1,2}$/.test(text)) {
      this.fail('monthlyDate', { column: this.columnName(field), value: text });
    } else {
      this.fail('notADate', { column: this.columnName(field), value: text });
    }
    return undefined;
  }

  sku(): string | undefined {
    const sku = this.text('sku');
    if (sku === '') this.fail('noSku');
    return sku === '' ? undefined : sku;
  }

  private columnName(field: ReportField): string {
    const column = this.report.columns[field];
    return column === undefined ? field : (this.header[column] ?? field).trim();
  }
}

function isSellable(text: string): boolean {
  return text.trim().toUpperCase() === 'SELLABLE';
}

function readStockLines(
  reader: LineReader,
  ignore: (key: IgnoredLineKey) => void,
): LineCollector<{ skus: SkuFigures[]; reportDate?: IsoDate }> {
  const provides = providedFields(reader.report);
  // GET_AFN_INVENTORY_DATA lists a SKU once per warehouse condition: the sellable lines add up.
  const sumsLines = reader.report.layout.id === 'afnInventory';
  const bySku = new Map<string, { figures: SkuFigures; values: Record<string, number | string> }>();
  const order: string[] = [];
  let reportDate: IsoDate | undefined;
  return {
    add(line: DelimitedLine): void {
      reader.start(line);
      if (reader.has('condition') && !isSellable(reader.text('condition'))) {
        ignore('notSellable');
        return;
      }
      const sku = reader.sku();
      if (sku === undefined) return;
      const values: Record<string, number | string> = {};
      for (const field of provides) {
        if (field === 'inbound') {
          const total = reader.number('inbound');
          const parts = INBOUND_PARTS.map((part) => reader.number(part));
          const inbound = inboundOf(total, parts);
          if (inbound !== undefined) values.inbound = inbound;
        } else if (field === 'asin' || field === 'product') {
          const text = reader.text(sourceOf(field));
          if (text !== '' && text !== '--') values[field] = text;
        } else {
          const value = reader.number(sourceOf(field));
          if (value !== undefined) values[field] = value;
        }
      }
      if (reader.has('snapshotDate') && reader.text('snapshotDate') !== '') {
        const day = reader.date('snapshotDate');
        if (day !== undefined && (reportDate === undefined || day > reportDate)) reportDate = day;
      }
      if (reader.hasFailed) return;
      const seen = bySku.get(sku);
      if (seen !== undefined) {
        if (sumsLines && typeof values.fbaStock === 'number') {
          seen.values.fbaStock = Number(seen.values.fbaStock ?? 0) + values.fbaStock;
        } else if (!sumsLines) {
          reader.fail('repeatedSku', { sku, first: seen.figures.line });
        }
        return;
      }
      bySku.set(sku, { figures: { sku, line: line.line, values }, values });
      order.push(sku);
    },
    finish() {
      const skus = order.map((sku) => (bySku.get(sku) as { figures: SkuFigures }).figures);
      return reportDate === undefined ? { skus } : { skus, reportDate };
    },
  };
}

/** All Orders: units per SKU per day (the day as the report writes it), cancelled lines left out. */
function readOrderLines(
  reader: LineReader,
  ignore: (key: IgnoredLineKey) => void,
): LineCollector<DailyFigure[]> {
  const units = new Map<string, Map<IsoDate, number>>();
  let last: IsoDate | undefined;
  return {
    add(line: DelimitedLine): void {
      reader.start(line);
      if (/cancel/i.test(reader.text('orderStatus')) || /cancel/i.test(reader.text('itemStatus'))) {
        ignore('cancelled');
        return;
      }
      const date = reader.date('date');
      const sku = reader.sku();
      const quantity = reader.number('quantity') ?? 0;
      if (reader.hasFailed || date === undefined || sku === undefined) return;
      if (last === undefined || date > last) last = date;
      let days = units.get(sku);
      if (days === undefined) {
        days = new Map();
        units.set(sku, days);
      }
      days.set(date, (days.get(date) ?? 0) + quantity);
    },
    finish() {
      if (last === undefined) return [];
      // A day the file covers with no order line for a SKU is a day it sold none: from the SKU's
      // first order in the file (it may not have been listed before) to the file's last day.
      const out: DailyFigure[] = [];
      for (const [sku, days] of units) {
        let start = last;
        for (const date of days.keys()) if (date < start) start = date;
        const span = daysBetween(start, last);
        for (let d = 0; d <= span; d++) {
          const date = addDays(start, d);
          out.push({ date, sku, units: days.get(date) ?? 0 });
        }
      }
      return out.sort(byDateThenSku);
    },
  };
}

/** Ledger summary: the SELLABLE ending balance per SKU per day, summed over locations. */
function readLedgerLines(
  reader: LineReader,
  ignore: (key: IgnoredLineKey) => void,
): LineCollector<DailyFigure[]> {
  const balance = new Map<string, DailyFigure>();
  return {
    add(line: DelimitedLine): void {
      reader.start(line);
      if (!isSellable(reader.text('disposition'))) {
        ignore('notSellable');
        return;
      }
      const date = reader.date('date');
      const sku = reader.sku();
      const units = reader.number('endingBalance', { nonNegative: false }) ?? 0;
      if (reader.hasFailed || date === undefined || sku === undefined) return;
      const key = `${date}\u0000${sku}`;
      const seen = balance.get(key);
      balance.set(key, { date, sku, units: (seen?.units ?? 0) + units });
    },
    finish() {
      return [...balance.values()].sort(byDateThenSku);
    },
  };
}

function byDateThenSku(a: DailyFigure, b: DailyFigure): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0;
}
