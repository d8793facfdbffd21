// R7–R9, R1: brings a replenishment sheet the add-on made up to the saved settings — each worked-out
// column's one formula and each header note rewritten where the add-on wrote them — in a fixed
// number of Apps Script calls, whatever the sheet's size. Values typed on rows stay and still win.

import type { Locale } from '../../core/i18n/locale';
import type { PlaybookSettings } from '../../core/settings/settings';
import { CUSTOM_FUNCTIONS } from '../custom-functions/catalog';
import type { SheetLike } from '../platform/services/spreadsheet-service';
import { readTopRows } from '../platform/sheet-table/read-top-rows';
import {
  type ColumnKey,
  findHeaderCell,
  mapColumns,
  REPLENISHMENT_COLUMNS,
} from './replenishment-columns';
import { columnNote, plannedFormulas } from './template-plan';

export interface FormulasRewritten {
  readonly sheet: string;
  /** Columns whose formula was rewritten (1-based). */
  readonly formulas: readonly number[];
  /** Columns whose header note was rewritten (1-based). */
  readonly notes: readonly number[];
}

/**
 * Rewrites the worked-out columns of a replenishment sheet (found by its SKU header and at least
 * one worked-out header) with `settings`: a column's first data cell is rewritten when it is empty
 * or holds a formula the add-on wrote (the same formula with other numbers, or one calling the
 * same custom function); a value or another formula the user put there is left. Header notes
 * the add-on wrote are rewritten the same way. Undefined for any other sheet.
 * Calls: 4 to find the header, 4 to read the first data row's formulas and values and the header's
 * notes, 2 per formula rewritten and 2 for the notes: at most a fixed number per sheet.
 */
export function rewriteFormulas(
  sheet: SheetLike,
  settings: PlaybookSettings,
  history: string | undefined,
): FormulasRewritten | undefined {
  const top = readTopRows(sheet);
  if (top === undefined) return undefined;
  const skuCell = findHeaderCell(top.rows, 'sku');
  if (skuCell === undefined) return undefined;
  const headerRow = top.rows[skuCell.row] ?? [];
  const found = mapColumns(headerRow);
  const computed = REPLENISHMENT_COLUMNS.filter(
    (column) => column.kind === 'computed' && found[column.key] !== undefined,
  );
  if (computed.length === 0) return undefined;

  const header = skuCell.row + 1;
  const firstRow = header + 1;
  const locale = sheetLocale(headerRow, found);
  const columnOf = (key: ColumnKey) => {
    const index = found[key];
    return index === undefined ? undefined : index + 1;
  };
  const row = sheet.getRange(firstRow, 1, 1, top.width);
  const formulas = row.getFormulas()[0] ?? [];
  const values = row.getValues()[0] ?? [];

  const rewritten: number[] = [];
  for (const { column, value } of plannedFormulas(columnOf, firstRow, settings, locale, history)) {
    const current = String(formulas[column - 1] ?? '');
    const blank = current === '' && isBlankCell(values[column - 1]);
    if (current === value || !(blank || sameFormula(current, value))) continue;
    sheet.getRange(firstRow, column).setFormula(value);
    rewritten.push(column);
  }

  const noteRange = sheet.getRange(header, 1, 1, top.width);
  const notes = (noteRange.getNotes()[0] ?? []).map(String);
  const notesRewritten: number[] = [];
  for (const column of REPLENISHMENT_COLUMNS) {
    const index = found[column.key];
    if (index === undefined) continue;
    const note = columnNote(column, locale, settings);
    const current = notes[index] ?? '';
    if (current === note) continue;
    const ours = (['en', 'zh-CN'] as const).some(
      (l) => skeleton(current) === skeleton(columnNote(column, l, settings)),
    );
    if (!ours) continue;
    notes[index] = note;
    notesRewritten.push(index + 1);
  }
  if (notesRewritten.length > 0) noteRange.setNotes([notes]);
  return { sheet: sheet.getName(), formulas: rewritten, notes: notesRewritten };
}

/** The sheet's language, by its headers: Chinese when more headers are the Chinese ones. */
function sheetLocale(
  headerRow: readonly unknown[],
  found: Partial<Record<ColumnKey, number>>,
): Locale {
  let zh = 0;
  let en = 0;
  for (const column of REPLENISHMENT_COLUMNS) {
    const index = found[column.key];
    if (index === undefined || column.header.en === column.header['zh-CN']) continue;
    const text = String(headerRow[index] ?? '').trim();
    if (text === column.header['zh-CN']) zh++;
    else if (text === column.header.en) en++;
  }
  return zh > en ? 'zh-CN' : 'en';
}

function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** A text with its numbers and quoted words taken out: what stays when only the settings differ. */
export function skeleton(text: string): string {
  return text
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/(?<![A-Za-z$\d.])\d+(?:\.\d+)?(?:e[+-]?\d+)?/g, '#');
}

const FUNCTION_NAMES = CUSTOM_FUNCTIONS.map((spec) => spec.name);

/** The add-on's first custom function a formula calls, if any. */
function firstFunction(formula: string): string | undefined {
  const upper = formula.toUpperCase();
  let best: { name: string; at: number } | undefined;
  for (const name of FUNCTION_NAMES) {
    const at = upper.search(new RegExp(`\\b${name}\\s*\\(`));
    if (at >= 0 && (best === undefined || at < best.at)) best = { name, at };
  }
  return best?.name;
}

/** True when `current` is a formula the add-on wrote for the column `planned` is for. */
function sameFormula(current: string, planned: string): boolean {
  if (!current.startsWith('=')) return false;
  if (skeleton(current) === skeleton(planned)) return true;
  const name = firstFunction(planned);
  return name !== undefined && firstFunction(current) === name;
}
