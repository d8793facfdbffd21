// Amazon report text as lines of fields: tab- or comma-separated, quoted fields, a leading BOM,
// CRLF or LF line ends. One pass over the text; a line whose field count differs from the
// header's is set aside with its line number, never shifted into the wrong columns.

/** A data line of the report: its 1-based line number in the text and its fields. */
export interface DelimitedLine {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A line that was not read because its field count is not the header's. */
export interface SkewedLine {
  readonly line: number;
  readonly fields: number;
  readonly expected: number;
}

export interface DelimitedText {
  readonly delimiter: '\t' | ',';
  /** The header's fields (trailing empty ones dropped); empty when the text has no line. */
  readonly header: readonly string[];
  readonly headerLine: number;
  readonly lines: readonly DelimitedLine[];
  readonly skewed: readonly SkewedLine[];
  /** Set when a quoted field was still open at the end of the text: the line it started on. */
  readonly unclosedQuoteLine?: number;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Splits report text into a header and data lines. The delimiter is a tab when the first line
 * has one, else a comma. Blank lines are skipped; a line with more fields than the header is
 * accepted only when the extra ones are empty (a trailing delimiter).
 * @example parseDelimitedText('sku\tavailable\r\nA-1\t5').lines[0].fields // ['A-1', '5']
 */
export function parseDelimitedText(text: string): DelimitedText {
  const lines: DelimitedLine[] = [];
  const scanned = scanDelimitedText(text, () => (line) => {
    lines.push(line);
  });
  return { ...scanned, lines };
}

/**
 * The same, handing each data line to the visitor `onHeader` returns for the header instead of
 * keeping them (none when it returns undefined): memory stays that of one line.
 */
export function scanDelimitedText(
  text: string,
  onHeader: (header: readonly string[]) => ((line: DelimitedLine) => void) | undefined,
): Omit<DelimitedText, 'lines'> {
  let visit: ((line: DelimitedLine) => void) | undefined;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = source.search(/\r|\n/);
  const firstLine = firstBreak < 0 ? source : source.slice(0, firstBreak);
  const delimiter: '\t' | ',' = firstLine.includes('\t') ? '\t' : ',';
  const separator = delimiter.charCodeAt(0);
  // Tab-separated reports do not quote: a quote only wraps a whole field there, never a line end.
  const quotesSpanLines = delimiter === ',';

  let header: string[] | undefined;
  let headerLine = 0;
  const skewed: SkewedLine[] = [];
  let unclosedQuoteLine: number | undefined;

  const length = source.length;
  let position = 0;
  let lineNumber = 1;
  while (position < length) {
    const startLine = lineNumber;
    const fields: string[] = [];
    let endOfRecord = false;
    while (!endOfRecord) {
      let value: string;
      if (source.charCodeAt(position) === QUOTE) {
        // A quoted field: "" inside stands for one quote.
        let cursor = position + 1;
        let parts = '';
        let closed = false;
        while (cursor < length) {
          const close = source.indexOf('"', cursor);
          const stop = quotesSpanLines ? close : firstOf(source, close, cursor);
          if (close < 0 || (stop !== close && stop >= 0)) break;
          parts += source.slice(cursor, close);
          if (source.charCodeAt(close + 1) === QUOTE) {
            parts += '"';
            cursor = close + 2;
            continue;
          }
          cursor = close + 1;
          closed = true;
          break;
        }
        if (!closed) {
          if (quotesSpanLines) {
            unclosedQuoteLine = startLine;
            position = length;
            fields.length = 0;
            break;
          }
          // A lone quote in a tab-separated field is part of the text.
          cursor = position;
          parts = '';
        } else {
          for (let i = position; i < cursor; i++) if (source.charCodeAt(i) === LF) lineNumber++;
        }
        // Anything between the closing quote and the delimiter is kept as written.
        const end = fieldEnd(source, cursor, separator);
        value = parts + source.slice(cursor, end);
        position = end;
      } else {
        const end = fieldEnd(source, position, separator);
        value = source.slice(position, end);
        position = end;
      }
      fields.push(value);
      const code = source.charCodeAt(position);
      if (code === separator) {
        position++;
      } else {
        endOfRecord = true;
        if (code === CR) position++;
        if (source.charCodeAt(position) === LF) position++;
        lineNumber++;
      }
    }
    if (fields.length === 0 || (fields.length === 1 && fields[0]?.trim() === '')) continue;
    if (header === undefined) {
      header = fields;
      while (header.length > 0 && header[header.length - 1]?.trim() === '') header.pop();
      headerLine = startLine;
      visit = onHeader(header);
      continue;
    }
    while (fields.length > header.length && fields[fields.length - 1]?.trim() === '') fields.pop();
    if (fields.length !== header.length) {
      skewed.push({ line: startLine, fields: fields.length, expected: header.length });
      continue;
    }
    visit?.({ line: startLine, fields });
  }
  return {
    delimiter,
    header: header ?? [],
    headerLine,
    skewed,
    ...(unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine }),
  };
}

/** Where the field starting at `from` ends: the next delimiter or line end, or the text's end. */
function fieldEnd(source: string, from: number, separator: number): number {
  let i = from;
  const length = source.length;
  while (i < length) {
    const code = source.charCodeAt(i);
    if (code === separator || code === LF || code === CR) return i;
    i++;
  }
  return length;
}

/** The first line end at or after `from`, when it comes before `close`; else `close`. */
function firstOf(source: string, close: number, from: number): number {
  const end = close < 0 ? source.length : close;
  for (let i = from; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === LF || code === CR) return i;
  }
  return close;
}
