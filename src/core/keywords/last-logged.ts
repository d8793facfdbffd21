// R22: the last day a SKU's keyword ranks were logged, so the sidebar can remind to log today's.

import type { IsoDate } from '../iso-date';
import { sameKey } from '../same-key';
import type { RankLogEntry } from './rank-log';

/**
 * The latest date on which any keyword of the SKU has a rank logged, or undefined when none has.
 * Days after `today` (a mistyped year) are not counted.
 */
export function lastLoggedDate(
  log: readonly RankLogEntry[],
  sku: string,
  today: IsoDate,
): IsoDate | undefined {
  const key = sameKey(sku);
  let last: IsoDate | undefined;
  for (const entry of log) {
    if (entry.date > today || sameKey(entry.sku) !== key) continue;
    if (last === undefined || entry.date > last) last = entry.date;
  }
  return last;
}
