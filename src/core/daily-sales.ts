// R7: average daily sales blended from the 7-, 14- and 30-day windows, adjusted for the season.

import { type Maybe, nonNegative, unitsOrBlank } from './checks';
import { InputError } from './input-error';
import { DEFAULT_SALES_WEIGHTS } from './playbook-defaults';

/** Weights of the 7-, 14- and 30-day windows. They need not sum to 1: they are renormalised. */
export type SalesWeights = readonly [number, number, number];

export interface SalesHistory {
  /** Units sold in the last 7 days. */
  units7d: Maybe;
  /** Units sold in the last 14 days. */
  units14d: Maybe;
  /** Units sold in the last 30 days. */
  units30d: Maybe;
  /** Units sold last year in the same 30 days. */
  lySame30d?: Maybe;
  /** Units sold last year in the 90 days that followed. */
  lyNext90d?: Maybe;
}

const WINDOW_DAYS = [7, 14, 30] as const;
const WINDOW_ARGS = ['units_7d', 'units_14d', 'units_30d'] as const;

/**
 * Weighted mean of units7d/7, units14d/14 and units30d/30. A blank window is left out and the
 * remaining weights renormalised. When both last-year figures are present, the result is
 * multiplied by the seasonal factor (lyNext90d/90) / (lySame30d/30).
 * Returns undefined when every window is blank.
 * @example dailySales({ units7d: 140, units14d: 210, units30d: 450 }) === 17.5
 */
export function dailySales(
  history: SalesHistory,
  weights: SalesWeights = DEFAULT_SALES_WEIGHTS,
): number | undefined {
  checkWeights('weights', weights);
  // Every figure is checked, even when the windows are blank and nothing is worked out.
  const lySame = unitsOrBlank('ly_same_30d', history.lySame30d);
  const lyNext = unitsOrBlank('ly_next_90d', history.lyNext90d);
  let blended = blend(history, weights, 1);
  if (blended === undefined) return undefined;
  // Weights are relative, so huge ones (1e308) overflow the sums: blend again with them scaled so
  // the largest is 1. Ordinary weights never get here and keep their result to the last bit.
  if (!Number.isFinite(blended)) {
    blended = blend(history, weights, Math.max(weights[0], weights[1], weights[2])) as number;
  }
  const sales = blended * seasonalFactor(lySame, lyNext);
  // The blend is finite: only a last-year base tiny next to the following 90 days (1e-300
  // against a million) can make the seasonal factor overflow.
  if (!Number.isFinite(sales)) {
    throw new InputError('seasonalTooLarge', {
      arg: 'ly_same_30d',
      value: lySame as number,
      other: 'ly_next_90d',
    });
  }
  return sales;
}

/**
 * The weighted mean of the windows' daily rates, each weight divided by `scale`; undefined when
 * every window is blank.
 */
function blend(history: SalesHistory, weights: SalesWeights, scale: number): number | undefined {
  let weighted = 0;
  let weightSum = 0;
  let present = 0;
  // A plain loop over the three windows: this runs once per row of a whole column.
  for (let i = 0; i < 3; i++) {
    const units = unitsOrBlank(
      WINDOW_ARGS[i] as string,
      i === 0 ? history.units7d : i === 1 ? history.units14d : history.units30d,
    );
    if (units === undefined) continue;
    present++;
    const weight = (weights[i] as number) / scale;
    weighted += weight * (units / (WINDOW_DAYS[i] as number));
    weightSum += weight;
  }
  if (present === 0) return undefined;
  if (weightSum === 0) throw new InputError('weightsZero', { arg: 'weights' });
  return weighted / weightSum;
}

/**
 * R7: how much faster the coming 90 days sold than the current 30 days last year.
 * 1 when either figure is missing.
 * @example seasonalFactor(300, 1800) === 2
 */
export function seasonalFactor(lySame30d: Maybe, lyNext90d: Maybe): number {
  const same = unitsOrBlank('ly_same_30d', lySame30d);
  const next = unitsOrBlank('ly_next_90d', lyNext90d);
  if (same === undefined || next === undefined) return 1;
  if (same === 0) throw new InputError('seasonalBaseZero', { arg: 'ly_same_30d' });
  return next / 90 / (same / 30);
}

/** Weights must be three non-negative finite numbers. */
export function checkWeights(arg: string, weights: readonly number[]): SalesWeights {
  if (weights.length !== 3) throw new InputError('weightsShape', { arg });
  for (const w of weights) nonNegative(arg, w);
  return weights as unknown as SalesWeights;
}
