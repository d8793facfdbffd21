// R30: how far a keyword fell between two ranks, and how serious the fall is.

import { type Maybe, nonNegative, positive, requireValue, whole } from './checks';
import { InputError } from './input-error';
import {
  DEFAULT_RANK_MODERATE_PLACES,
  DEFAULT_RANK_SEVERE_BEYOND,
  DEFAULT_RANK_SEVERE_TOP,
} from './playbook-defaults';

/** From least to most serious; RECOVERED means at or better than the reference rank. */
export const RANK_SEVERITIES = ['RECOVERED', 'STABLE', 'MODERATE', 'SEVERE'] as const;
export type RankSeverity = (typeof RANK_SEVERITIES)[number];

/** When a fall counts as severe or moderate; blank fields take the playbook's defaults. */
export interface RankThresholds {
  /** R30: a keyword ranked at or above this place is a top keyword (default 30). */
  readonly severeTop?: Maybe;
  /** R30: a top keyword falling beyond this place has fallen hard (default 100). */
  readonly severeBeyond?: Maybe;
  /** A fall of more than this many places is MODERATE (default 10). */
  readonly moderatePlaces?: Maybe;
}

export interface RankDrop {
  /** Places lost (negative when the keyword climbed); undefined when it left the tracked range. */
  readonly fall: number | undefined;
  readonly severity: RankSeverity;
}

/** Thresholds with their defaults filled in and checked. */
export interface CheckedRankThresholds {
  readonly severeTop: number;
  readonly severeBeyond: number;
  readonly moderatePlaces: number;
}

/**
 * Compares a keyword's rank now with its reference rank (before the stockout):
 * - SEVERE when it left the tracked range (now blank, before known), or when a top keyword
 *   (before ≤ severeTop) is now beyond severeBeyond — R30's "Top 30 → beyond Top 100";
 * - RECOVERED when it is at or better than the reference;
 * - MODERATE when it fell more than moderatePlaces places;
 * - STABLE otherwise.
 * Undefined when both ranks are blank. Ranks are whole places from 1.
 * @example rankDrop(12, 140) // { fall: 128, severity: 'SEVERE' }
 * @example rankDrop(12, 30) // { fall: 18, severity: 'MODERATE' }
 * @example rankDrop(12, 15) // { fall: 3, severity: 'STABLE' }
 * @example rankDrop(12, 9) // { fall: -3, severity: 'RECOVERED' }
 * @example rankDrop(12, undefined) // { fall: undefined, severity: 'SEVERE' }
 */
export function rankDrop(
  before: Maybe,
  now: Maybe,
  thresholds: RankThresholds = {},
): RankDrop | undefined {
  const limits = checkRankThresholds(thresholds);
  if (before === undefined && now === undefined) return undefined;
  const reference = checkRank('rank_before', requireValue('rank_before', before));
  return rankMove(reference, now === undefined ? undefined : checkRank('rank_now', now), limits);
}

/**
 * The move from a known reference rank to the current one, thresholds already checked: off the
 * tracked range (undefined) is SEVERE with no count of places.
 */
export function rankMove(
  reference: number,
  current: number | undefined,
  limits: CheckedRankThresholds,
): RankDrop {
  if (current === undefined) return { fall: undefined, severity: 'SEVERE' };
  return { fall: current - reference, severity: severityOf(reference, current, limits) };
}

function severityOf(
  reference: number,
  current: number,
  { severeTop, severeBeyond, moderatePlaces }: CheckedRankThresholds,
): RankSeverity {
  if (reference <= severeTop && current > severeBeyond) return 'SEVERE';
  const fall = current - reference;
  if (fall <= 0) return 'RECOVERED';
  return fall > moderatePlaces ? 'MODERATE' : 'STABLE';
}

/** A rank is a whole place, 1 or more. */
export function checkRank(arg: string, value: number): number {
  return whole(arg, positive(arg, value));
}

export function checkRankThresholds(thresholds: RankThresholds): CheckedRankThresholds {
  const severeTop = checkRank('severe_top', thresholds.severeTop ?? DEFAULT_RANK_SEVERE_TOP);
  const severeBeyond = checkRank(
    'severe_beyond',
    thresholds.severeBeyond ?? DEFAULT_RANK_SEVERE_BEYOND,
  );
  if (severeBeyond <= severeTop) {
    throw new InputError('notAbove', {
      arg: 'severe_beyond',
      other: `severe_top (${severeTop})`,
      value: severeBeyond,
    });
  }
  const moderatePlaces = whole(
    'moderate_places',
    nonNegative('moderate_places', thresholds.moderatePlaces ?? DEFAULT_RANK_MODERATE_PLACES),
  );
  return { severeTop, severeBeyond, moderatePlaces };
}
