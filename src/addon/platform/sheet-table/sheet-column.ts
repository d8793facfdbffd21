// A column of one of the add-on's sheets (replenishment, shipments, keyword ranks): headers, note,
// format and the check on what can be typed.

import type { Locale } from '../../../core/i18n/locale';

/** A text in both languages. */
export type Localized = Readonly<Record<Locale, string>>;

/** What an input cell accepts: the sheet's data validation rejects anything else. */
export type InputCheck = 'nonNegative' | 'atLeastOne' | 'date';

export interface SheetColumn<K extends string> {
  /** The stable name code looks the column up by. */
  readonly key: K;
  readonly header: Localized;
  /** The header's note, explaining what to type. */
  readonly note: Localized;
  /** Other headers that mean this column, matched loosely (case, spaces, punctuation). */
  readonly aliases: readonly string[];
  /** Sheets number format of the data cells; undefined leaves the sheet's default. */
  readonly numberFormat?: string;
  /** What the data cells accept; undefined accepts anything. */
  readonly check?: InputCheck;
  /** Playbook rules the column carries. */
  readonly rules: readonly string[];
}

/** What finds a column by its header in either language: its key, headers and other names. */
export type HeaderedColumn<K extends string> = Pick<SheetColumn<K>, 'key' | 'header' | 'aliases'>;

/** A column's header in one language, to name it in a message; the key when the table lacks it. */
export function headerOf<K extends string>(
  columns: readonly SheetColumn<K>[],
  key: K,
  locale: Locale,
): string {
  return columns.find((column) => column.key === key)?.header[locale] ?? key;
}

/**
 * The SKU column of a sheet that refers to the replenishment sheet's SKUs (shipments, keyword
 * ranks, sales history): written as there, matched by the usual SKU headers and `moreAliases`.
 */
export function linkedSkuColumn(
  rules: readonly string[],
  moreAliases: readonly string[] = [],
): SheetColumn<'sku'> {
  return {
    key: 'sku',
    header: { en: 'SKU', 'zh-CN': 'SKU' },
    note: {
      en: 'The seller SKU, written as in the replenishment sheet.',
      'zh-CN': '卖家 SKU，与补货表中的写法一致。',
    },
    aliases: ['seller-sku', 'seller sku', 'msku', ...moreAliases],
    rules,
  };
}
