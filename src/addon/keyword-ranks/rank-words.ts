// How the keyword-rank sheet's cells are read: a keyword's kind in either language, and a rank
// typed as a place or as "not found".

import { formatMessage, type Locale } from '../../core/i18n/locale';
import { quoteValue } from '../../core/input-error';
import type { KeywordKind, LoggedRank } from '../../core/keywords/rank-log';
import { OFF_RANGE } from '../../core/keywords/rank-log';
import { sameWord } from '../../core/same-key';
import { isBlank } from '../platform/cell-value';
import type { Localized } from '../platform/sheet-table/sheet-column';
import { RANK_MESSAGES } from './rank-messages';

export const KIND_WORDS: Readonly<Record<KeywordKind, Localized>> = {
  core: { en: RANK_MESSAGES.en.kindCore, 'zh-CN': RANK_MESSAGES['zh-CN'].kindCore },
  'long-tail': { en: RANK_MESSAGES.en.kindLongTail, 'zh-CN': RANK_MESSAGES['zh-CN'].kindLongTail },
};

const KINDS: Readonly<Record<string, KeywordKind>> = {
  core: 'core',
  main: 'core',
  核心: 'core',
  核心词: 'core',
  主词: 'core',
  longtail: 'long-tail',
  long: 'long-tail',
  长尾: 'long-tail',
  长尾词: 'long-tail',
};

/** The kind a cell names: blank or unknown wording counts as core (the keywords worth tracking). */
export function readKind(value: unknown): KeywordKind | undefined {
  if (isBlank(value)) return 'core';
  return KINDS[sameWord(String(value))];
}

// "Not found within the range checked": a dash, ">300", "300+", or the words.
const OFF_RANGE_TEXT =
  /^(?:[-–—]+|[>＞]\s*\d+|\d+\s*\+|off|none|n\/?a|not\s*(?:found|ranked)|未上榜|无排名|未找到|无)$/i;

/**
 * A rank cell: a whole place from 1, OFF_RANGE when not found, or undefined when blank (not
 * typed yet). Anything else throws an error naming the column and the value.
 * @example readRank('Our rank', '>300', 'en') === 'off'
 */
export function readRank(arg: string, value: unknown, locale: Locale): LoggedRank | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === 'string') {
    const text = value.normalize('NFKC').trim();
    if (OFF_RANGE_TEXT.test(text)) return OFF_RANGE;
    if (/^#?\d+$/.test(text)) return place(arg, Number(text.replace('#', '')), value, locale);
  }
  if (typeof value === 'number') return place(arg, value, value, locale);
  throw notARank(arg, value, locale);
}

function place(arg: string, n: number, value: unknown, locale: Locale): number {
  if (!Number.isInteger(n) || n < 1) throw notARank(arg, value, locale);
  return n;
}

function notARank(arg: string, value: unknown, locale: Locale): Error {
  return new Error(
    formatMessage(RANK_MESSAGES[locale].notARank, { arg, value: quoteValue(value) }),
  );
}

export function kindChoices(locale: Locale): string[] {
  return [KIND_WORDS.core[locale], KIND_WORDS['long-tail'][locale]];
}
