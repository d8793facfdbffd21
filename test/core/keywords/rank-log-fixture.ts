// A small keyword-rank log for the keyword tests: one SKU through a stockout and its recovery.

import { addDays } from '../../../src/core/iso-date';
import {
  type KeywordKind,
  type LoggedRank,
  OFF_RANGE,
  type RankLogEntry,
} from '../../../src/core/keywords/rank-log';

export function entry(
  date: string,
  keyword: string,
  rank: LoggedRank,
  extra: Partial<RankLogEntry> = {},
): RankLogEntry {
  return { date, sku: 'MAT-01', keyword, kind: 'core' as KeywordKind, rank, ...extra };
}

/** One rank per listed day, starting on `from` and a step of `every` days apart. */
export function series(
  keyword: string,
  from: string,
  every: number,
  ranks: readonly LoggedRank[],
  extra: Partial<RankLogEntry> = {},
): RankLogEntry[] {
  return ranks.map((rank, i) => entry(addDays(from, i * every), keyword, rank, extra));
}

/** Stockout from mid-October, restocked 2026-11-20, logged until 2026-11-30. */
export const RESTOCK = '2026-11-20';
export const TODAY = '2026-11-30';

export const MAT_LOG: RankLogEntry[] = [
  entry('2026-10-01', 'yoga mat', 8, { above: { asin: 'B0AAA', rank: 7 } }),
  entry('2026-10-05', 'yoga mat', 7, { above: { asin: 'B0AAA', rank: 6 } }),
  entry('2026-10-10', 'yoga mat', 9, { above: { asin: 'B0AAA', rank: 8 } }),
  entry('2026-10-20', 'yoga mat', 45, { above: { asin: 'B0BBB', rank: 44 } }),
  entry('2026-11-01', 'Yoga Mat ', OFF_RANGE),
  entry('2026-11-22', 'yoga mat', 60, { above: { asin: 'B0CCC', rank: 59 } }),
  entry(TODAY, 'yoga mat', 12, { above: { asin: 'B0DDD', rank: 11 } }),
  ...series('non slip yoga mat', '2026-10-01', 10, [20, 18, 60, 120, 40, 17]),
  ...series('thick exercise mat', '2026-10-10', 20, [40, 70, 55]),
  ...series('mat for pilates', '2026-10-10', 20, [15, 20, 16]),
  ...series('pink yoga mat', '2026-10-10', 20, [5, 90], { kind: 'long-tail' }),
  ...series('yoga block', '2026-10-10', 20, [3, 300], { sku: 'BLOCK-02' }),
];
