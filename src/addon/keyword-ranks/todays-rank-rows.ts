// R22, R30, R43: which rows "Add today's rank rows" writes — each SKU's latest keyword list,
// dated today, ranks left for the seller to type (pure: no sheet, no clock).

import type { IsoDate } from '../../core/iso-date';
import { sameKey } from '../../core/same-key';
import type { RankRow } from './read-rank-rows';

/**
 * The rows to copy: for each SKU, those of its latest logged day before today (in sheet order, each
 * keyword once), unless the
 * SKU already has rows dated today — so running it twice adds nothing the second time. Days after
 * today (a mistyped year) are not a list to copy.
 */
export function todaysRows(rows: readonly RankRow[], today: IsoDate): RankRow[] {
  const latest = new Map<string, IsoDate>();
  for (const row of rows) {
    if (row.date > today) continue;
    const key = sameKey(row.sku);
    const day = latest.get(key);
    if (day === undefined || row.date > day) latest.set(key, row.date);
  }
  const out: RankRow[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const key = sameKey(row.sku);
    const day = latest.get(key);
    if (day === undefined || day === today || row.date !== day) continue;
    const id = `${key}\u0000${sameKey(row.keyword)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(row);
  }
  return out;
}
