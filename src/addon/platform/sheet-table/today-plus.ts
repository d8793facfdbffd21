// Example dates on an inserted sheet, as formulas: each example keeps its meaning any day.

/**
 * `=TODAY()+n`, `=TODAY()-n` or `=TODAY()`.
 * @example todayPlus(-10) === '=TODAY()-10'
 */
export function todayPlus(days: number): string {
  if (days === 0) return '=TODAY()';
  return days > 0 ? `=TODAY()+${days}` : `=TODAY()-${-days}`;
}
