// R30: during a stockout, the SKU's keywords that have fallen furthest so far, and who moved ahead.

import type { IsoDate } from '../iso-date';
import { DEFAULT_RANK_FALLS_LISTED } from '../playbook-defaults';
import { checkRankThresholds, type RankSeverity, type RankThresholds } from '../rank-drop';
import { compareFalls, keywordFalls } from './keyword-fall';
import type { CompetitorRank, KeywordKind, LoggedRank, RankLogEntry } from './rank-log';
import { skuRankHistory } from './sku-rank-history';

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

export interface FallsOptions {
  readonly sku: string;
  readonly today: IsoDate;
  readonly thresholds?: RankThresholds;
  readonly lookbackDays?: number;
  /** The most keywords listed (default 5). */
  readonly limit?: number;
}

/**
 * Core and long-tail keywords of the SKU that are below their reference rank now, the biggest
 * fall first (off the tracked range first, then places lost, then the better reference).
 */
export function biggestFalls(log: readonly RankLogEntry[], options: FallsOptions): KeywordDrop[] {
  const thresholds = checkRankThresholds(options.thresholds ?? {});
  const history = skuRankHistory(log, options.sku, {
    anchor: options.today,
    until: options.today,
    lookbackDays: options.lookbackDays,
  });
  return keywordFalls(history, thresholds)
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
