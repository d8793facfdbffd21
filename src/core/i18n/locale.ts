// The two languages every user-visible word exists in, and how a user's locale picks one.

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** A message catalog: the English texts define the keys, the Chinese one must have them all. */
export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

/**
 * Picks the language for a locale tag as Apps Script or a browser reports it
 * ("zh_CN", "zh-TW", "en_US", ""): any Chinese tag gives Simplified Chinese, anything else English.
 * @example pickLocale('zh_CN') === 'zh-CN'
 */
export function pickLocale(tag: string | null | undefined): Locale {
  return /^zh\b|^zh[-_]/i.test(String(tag ?? '').trim()) ? 'zh-CN' : 'en';
}

/**
 * Fills `{name}` placeholders from params; unknown placeholders stay visible so a missing
 * parameter shows up in review instead of as an empty gap.
 * @example formatMessage('got {value}', { value: 3 }) === 'got 3'
 */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
