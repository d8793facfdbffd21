// R30, R31: how one keyword fell through a stockout — its reference rank, its worst, where it is
// now, and the competitors that moved ahead of it.

import type { IsoDate } from '../iso-date';
import {
  type CheckedRankThresholds,
  checkRankThresholds,
  type RankDrop,
  type RankSeverity,
  type RankThresholds,
  rankMove,
} from '../rank-drop';
import { sameKey } from '../same-key';
import {
  type CompetitorRank,
  type KeywordKind,
  type LoggedRank,
  OFF_RANGE,
  type RankLogEntry,
  rankOrder,
} from './rank-log';
import { skuRankHistory } from './sku-rank-history';

export interface KeywordFall {
  readonly keyword: string;
  readonly kind: KeywordKind;
  /** The rank before the fall: the best rank logged before the worst one. The recovery target. */
  readonly reference: number;
  readonly referenceDate: IsoDate;
  /** The worst rank logged (off the tracked range counts as worst). */
  readonly worst: LoggedRank;
  readonly worstDate: IsoDate;
  /** The most recent rank logged. */
  readonly latest: LoggedRank;
  readonly latestDate: IsoDate;
  /** Places lost from the reference to the worst; undefined when it left the tracked range. */
  readonly worstFall: number | undefined;
  readonly worstSeverity: RankSeverity;
  /** Places lost from the reference to the latest; undefined when off the tracked range now. */
  readonly latestFall: number | undefined;
  readonly latestSeverity: RankSeverity;
  /**
   * R31: competitors logged just above us since the reference day that were not above us on it,
   * each with its most recent logged rank, best rank first.
   */
  readonly takenBy: readonly CompetitorRank[];
}

/**
 * Reads the fall of each keyword from its logged ranks. Entries must be of one SKU; each keyword
 * (matched loosely: case and spaces) is read from its own entries in date order. A keyword with no
 * rank logged before its worst one has no reference and is left out: no fall can be told.
 */
export function keywordFalls(
  entries: readonly RankLogEntry[],
  thresholds: CheckedRankThresholds,
): KeywordFall[] {
  const byKeyword = new Map<string, RankLogEntry[]>();
  for (const entry of entries) {
    const key = sameKey(entry.keyword);
    const list = byKeyword.get(key);
    if (list === undefined) byKeyword.set(key, [entry]);
    else list.push(entry);
  }
  const falls: KeywordFall[] = [];
  for (const list of byKeyword.values()) {
    const fall = keywordFall(list, thresholds);
    if (fall !== undefined) falls.push(fall);
  }
  return falls;
}

/** The fall of one keyword, from its entries (any order). Undefined when it has no reference. */
export function keywordFall(
  entries: readonly RankLogEntry[],
  thresholds: CheckedRankThresholds,
): KeywordFall | undefined {
  if (entries.length === 0) return undefined;
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let worstAt = 0;
  sorted.forEach((entry, i) => {
    if (rankOrder(entry.rank) > rankOrder((sorted[worstAt] as RankLogEntry).rank)) worstAt = i;
  });
  let referenceAt: number | undefined;
  for (let i = 0; i < worstAt; i++) {
    const rank = (sorted[i] as RankLogEntry).rank;
    if (rank === OFF_RANGE) continue;
    if (
      referenceAt === undefined ||
      rank < ((sorted[referenceAt] as RankLogEntry).rank as number)
    ) {
      referenceAt = i;
    }
  }
  if (referenceAt === undefined) return undefined;
  const reference = sorted[referenceAt] as RankLogEntry;
  const worst = sorted[worstAt] as RankLogEntry;
  const latest = sorted[sorted.length - 1] as RankLogEntry;
  const referenceRank = reference.rank as number;
  const worstMove = move(referenceRank, worst.rank, thresholds);
  const latestMove = move(referenceRank, latest.rank, thresholds);
  return {
    keyword: latest.keyword.trim(),
    kind: latest.kind,
    reference: referenceRank,
    referenceDate: reference.date,
    worst: worst.rank,
    worstDate: worst.date,
    latest: latest.rank,
    latestDate: latest.date,
    worstFall: worstMove.fall,
    worstSeverity: worstMove.severity,
    latestFall: latestMove.fall,
    latestSeverity: latestMove.severity,
    takenBy: competitorsAhead(sorted, referenceAt),
  };
}

function move(reference: number, rank: LoggedRank, thresholds: CheckedRankThresholds): RankDrop {
  return rankMove(reference, rank === OFF_RANGE ? undefined : rank, thresholds);
}

/** R31: ASINs logged just above us after the reference day that were not above us on it. */
function competitorsAhead(sorted: readonly RankLogEntry[], referenceAt: number): CompetitorRank[] {
  const before = (sorted[referenceAt] as RankLogEntry).above?.asin;
  const already = before === undefined ? undefined : sameKey(before);
  const latestByAsin = new Map<string, CompetitorRank>();
  for (let i = referenceAt + 1; i < sorted.length; i++) {
    const above = (sorted[i] as RankLogEntry).above;
    if (above === undefined || above.asin.trim() === '') continue;
    const key = sameKey(above.asin);
    if (key === already) continue;
    // Later entries overwrite: each competitor keeps its most recent rank.
    latestByAsin.delete(key);
    latestByAsin.set(key, { asin: above.asin.trim(), rank: above.rank });
  }
  // Best rank first; a competitor logged without a rank goes last.
  return [...latestByAsin.values()].sort((a, b) => byNumber(a.rank, b.rank));
}

function byNumber(a: number | undefined, b: number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return a - b;
}

/**
 * Orders falls from the biggest down: off the tracked range first, then by places lost, then the
 * better reference rank (the more valuable keyword), then by keyword.
 */
export function compareFalls(
  fallOf: (fall: KeywordFall) => number | undefined,
): (a: KeywordFall, b: KeywordFall) => number {
  return (a, b) => {
    const fa = fallOf(a) ?? Number.POSITIVE_INFINITY;
    const fb = fallOf(b) ?? Number.POSITIVE_INFINITY;
    if (fa !== fb) return fb - fa;
    if (a.reference !== b.reference) return a.reference - b.reference;
    return a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0;
  };
}

/** What a list of one SKU's keyword falls is asked for: the SKU, the day and the limits. */
export interface FallListOptions {
  readonly sku: string;
  readonly today: IsoDate;
  readonly thresholds?: RankThresholds;
  readonly lookbackDays?: number;
  /** The most keywords listed. */
  readonly limit?: number;
}

/**
 * How each keyword of the SKU fell, read from the log from lookbackDays before `anchor` up to
 * today, with the thresholds checked first: what every keyword list starts from.
 */
export function skuKeywordFalls(
  log: readonly RankLogEntry[],
  options: FallListOptions,
  anchor: IsoDate,
): KeywordFall[] {
  const thresholds = checkRankThresholds(options.thresholds ?? {});
  const history = skuRankHistory(log, options.sku, {
    anchor,
    until: options.today,
    lookbackDays: options.lookbackDays,
  });
  return keywordFalls(history, thresholds);
}
