// A page's words in the reader's language: a catalog's lookup with the {placeholders} filled, the
// language a page opens in, and what a failure says.

import { type Catalog, formatMessage, type Locale, pickLocale } from '../../core/i18n/locale';

export type TextParams = Readonly<Record<string, string | number>>;

/** The lookup of one catalog: the text of `key` in `locale`, its placeholders filled from params. */
export function textLookup<K extends string>(
  catalog: Catalog<K>,
): (locale: Locale, key: K, params?: TextParams) => string {
  return (locale, key, params = {}) => formatMessage(catalog[locale][key], params);
}

/**
 * The language a page opens in, before the server says which: the body's `data-locale` when the
 * server wrote one into the page, else the browser's.
 */
export function pageLocale(): Locale {
  return pickLocale(document.body.dataset.locale ?? navigator.language);
}

/** What a failure says to the user: an Error's message, anything else as text. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
