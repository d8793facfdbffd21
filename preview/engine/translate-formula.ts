// Rewrites the Google-Sheets-only syntax our sheets use into formulas the preview engine reads.

/** What a formula needs to know about the workbook to be translated. */
export interface TranslationContext {
  /**
   * The last row (1-based) of a sheet, which an open range such as `D2:D` runs to, as it does in
   * Sheets. `sheet` is the name written before `!`, or undefined for the formula's own sheet.
   */
  readonly lastRowOf: (sheet: string | undefined) => number;
  /** Pins TODAY() and NOW() to this day (tests, reproducible screenshots); the clock otherwise. */
  readonly today?: Date;
}

// One pass over the formula: a string literal (kept as written), or a range whose end has a
// column and no row. A quoted or plain sheet name may stand before it.
const OPEN_RANGE =
  /("(?:[^"]|"")*")|(?<![\w$.])((?:'(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+):(\$?[A-Za-z]{1,3})(?![\w$(!.])/g;

const CLOCK = /("(?:[^"]|"")*")|(?<![\w.])(TODAY|NOW)\s*\(\s*\)/gi;

// Sheets reads TRUE and FALSE as values; the engine knows them only as functions.
const BOOLEAN = /("(?:[^"]|"")*")|(?<![\w.$!'])(TRUE|FALSE)(?![\w.(!]|\s*\()/gi;

/**
 * The formula as the engine reads it:
 * - open ranges `D2:D`, `$D$2:$D`, `'Sheet 1'!D2:D` end at the sheet's last row (`D2:D1000`);
 * - the values `TRUE` / `FALSE` become `TRUE()` / `FALSE()`;
 * - `TODAY()` / `NOW()` become that day when the context pins one.
 * Everything else is passed through: the engine knows `ARRAYFORMULA`, array literals `{1,0,0}`
 * and the functions the template uses. Text inside string literals is never touched.
 * @example translateFormula('=COVER_DAYS(D2:D, K2:K)', { lastRowOf: () => 31 })
 *   === '=COVER_DAYS(D2:D31, K2:K31)'
 */
export function translateFormula(formula: string, context: TranslationContext): string {
  let out = formula.replace(
    OPEN_RANGE,
    (
      whole,
      literal: string | undefined,
      prefix: string | undefined,
      start: string,
      end: string,
    ) => {
      if (literal !== undefined) return whole;
      const sheet = prefix === undefined ? undefined : unquoteSheet(prefix.slice(0, -1));
      const startRow = Number(/\d+$/.exec(start)?.[0]);
      const lastRow = Math.max(context.lastRowOf(sheet), startRow);
      return `${prefix ?? ''}${start}:${end}${lastRow}`;
    },
  );
  out = out.replace(BOOLEAN, (whole, literal: string | undefined, value: string) =>
    literal !== undefined ? whole : `${value.toUpperCase()}()`,
  );
  const today = context.today;
  if (today !== undefined) {
    out = out.replace(CLOCK, (whole, literal: string | undefined, fn: string) => {
      if (literal !== undefined) return whole;
      const date = `DATE(${today.getFullYear()},${today.getMonth() + 1},${today.getDate()})`;
      return fn.toUpperCase() === 'TODAY' ? date : `(${date}+${dayFraction(today)})`;
    });
  }
  return out;
}

/** True when a cell's content is a formula (Sheets: text that starts with `=`). */
export function isFormula(content: unknown): content is string {
  return typeof content === 'string' && content.startsWith('=') && content.length > 1;
}

/** `'My sheet'` → `My sheet`, `Data` → `Data`. */
function unquoteSheet(name: string): string {
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

function dayFraction(date: Date): number {
  const seconds = date.getHours() * 3600 + date.getMinutes() * 60 + date.getSeconds();
  return Number((seconds / 86_400).toFixed(6));
}
