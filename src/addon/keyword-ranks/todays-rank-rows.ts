// R22, R30, R43: which rows "Add today's rank rows" writes — each SKU's latest keyword list,
// dated today, ranks left for the seller to type (pure: no sheet, no clock).

import type { IsoDate } from '../../core/iso-date';
import { sameKey } from '../../core/same-key';
import type { RankRow } from './read-rank-rows';

/** One row to add: the keyword and its competitors' ASINs copied, the ranks blank. */
export interface TodaysRow {
  readonly sku: string;
  readonly keyword: string;
  readonly row: RankRow;
}

/**
 * For each SKU, the keywords of its latest logged day before today (in sheet order), unless the
 * SKU already has rows dated today — so running it twice adds nothing the second time. Days after
 * today (a mistyped year) are not a list to copy.
 */
export function todaysRows(rows: readonly RankRow[], today: IsoDate): TodaysRow[] {
  const latest = new Map<string, IsoDate>();
  for (const row of rows) {
    if (row.date > today) continue;
    const key = sameKey(row.sku);
    const day = latest.get(key);
    if (day === undefined || row.date > day) latest.set(key, row.date);
  }
  const out: TodaysRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = sameKey(row.sku);
    const day = latest.get(key);
    if (day === undefined || day === today || row.date !== day) continue;
    const id = `${key}\u0000${sameKey(row.keyword)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ sku: row.sku, keyword: row.keyword, row });
  }
  return out;
}
