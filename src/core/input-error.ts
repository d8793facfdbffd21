// The one error type for bad input: it names the argument and the value, in both languages.

import { formatMessage, type Locale } from './i18n/locale';
import { INPUT_MESSAGES, type InputMessageKey } from './input-messages';

export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Raised when a value a user typed cannot be used. Its `message` carries the English text
 * followed by the Chinese one, because a custom function cannot know the reader's language
 * without calling a service.
 */
export class InputError extends Error {
  constructor(
    readonly key: InputMessageKey,
    readonly params: MessageParams,
  ) {
    super(`${describeInputError(key, params, 'en')} · ${describeInputError(key, params, 'zh-CN')}`);
    this.name = 'InputError';
  }

  /** The text in one language, for places (the sidebar, dialogs) that know the reader's locale. */
  text(locale: Locale): string {
    return describeInputError(this.key, this.params, locale);
  }
}

export function describeInputError(
  key: InputMessageKey,
  params: MessageParams,
  locale: Locale,
): string {
  return formatMessage(INPUT_MESSAGES[locale][key], params);
}

/** Shows a user's value in an error message: text in quotes, so a blank or a space is visible. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : 'a date';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
