// The logged ranks of one SKU over a span of days: what every keyword reading starts from.

import { addDays, type IsoDate } from '../iso-date';
import { DEFAULT_RANK_LOOKBACK_DAYS } from '../playbook-defaults';
import { sameKey } from '../same-key';
import type { RankLogEntry } from './rank-log';

/**
 * The entries of one SKU (matched loosely: case and spaces) dated from `lookbackDays` before
 * `anchor` up to and including `until`.
 * @example skuRankHistory(log, 'MAT-01', { anchor: '2026-11-20', until: '2026-12-01' })
 */
export function skuRankHistory(
  log: readonly RankLogEntry[],
  sku: string,
  span: { anchor: IsoDate; until: IsoDate; lookbackDays?: number },
): RankLogEntry[] {
  const key = sameKey(sku);
  const from = addDays(span.anchor, -(span.lookbackDays ?? DEFAULT_RANK_LOOKBACK_DAYS));
  return log.filter(
    (entry) => sameKey(entry.sku) === key && entry.date >= from && entry.date <= span.until,
  );
}
