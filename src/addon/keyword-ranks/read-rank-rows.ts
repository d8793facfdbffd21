// Reads the keyword-rank sheet's rows: each day's rank of each keyword, half-filled rows ignored,
// bad values named by column and row.

import type { Locale } from '../../core/i18n/locale';
import type { IsoDate } from '../../core/iso-date';
import type {
  CompetitorRank,
  KeywordKind,
  LoggedRank,
  RankLogEntry,
} from '../../core/keywords/rank-log';
import { readDate } from '../platform/cell-date';
import { isBlank, readNumber } from '../platform/cell-value';
import { type RowsRead, readRows } from '../platform/sheet-table/read-rows';
import type { SheetTable } from '../platform/sheet-table/read-table';
import { notAChoice } from '../platform/sheet-table/row-problem';
import { RANK_COLUMNS, type RankColumnKey } from './rank-columns';
import { kindChoices, readKind, readRank } from './rank-words';

/** One row of the sheet with a date, SKU and keyword; its rank may not be typed yet. */
export interface RankRow {
  /** 1-based sheet row. */
  readonly row: number;
  readonly date: IsoDate;
  readonly sku: string;
  readonly keyword: string;
  readonly kind: KeywordKind;
  readonly rank: LoggedRank | undefined;
  readonly above?: CompetitorRank;
  readonly below?: CompetitorRank;
  /** The ASINs as typed, to copy into the next day's rows. */
  readonly aboveAsin: string;
  readonly belowAsin: string;
}

/** The rows read; rows with something in them but no date, SKU or keyword are only counted. */
export type RankRowsRead = RowsRead<RankRow>;

/**
 * Every row with a readable date, a SKU and a keyword. A row whose date cannot be read is
 * reported and skipped; a bad rank, kind or competitor rank is reported and left blank.
 */
export function readRankRows(
  table: SheetTable<RankColumnKey>,
  timeZone: string,
  locale: Locale,
): RankRowsRead {
  return readRows(
    table,
    RANK_COLUMNS,
    ['date', 'sku', 'keyword'],
    locale,
    ({ row, cell, header, read, problem }): RankRow | undefined => {
      const date = read(() => readDate(header('date'), cell('date'), timeZone));
      if (date === undefined) return undefined;
      const kind = readKind(cell('kind'));
      if (kind === undefined) {
        problem(notAChoice(header('kind'), cell('kind'), kindChoices(locale), locale));
      }
      const rank = read(() => readRank(header('rank'), cell('rank'), locale));
      const competitor = (asinKey: RankColumnKey, rankKey: RankColumnKey) => {
        const asin = cell(asinKey);
        if (isBlank(asin)) return undefined;
        const place = read(() => readNumber(header(rankKey), cell(rankKey)));
        return { asin: String(asin).trim(), rank: place };
      };
      const above = competitor('aboveAsin', 'aboveRank');
      const below = competitor('belowAsin', 'belowRank');
      return {
        row,
        date,
        sku: String(cell('sku')).trim(),
        keyword: String(cell('keyword')).trim(),
        kind: kind ?? 'core',
        rank,
        ...(above === undefined ? {} : { above }),
        ...(below === undefined ? {} : { below }),
        aboveAsin: above?.asin ?? '',
        belowAsin: below?.asin ?? '',
      };
    },
  );
}

/** The rows whose rank is in, as the rank log the keyword readings work from. */
export function rankLog(rows: readonly RankRow[]): RankLogEntry[] {
  const log: RankLogEntry[] = [];
  for (const row of rows) {
    if (row.rank === undefined) continue;
    log.push({
      date: row.date,
      sku: row.sku,
      keyword: row.keyword,
      kind: row.kind,
      rank: row.rank,
      ...(row.above === undefined ? {} : { above: row.above }),
      ...(row.below === undefined ? {} : { below: row.below }),
    });
  }
  return log;
}
