// The one error type for bad input: it names the argument and the value, in the reader's language.

import { formatMessage, type Locale } from './i18n/locale';
import { INPUT_MESSAGES, type InputMessageKey } from './input-messages';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * How an argument is named to the reader: e.g. its label or column header in their language.
 * Given the name the error was raised with (`fba_stock`); returns it unchanged when it has none.
 */
export type ArgNamer = (arg: string, locale: Locale) => string;

/** The params that hold an argument's name, and so are passed through an ArgNamer. */
const NAME_PARAMS = ['arg', 'other'] as const;

/**
 * Raised when a value a user typed cannot be used. It holds the message's key and params, so each
 * place that shows it picks the reader's language (and names the argument as the reader knows
 * it) with `text`; its `message` is the English text, for logs.
 */
export class InputError extends Error {
  constructor(
    readonly key: InputMessageKey,
    readonly params: MessageParams,
  ) {
    super(describeInputError(key, params, 'en'));
    this.name = 'InputError';
  }

  /** The text in one language, the arguments named by `nameArg` when given. */
  text(locale: Locale, nameArg?: ArgNamer): string {
    return describeInputError(this.key, this.params, locale, nameArg);
  }
}

export function describeInputError(
  key: InputMessageKey,
  params: MessageParams,
  locale: Locale,
  nameArg?: ArgNamer,
): string {
  let shown = params;
  if (nameArg !== undefined) {
    const renamed: Record<string, string | number> = { ...params };
    for (const name of NAME_PARAMS) {
      const value = params[name];
      if (typeof value === 'string') renamed[name] = nameArg(value, locale);
    }
    shown = renamed;
  }
  return formatMessage(INPUT_MESSAGES[locale][key], shown);
}

/** Longest text shown whole in a message; a longer one is cut, so the message fits a cell. */
const MAX_QUOTED = 24;

/** Shows a user's value in an error message: text in quotes, so a blank or a space is visible. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    return `'${value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value}'`;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : 'a date';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
