// R30: during a stockout, the SKU's keywords that have fallen furthest so far, and who moved ahead.

import type { IsoDate } from '../iso-date';
import { DEFAULT_RANK_FALLS_LISTED } from '../playbook-defaults';
import type { RankSeverity } from '../rank-drop';
import { compareFalls, type FallListOptions, skuKeywordFalls } from './keyword-fall';
import type { CompetitorRank, KeywordKind, LoggedRank, RankLogEntry } from './rank-log';

export interface KeywordDrop {
  readonly rule: 'R30';
  readonly keyword: string;
  readonly kind: KeywordKind;
  /** The rank before the fall. */
  readonly reference: number;
  /** The latest rank and the places lost to it (undefined: off the tracked range). */
  readonly latest: LoggedRank;
  readonly latestDate: IsoDate;
  readonly fall: number | undefined;
  readonly severity: RankSeverity;
  /** R31: competitors that moved ahead of it. */
  readonly takenBy: readonly CompetitorRank[];
}

/** The SKU, the day and the limits; at most `limit` keywords (default 5). */
export type FallsOptions = FallListOptions;

/**
 * Core and long-tail keywords of the SKU that are below their reference rank now, the biggest
 * fall first (off the tracked range first, then places lost, then the better reference).
 */
export function biggestFalls(log: readonly RankLogEntry[], options: FallsOptions): KeywordDrop[] {
  return skuKeywordFalls(log, options, options.today)
    .filter((fall) => fall.latestSeverity !== 'RECOVERED')
    .sort(compareFalls((fall) => fall.latestFall))
    .slice(0, options.limit ?? DEFAULT_RANK_FALLS_LISTED)
    .map((fall) => ({
      rule: 'R30',
      keyword: fall.keyword,
      kind: fall.kind,
      reference: fall.reference,
      latest: fall.latest,
      latestDate: fall.latestDate,
      fall: fall.latestFall,
      severity: fall.latestSeverity,
      takenBy: fall.takenBy,
    }));
}
