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

/**
 * Before (40 days ago), during (25 and 15 days ago) and after (yesterday) a stockout that ended
 * 10 days ago, as in the replenishment template's EXAMPLE-RECOVERY row.
 */
export const EXAMPLE_RANKS: readonly ExampleRank[] = [
  {
    day: -40,
    keyword: 'yoga mat',
    kind: 'core',
    rank: 8,
    above: ['B0EXAMPLEA', 7],
    note: 'exampleBefore',
  },
  { day: -40, keyword: 'non slip yoga mat', kind: 'core', rank: 15, above: ['B0EXAMPLEB', 14] },
  { day: -40, keyword: 'thick yoga mat for floor', kind: 'long-tail', rank: 22 },
  {
    day: -25,
    keyword: 'yoga mat',
    kind: 'core',
    rank: 45,
    above: ['B0EXAMPLEC', 44],
    note: 'exampleDuring',
  },
  { day: -25, keyword: 'non slip yoga mat', kind: 'core', rank: 140, above: ['B0EXAMPLED', 139] },
  { day: -25, keyword: 'thick yoga mat for floor', kind: 'long-tail', rank: 60 },
  { day: -15, keyword: 'yoga mat', kind: 'core', rank: '-' },
  {
    day: -1,
    keyword: 'yoga mat',
    kind: 'core',
    rank: 30,
    above: ['B0EXAMPLEC', 29],
    note: 'exampleAfter',
  },
  { day: -1, keyword: 'non slip yoga mat', kind: 'core', rank: 14, above: ['B0EXAMPLEB', 13] },
  { day: -1, keyword: 'thick yoga mat for floor', kind: 'long-tail', rank: 35 },
];
