// A value in a log sheet's row that could not be read, and how a list of them is told.

import { formatMessage, type Locale } from '../../../core/i18n/locale';
import { InputError } from '../../../core/input-error';
import { SHEET_TABLE_MESSAGES } from './sheet-table-messages';

export interface RowProblem {
  /** 1-based sheet row. */
  readonly row: number;
  /** What is wrong, naming the column and the value, in the reader's language. */
  readonly text: string;
}

/** An error as the user reads it: an InputError in their language, any other error's message. */
export function problemText(error: unknown, locale: Locale): string {
  if (error instanceof InputError) return error.text(locale);
  return error instanceof Error ? error.message : String(error);
}

/**
 * What `read` gives for a cell of a row, or undefined when it throws: what it threw is then added
 * to `problems` as the row's, in the reader's language.
 */
export function readOrReport<T>(
  read: () => T,
  row: number,
  problems: RowProblem[],
  locale: Locale,
): T | undefined {
  try {
    return read();
  } catch (error) {
    problems.push({ row, text: problemText(error, locale) });
    return undefined;
  }
}

/** A value that is not one of a column's choices. */
export function notAChoice(
  arg: string,
  value: unknown,
  choices: readonly string[],
  locale: Locale,
): string {
  return formatMessage(SHEET_TABLE_MESSAGES[locale].notAChoice, {
    arg,
    value: String(value),
    choices: choices.join(', '),
  });
}

/**
 * " Not read: row 4: …; row 9: …" for a toast, at most `max` listed; empty when there are none.
 */
export function describeProblems(problems: readonly RowProblem[], locale: Locale, max = 5): string {
  if (problems.length === 0) return '';
  const messages = SHEET_TABLE_MESSAGES[locale];
  const listed = problems
    .slice(0, max)
    .map((p) => formatMessage(messages.rowProblem, { row: p.row, text: p.text }));
  if (problems.length > max) {
    listed.push(formatMessage(messages.more, { count: problems.length - max }));
  }
  return formatMessage(messages.notRead, { list: listed.join(messages.separator) });
}
