// R37, R43: the recovery sprint list — the core keywords that fell most, each with the rank to win
// back, done once it is back; R31: the competitors that took their places.

import type { IsoDate } from '../iso-date';
import { DEFAULT_SPRINT_KEYWORDS } from '../playbook-defaults';
import {
  compareFalls,
  type FallListOptions,
  type KeywordFall,
  skuKeywordFalls,
} from './keyword-fall';
import type { CompetitorRank, LoggedRank, RankLogEntry } from './rank-log';

export interface SprintKeyword {
  readonly rule: 'R37';
  readonly keyword: string;
  /** The rank before the stockout: the sprint's target. */
  readonly target: number;
  /** The worst rank it fell to, and by how many places (undefined: off the tracked range). */
  readonly worst: LoggedRank;
  readonly fall: number | undefined;
  /** Where it is now, and when that was logged. */
  readonly latest: LoggedRank;
  readonly latestDate: IsoDate;
  /** R43: its latest rank is back at or better than the target. */
  readonly done: boolean;
  /** R31: competitors that moved ahead of it. */
  readonly takenBy: readonly CompetitorRank[];
}

/** The SKU, the day, the limits (at most 10 keywords by default) and the day stock came back. */
export interface SprintOptions extends FallListOptions {
  /** The day stock came back; the history read runs from lookbackDays before it. */
  readonly restockDate: IsoDate;
}

/**
 * The core keywords of the SKU whose worst fall was MODERATE or SEVERE, the biggest fall first
 * (off the tracked range first, then places lost, then the better target). Each is done when its
 * latest rank is at or better than its target; done keywords keep their place in the list.
 */
export function keywordSprintList(
  log: readonly RankLogEntry[],
  options: SprintOptions,
): SprintKeyword[] {
  return skuKeywordFalls(log, options, options.restockDate)
    .filter(
      (fall) =>
        fall.kind === 'core' &&
        (fall.worstSeverity === 'MODERATE' || fall.worstSeverity === 'SEVERE'),
    )
    .sort(compareFalls((fall) => fall.worstFall))
    .slice(0, options.limit ?? DEFAULT_SPRINT_KEYWORDS)
    .map(toSprintKeyword);
}

function toSprintKeyword(fall: KeywordFall): SprintKeyword {
  return {
    rule: 'R37',
    keyword: fall.keyword,
    target: fall.reference,
    worst: fall.worst,
    fall: fall.worstFall,
    latest: fall.latest,
    latestDate: fall.latestDate,
    done: fall.latestSeverity === 'RECOVERED',
    takenBy: fall.takenBy,
  };
}
