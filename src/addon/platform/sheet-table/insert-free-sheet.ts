// Inserts a sheet under a name no sheet has yet, so an inserted sheet never replaces another.

import type { SheetLike, SpreadsheetLike } from '../services/spreadsheet-service';

/** Names tried: "Replenishment", "Replenishment 2", … up to this number. */
const MAX_NAME_TRIES = 200;

/** Inserts a sheet named `base`, or `base 2`, `base 3`, … whichever no sheet has yet. */
export function insertFreeSheet(spreadsheet: SpreadsheetLike, base: string): SheetLike {
  for (let n = 1; n <= MAX_NAME_TRIES; n++) {
    const name = n === 1 ? base : `${base} ${n}`;
    if (spreadsheet.getSheetByName(name) !== null) continue;
    try {
      return spreadsheet.insertSheet(name);
    } catch (error) {
      // Someone else took the name a moment ago: try the next one. Any other failure is real.
      if (spreadsheet.getSheetByName(name) === null) throw error;
    }
  }
  throw new Error(`no free sheet name after "${base} ${MAX_NAME_TRIES}"`);
}
