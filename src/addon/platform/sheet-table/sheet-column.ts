// A column of one of the add-on's sheets (replenishment, shipments, keyword ranks, sales history):
// headers, note, format and the check on what can be typed, and a one-line way to declare one.

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

/** A column's header and its note, in one language. */
export type ColumnWords = readonly [header: string, note: string];

/** What a column is besides its words: other headers it answers to, its format, check and rules. */
export type ColumnTraits = Partial<
  Pick<SheetColumn<string>, 'aliases' | 'numberFormat' | 'check'>
> &
  Pick<SheetColumn<string>, 'rules'>;

/**
 * A column as one line of its table: its key, its header and note in English and in Chinese,
 * and its traits (no aliases when none are given).
 * @example column('units', ['Units', 'Units shipped.'], ['数量', '发货件数。'], { rules: ['R10'] })
 */
export function column<K extends string, T extends ColumnTraits>(
  key: K,
  en: ColumnWords,
  zh: ColumnWords,
  traits: T,
): SheetColumn<K> & Omit<T, keyof ColumnTraits> {
  return {
    key,
    header: { en: en[0], 'zh-CN': zh[0] },
    note: { en: en[1], 'zh-CN': zh[1] },
    aliases: [],
    ...traits,
  };
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
  return column(
    'sku',
    ['SKU', 'The seller SKU, written as in the replenishment sheet.'],
    ['SKU', '卖家 SKU，与补货表中的写法一致。'],
    { aliases: ['seller-sku', 'seller sku', 'msku', ...moreAliases], rules },
  );
}
