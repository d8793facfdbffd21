// The "Playbook log" sheet: every checklist tick appended as a row, so the latest row per SKU,
// cycle, phase and rule is the item's state, collaborators share it and the history stays readable.
//
// A stockout cycle is named by the day stock last came back (the row's Last restock date, see
// readSkuRow): each restock starts a new cycle, so the next stockout's checklist starts unticked
// while the earlier cycles' rows stay in the log. Rows written before the Cycle column existed,
// and rows of a SKU with no restock recorded yet, belong to the cycle ''.

import type { Locale } from '../../core/i18n/locale';
import { InputError } from '../../core/input-error';
import type { Phase } from '../../core/phase';
import { isRuleId, type RuleId } from '../../core/plan/rule-book';
import { readDate } from '../platform/cell-date';
import { openColumnRange } from '../platform/column-letter';
import type { SheetLike, SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { insertLogSheet } from '../platform/sheet-table/insert-log-sheet';
import { safeCellValue } from '../platform/sheet-table/safe-cell-value';
import { PLAYBOOK_LOG_COLUMNS } from './playbook-log-columns';

/** The log's name, the same in every language so collaborators share one log. */
export const PLAYBOOK_LOG_SHEET = 'Playbook log';

/** Timestamp, user, SKU, phase, rule, done/undone, cycle: the log's columns, in order. */
export const LOG_WIDTH = PLAYBOOK_LOG_COLUMNS.length;

/** The Cycle column, 1-based: added last, so logs made before it keep their columns. */
const CYCLE_COLUMN = PLAYBOOK_LOG_COLUMNS.findIndex((column) => column.key === 'cycle') + 1;

/** The state column's words: codes, the same for everyone. */
export const DONE = 'done';
export const UNDONE = 'undone';

/** The saved state of one checklist item: the latest entry in the log. */
export interface TickState {
  readonly done: boolean;
  /** Who ticked it, when Apps Script can tell (an email address), else ''. */
  readonly by: string;
  /** When, as an ISO timestamp. */
  readonly at: string;
}

export interface LogEntry {
  readonly at: Date;
  readonly user: string;
  readonly sku: string;
  readonly phase: Phase;
  readonly rule: RuleId;
  readonly done: boolean;
  /** The stockout cycle: the restock day as YYYY-MM-DD, or ''. */
  readonly cycle: string;
}

/** Which checklist: a SKU's items in one phase of one stockout cycle. */
export interface ChecklistKey {
  readonly sku: string;
  readonly phase: Phase;
  readonly cycle: string;
}

/**
 * The saved state of each rule of one checklist (SKU, phase, cycle): the latest log row wins.
 * Calls: getSheetByName, getLastRow and one getValues, whatever the log's length.
 */
export function readTicks(
  spreadsheet: SpreadsheetLike,
  { sku, phase, cycle }: ChecklistKey,
  timeZone: string,
): Partial<Record<RuleId, TickState>> {
  const log = spreadsheet.getSheetByName(PLAYBOOK_LOG_SHEET);
  if (log === null) return {};
  const lastRow = log.getLastRow();
  if (lastRow < 2) return {};
  const rows = log.getRange(2, 1, lastRow - 1, LOG_WIDTH).getValues();
  const ticks: Partial<Record<RuleId, TickState>> = {};
  for (const [at, user, loggedSku, loggedPhase, rule, state, loggedCycle] of rows) {
    if (String(loggedSku ?? '').trim() !== sku || loggedPhase !== phase || !isRuleId(rule)) {
      continue;
    }
    if (cycleText(loggedCycle, timeZone) !== cycle) continue;
    ticks[rule] = { done: state === DONE, by: String(user ?? ''), at: timestampText(at) };
  }
  return ticks;
}

/**
 * Appends one entry, creating the log (with its header) on first use and putting the user back
 * on the sheet and cell they had selected. The caller holds the document lock. Calls: a constant
 * number, whatever the log's length.
 */
export function appendTick(spreadsheet: SpreadsheetLike, entry: LogEntry, locale: Locale): void {
  const existing = spreadsheet.getSheetByName(PLAYBOOK_LOG_SHEET);
  const log = existing ?? createLog(spreadsheet, locale);
  // A log made before the Cycle column gets its header now; its earlier rows stay cycle ''.
  if (existing !== null && log.getLastColumn() < CYCLE_COLUMN) {
    const cycle = PLAYBOOK_LOG_COLUMNS.slice(CYCLE_COLUMN - 1);
    log.getRange(1, CYCLE_COLUMN, 1, 1).setValues([cycle.map((column) => column.header[locale])]);
    formatColumns(log, cycle, CYCLE_COLUMN);
  }
  const row = Math.max(log.getLastRow(), 1) + 1;
  log
    .getRange(row, 1, 1, LOG_WIDTH)
    .setValues([
      [
        entry.at,
        safeCellValue(entry.user),
        safeCellValue(entry.sku),
        entry.phase,
        entry.rule,
        entry.done ? DONE : UNDONE,
        entry.cycle,
      ],
    ]);
}

function createLog(spreadsheet: SpreadsheetLike, locale: Locale): SheetLike {
  const headers = PLAYBOOK_LOG_COLUMNS.map((column) => column.header[locale]);
  return insertLogSheet(
    spreadsheet,
    PLAYBOOK_LOG_SHEET,
    headers,
    (log) => formatColumns(log, PLAYBOOK_LOG_COLUMNS, 1),
    true,
  );
}

/** The number format of each of `columns` that has one, below the header; the first is `first`. */
function formatColumns(log: SheetLike, columns: typeof PLAYBOOK_LOG_COLUMNS, first: number): void {
  columns.forEach((column, i) => {
    if (column.numberFormat !== undefined) {
      log.getRange(openColumnRange(first + i, 2)).setNumberFormat(column.numberFormat);
    }
  });
}

/** A Cycle cell as YYYY-MM-DD ('' when blank), whether Sheets kept it as text or made it a date. */
function cycleText(value: unknown, timeZone: string): string {
  try {
    return readDate('cycle', value, timeZone) ?? '';
  } catch (error) {
    if (error instanceof InputError) return String(value).trim();
    throw error;
  }
}

function timestampText(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return String(value ?? '');
}
