// R14–R16: a projected stockout gap read as short, medium or long, which decides the price advice.

export type GapClass = 'short' | 'medium' | 'long';

/**
 * short: gap ≤ shortGapDays (R14, hold the price); long: gap > longGapDays (R16, a planning
 * failure); medium in between (R15, a small raise).
 * @example gapClass(12, 7, 30) === 'medium'
 */
export function gapClass(gap: number, shortGapDays: number, longGapDays: number): GapClass {
  if (gap <= shortGapDays) return 'short';
  if (gap > longGapDays) return 'long';
  return 'medium';
}
