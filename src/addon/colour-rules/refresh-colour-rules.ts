// R4: the cover, phase and cover-flag colours on the active sheet — columns found by their
// headers, or the selected column for the cover — rewritten, the user's own rules kept. The menu
// action (refresh-sheet-colours) comes here for any sheet that is not one of the add-on's others.

import { formatMessage } from '../../core/i18n/locale';
import { quoteValue } from '../../core/input-error';
import { isBlank } from '../platform/cell-value';
import { columnLetter } from '../platform/column-letter';
import type { RulesWritten } from '../platform/marked-colour-rules';
import type { Services } from '../platform/services/services';
import type { SheetLike } from '../platform/services/spreadsheet-service';
import { askYesNo } from '../platform/services/ui-service';
import { userLocale } from '../platform/services/user-locale';
import { loadSettings } from '../platform/settings-store';
import { readTopRows } from '../platform/sheet-table/read-top-rows';
import { applyColourRules, type ColumnTarget } from '../replenishment-sheet/apply-colour-rules';
import type { ColourTarget } from '../replenishment-sheet/colour-rule-specs';
import type { ColumnKey } from '../replenishment-sheet/replenishment-columns';
import { findHeaderCell } from '../replenishment-sheet/replenishment-columns';
import { COLOUR_RULES_MESSAGES } from './colour-rules-messages';

/** A column found by its header: the header's text and the rows below it. */
export interface FoundColumn extends ColumnTarget {
  readonly header: string;
}

export interface RefreshOutcome {
  readonly sheet: string;
  /** A header-found column, or (coverFromSelection) the selected column with no header. */
  readonly cover: FoundColumn | ColumnTarget;
  readonly coverFromSelection: boolean;
  readonly phase: FoundColumn | undefined;
  readonly written: RulesWritten;
  /** The toast shown. */
  readonly message: string;
}

/** The columns each target colours, the first found wins: on-hand cover, else (older sheets) cover. */
const COLUMNS_OF: Readonly<Record<ColourTarget, readonly ColumnKey[]>> = {
  cover: ['onHandCover', 'coverDays'],
  phase: ['phase'],
  flag: ['coverFlag'],
};

/**
 * Refreshes the add-on's colour rules on the active sheet: days of cover and phase columns found
 * by their headers (any sheet, either language); without a cover header, the selected column
 * when it holds numbers (asked first when it also holds text, refused when it holds none).
 * The user's own rules stay as they were. Returns undefined (after telling the user) when there
 * is no column to colour.
 */
export function refreshColourRules(services: Services): RefreshOutcome | undefined {
  const locale = userLocale(services.session);
  const messages = COLOUR_RULES_MESSAGES[locale];
  const loaded = loadSettings(services.properties);
  const { settings } = loaded;
  const app = services.spreadsheet;
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = spreadsheet.getActiveSheet();
  const name = sheet.getName();
  const found = findColourColumns(sheet);

  let cover: FoundColumn | ColumnTarget | undefined = found.cover;
  let coverFromSelection = false;
  if (cover === undefined) {
    const selected = spreadsheet.getActiveRange();
    if (selected === null) {
      services.ui.getUi().alert(formatMessage(messages.noColumn, { sheet: name }));
      return undefined;
    }
    const column = selected.getColumn();
    if (!mayColourSelected(services, sheet, column)) return undefined;
    cover = { column, firstRow: 1 };
    coverFromSelection = true;
  }

  const written = applyColourRules(app, sheet, settings, {
    cover,
    phase: found.phase,
    flag: found.flag,
  });

  const bands = {
    air: settings.airFreightDays,
    alert: settings.alertDays,
    over: settings.overstockDays,
  };
  const parts = [
    'header' in cover
      ? formatMessage(messages.coverPart, {
          ...bands,
          header: cover.header,
          column: columnLetter(cover.column),
        })
      : formatMessage(messages.coverFromSelection, {
          ...bands,
          column: columnLetter(cover.column),
        }),
  ];
  if (found.phase !== undefined) {
    parts.push(
      formatMessage(messages.phasePart, {
        header: found.phase.header,
        column: columnLetter(found.phase.column),
      }),
    );
  }
  let message = formatMessage(messages.applied, {
    sheet: name,
    parts: parts.join(messages.separator),
  });
  if (loaded.issue === 'unreadable' || loaded.issue === 'invalid') {
    message += messages.settingsDefaults;
  }
  spreadsheet.toast(message, messages.title, 8);
  return { sheet: name, cover, coverFromSelection, phase: found.phase, written, message };
}

/**
 * Whether the selected column may get the cover colours when no header names one: yes when it
 * holds numbers and no text below its first cell (its header); refused, with a message, when it
 * holds no number at all (a SKU or notes column); asked (Yes / No) when it mixes text and numbers.
 * Calls: one read of the column.
 */
function mayColourSelected(services: Services, sheet: SheetLike, column: number): boolean {
  const messages = COLOUR_RULES_MESSAGES[userLocale(services.session)];
  const params = { sheet: sheet.getName(), column: columnLetter(column) };
  const ui = services.ui.getUi();
  const lastRow = sheet.getLastRow();
  const cells = lastRow < 1 ? [] : sheet.getRange(1, column, lastRow, 1).getValues();
  let numbers = 0;
  let example: unknown;
  let header = true;
  for (const [value] of cells) {
    if (isBlank(value)) continue;
    if (typeof value === 'number') numbers++;
    // The first filled cell may be the column's own header; text after it is text in the data.
    else if (!header && example === undefined) example = value;
    header = false;
  }
  if (numbers === 0) {
    ui.alert(formatMessage(messages.noNumbers, params));
    return false;
  }
  if (example === undefined) return true;
  const prompt = formatMessage(messages.askColour, { ...params, example: quoteValue(example) });
  if (askYesNo(ui, messages.askTitle, prompt)) return true;
  services.spreadsheet
    .getActiveSpreadsheet()
    .toast(formatMessage(messages.declined, params), messages.title, 5);
  return false;
}

/**
 * The cover and phase columns of a sheet, by header, from one read of its first rows.
 * Calls: getLastRow, getLastColumn, getRange, getValues — whatever the sheet's size.
 */
export function findColourColumns(sheet: SheetLike): Partial<Record<ColourTarget, FoundColumn>> {
  const top = readTopRows(sheet);
  if (top === undefined) return {};
  const found: Partial<Record<ColourTarget, FoundColumn>> = {};
  for (const target of ['cover', 'phase', 'flag'] as const) {
    for (const key of COLUMNS_OF[target]) {
      const cell = findHeaderCell(top.rows, key);
      if (cell === undefined) continue;
      found[target] = { column: cell.column + 1, firstRow: cell.row + 2, header: cell.text };
      break;
    }
  }
  return found;
}
