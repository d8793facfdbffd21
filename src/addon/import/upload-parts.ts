// A report too large for one call arrives in parts: each is kept in a hidden sheet until the
// last one comes, then they are joined and taken away. Nothing is imported from a part alone, so
// an import is never half-applied.

import type { SheetLike, SpreadsheetLike } from '../services/spreadsheet-service';

/** The hidden sheet parts wait in, the same name in every language. */
export const IMPORT_UPLOAD_SHEET = 'Import upload';

/** Characters per cell: Sheets holds at most 50,000. */
const CELL_CHARS = 45_000;
const WIDTH = 4;

/** Keeps part `index` of an upload. Calls: a constant number, a few per part. */
export function keepPart(
  spreadsheet: SpreadsheetLike,
  upload: string,
  index: number,
  text: string,
): void {
  const sheet = spreadsheet.getSheetByName(IMPORT_UPLOAD_SHEET) ?? createUploadSheet(spreadsheet);
  const rows: string[][] = [];
  for (let at = 0, piece = 0; at < text.length || piece === 0; at += CELL_CHARS, piece++) {
    // The apostrophe keeps every piece text, even one that looks like a number or a formula.
    rows.push([`'${upload}`, `'${index}`, `'${piece}`, `'${text.slice(at, at + CELL_CHARS)}`]);
  }
  const first = Math.max(sheet.getLastRow(), 0) + 1;
  const max = sheet.getMaxRows();
  if (first + rows.length - 1 > max) sheet.insertRowsAfter(max, first + rows.length - 1 - max);
  sheet.getRange(first, 1, rows.length, WIDTH).setValues(rows);
}

/**
 * The text of parts 0..count-2 of an upload joined in order, and the upload's rows emptied; or
 * undefined when one of them never arrived. Calls: four to six, whatever the size.
 */
export function takeParts(
  spreadsheet: SpreadsheetLike,
  upload: string,
  count: number,
): string | undefined {
  const sheet = spreadsheet.getSheetByName(IMPORT_UPLOAD_SHEET);
  if (sheet === null) return count <= 1 ? '' : undefined;
  const lastRow = sheet.getLastRow();
  if (lastRow < 1) return count <= 1 ? '' : undefined;
  const range = sheet.getRange(1, 1, lastRow, WIDTH);
  const rows = range.getValues();
  const parts: { index: number; piece: number; text: string }[] = [];
  const kept: unknown[][] = [];
  for (const row of rows) {
    if (String(row[0]) === upload) {
      parts.push({ index: Number(row[1]), piece: Number(row[2]), text: String(row[3] ?? '') });
      kept.push(['', '', '', '']);
    } else {
      kept.push(row.map((cell) => (typeof cell === 'string' && cell !== '' ? `'${cell}` : cell)));
    }
  }
  // A part sent twice (a retry) counts once: the later copy wins.
  const unique = new Map(parts.map((p) => [`${p.index}:${p.piece}`, p]));
  const arrived = new Set(parts.map((p) => p.index));
  for (let index = 0; index < count - 1; index++) if (!arrived.has(index)) return undefined;
  if (parts.length > 0) range.setValues(kept);
  return [...unique.values()]
    .filter((p) => p.index < count - 1)
    .sort((a, b) => a.index - b.index || a.piece - b.piece)
    .map((p) => p.text)
    .join('');
}

function createUploadSheet(spreadsheet: SpreadsheetLike): SheetLike {
  const previous = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(IMPORT_UPLOAD_SHEET);
  sheet.hideSheet();
  spreadsheet.setActiveSheet(previous);
  return sheet;
}
