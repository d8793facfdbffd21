// The keyword-rank sheet's example rows: the template's EXAMPLE-RECOVERY SKU before, during and
// after its stockout, so the sidebar's recovery sprint list shows on a new spreadsheet.

import type { KeywordKind } from '../../core/keywords/rank-log';
import type { RankMessageKey } from './rank-messages';

export interface ExampleRank {
  /** Days from today, written as =TODAY()-n so the example keeps its meaning any day. */
  readonly day: number;
  readonly keyword: string;
  readonly kind: KeywordKind;
  /** A place, or '-' for not found. */
  readonly rank: number | '-';
  readonly above?: readonly [asin: string, rank: number];
  readonly note?: RankMessageKey;
}

export const EXAMPLE_RANK_SKU = 'EXAMPLE-RECOVERY';

/** One example row: its day, keyword, kind, rank, the competitor above it and its note, if any. */
function example(
  day: number,
  keyword: string,
  kind: KeywordKind,
  rank: number | '-',
  above?: readonly [asin: string, rank: number],
  note?: RankMessageKey,
): ExampleRank {
  return { day, keyword, kind, rank, ...(above && { above }), ...(note && { note }) };
}

/**
 * Before (40 days ago), during (25 and 15 days ago) and after (yesterday) a stockout that ended
 * 10 days ago, as in the replenishment template's EXAMPLE-RECOVERY row.
 */
export const EXAMPLE_RANKS: readonly ExampleRank[] = [
  example(-40, 'yoga mat', 'core', 8, ['B0EXAMPLEA', 7], 'exampleBefore'),
  example(-40, 'non slip yoga mat', 'core', 15, ['B0EXAMPLEB', 14]),
  example(-40, 'thick yoga mat for floor', 'long-tail', 22),
  example(-25, 'yoga mat', 'core', 45, ['B0EXAMPLEC', 44], 'exampleDuring'),
  example(-25, 'non slip yoga mat', 'core', 140, ['B0EXAMPLED', 139]),
  example(-25, 'thick yoga mat for floor', 'long-tail', 60),
  example(-15, 'yoga mat', 'core', '-'),
  example(-1, 'yoga mat', 'core', 30, ['B0EXAMPLEC', 29], 'exampleAfter'),
  example(-1, 'non slip yoga mat', 'core', 14, ['B0EXAMPLEB', 13]),
  example(-1, 'thick yoga mat for floor', 'long-tail', 35),
];
