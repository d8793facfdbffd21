// The spreadsheet's language as a custom function may read it: the one service call it makes.

/**
 * The spreadsheet's locale tag ("zh_CN", "en_US": File › Settings). A custom function may call
 * SpreadsheetApp's read-only getters, and this is the only one the add-on's functions use, once
 * per call and only when a call has a message to show (never at load, never for a clean result).
 */
export function spreadsheetLocaleTag(): string {
  return SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale();
}
