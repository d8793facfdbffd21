// R22, R30: one logged keyword rank (a row of the keyword-rank sheet) and how a keyword is named.

import type { IsoDate } from '../iso-date';

/** R22: core keywords carry the listing; long-tail ones widen it (R37, R43). */
export const KEYWORD_KINDS = ['core', 'long-tail'] as const;
export type KeywordKind = (typeof KEYWORD_KINDS)[number];

/** The keyword was searched for and not found within the range the seller tracks. */
export const OFF_RANGE = 'off';
/** A logged organic rank: a whole place from 1, or off the tracked range. */
export type LoggedRank = number | typeof OFF_RANGE;

/** R22, R31: a competitor seen next to us in the results, with its rank when logged. */
export interface CompetitorRank {
  readonly asin: string;
  readonly rank: number | undefined;
}

/** One day's rank of one keyword of one SKU. */
export interface RankLogEntry {
  readonly date: IsoDate;
  readonly sku: string;
  readonly keyword: string;
  readonly kind: KeywordKind;
  readonly rank: LoggedRank;
  /** The competitor ranked just above us that day. */
  readonly above?: CompetitorRank;
  /** The competitor ranked just below us that day. */
  readonly below?: CompetitorRank;
}

/** Orders ranks from best to worst; off the tracked range is worse than any place. */
export function rankOrder(rank: LoggedRank): number {
  return rank === OFF_RANGE ? Number.POSITIVE_INFINITY : rank;
}
