// Inserts one of the add-on's own log sheets (the Playbook log, the import history): a fixed name,
// the same in every language so collaborators share one, a bold frozen header, and the user left
// on the sheet they were on.

import type { SheetLike, SpreadsheetLike } from '../services/spreadsheet-service';

/**
 * Inserts the log named `name` with its header row, runs `finish` on it (formats, hiding), then
 * puts the user back on the sheet they had active — and on the cell they had selected when
 * `keepSelection`. Calls: a fixed number, plus what `finish` makes.
 */
export function insertLogSheet(
  spreadsheet: SpreadsheetLike,
  name: string,
  headers: readonly string[],
  finish: (log: SheetLike) => void,
  keepSelection: boolean,
): SheetLike {
  const previousSheet = spreadsheet.getActiveSheet();
  const previousRange = keepSelection ? spreadsheet.getActiveRange() : null;
  const log = spreadsheet.insertSheet(name);
  const header = log.getRange(1, 1, 1, headers.length);
  header.setValues([[...headers]]);
  header.setFontWeight('bold');
  log.setFrozenRows(1);
  finish(log);
  spreadsheet.setActiveSheet(previousSheet);
  if (previousRange !== null) spreadsheet.setActiveRange(previousRange);
  return log;
}
