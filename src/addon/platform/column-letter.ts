// A1 notation as formulas write it: column letters (1 → A, 27 → AA), open column ranges and
// sheet names.

/**
 * The letters of a 1-based column number.
 * @example columnLetter(28) === 'AB'
 */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The 1-based column number of letters, either case.
 * @example columnNumber('ab') === 28
 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * The open range of one column from a row down to the sheet's end, as Sheets writes it.
 * @example openColumnRange(17, 2) === 'Q2:Q'
 */
export function openColumnRange(column: number, fromRow: number): string {
  const letter = columnLetter(column);
  return `${letter}${fromRow}:${letter}`;
}

/**
 * A sheet name as a formula writes it: in single quotes, quotes doubled.
 * @example sheetRef("Bob's sheet") === "'Bob''s sheet'"
 */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
