// The "Playbook log" sheet: every tick appended as a row, so the latest row per SKU, phase and
// rule is the item's state, collaborators share it and the history stays readable.

import type { Locale } from '../../core/i18n/locale';
import type { Phase } from '../../core/phase';
import { isRuleId, type RuleId } from '../../core/plan/rule-book';
import type { SheetLike, SpreadsheetLike } from '../services/spreadsheet-service';
import { safeCellValue } from '../sheet-table/safe-cell-value';
import type { TickState } from './sidebar-api';
import { SIDEBAR_ENDPOINT_MESSAGES } from './sidebar-endpoint-messages';

/** The log's name, the same in every language so collaborators share one log. */
export const PLAYBOOK_LOG_SHEET = 'Playbook log';

/** Timestamp, user, SKU, phase, rule, done/undone: the log's columns, in order. */
export const LOG_WIDTH = 6;

/** The state column's words: codes, the same for everyone. */
export const DONE = 'done';
export const UNDONE = 'undone';

export interface LogEntry {
  readonly at: Date;
  readonly user: string;
  readonly sku: string;
  readonly phase: Phase;
  readonly rule: RuleId;
  readonly done: boolean;
}

/**
 * The saved state of each rule for one SKU in one phase: the latest log row wins. Calls:
 * getSheetByName, getLastRow and one getValues, whatever the log's length.
 */
export function readTicks(
  spreadsheet: SpreadsheetLike,
  sku: string,
  phase: Phase,
): Partial<Record<RuleId, TickState>> {
  const log = spreadsheet.getSheetByName(PLAYBOOK_LOG_SHEET);
  if (log === null) return {};
  const lastRow = log.getLastRow();
  if (lastRow < 2) return {};
  const rows = log.getRange(2, 1, lastRow - 1, LOG_WIDTH).getValues();
  const ticks: Partial<Record<RuleId, TickState>> = {};
  for (const [at, user, loggedSku, loggedPhase, rule, state] of rows) {
    if (String(loggedSku ?? '').trim() !== sku || loggedPhase !== phase || !isRuleId(rule)) {
      continue;
    }
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
  const log = spreadsheet.getSheetByName(PLAYBOOK_LOG_SHEET) ?? createLog(spreadsheet, locale);
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
      ],
    ]);
}

function createLog(spreadsheet: SpreadsheetLike, locale: Locale): SheetLike {
  const previousSheet = spreadsheet.getActiveSheet();
  const previousRange = spreadsheet.getActiveRange();
  const log = spreadsheet.insertSheet(PLAYBOOK_LOG_SHEET);
  const words = SIDEBAR_ENDPOINT_MESSAGES[locale];
  const header = log.getRange(1, 1, 1, LOG_WIDTH);
  header.setValues([
    [
      words['log.timestamp'],
      words['log.user'],
      words['log.sku'],
      words['log.phase'],
      words['log.rule'],
      words['log.state'],
    ],
  ]);
  header.setFontWeight('bold');
  log.setFrozenRows(1);
  log.getRange('A2:A').setNumberFormat('yyyy-mm-dd hh:mm:ss');
  // SKUs stay text: "00123" keeps its zeros, "1-2" does not become a date.
  log.getRange('C2:C').setNumberFormat('@');
  spreadsheet.setActiveSheet(previousSheet);
  if (previousRange !== null) spreadsheet.setActiveRange(previousRange);
  return log;
}

function timestampText(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
  return String(value ?? '');
}
