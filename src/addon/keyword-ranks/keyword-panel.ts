// R22, R30, R31, R37, R43: what the sidebar shows about a SKU's keywords, by phase — a reminder to
// log before the stockout, the biggest falls during it, the sprint list after it.

import type { Locale } from '../../core/i18n/locale';
import { addDays, daysBetween, type IsoDate } from '../../core/iso-date';
import { biggestFalls, type KeywordDrop } from '../../core/keywords/biggest-falls';
import { keywordSprintList, type SprintKeyword } from '../../core/keywords/keyword-sprint';
import { lastLoggedDate } from '../../core/keywords/last-logged';
import type { Phase } from '../../core/phase';
import type { SpreadsheetLike } from '../platform/services/spreadsheet-service';
import { findRankSheet } from './rank-sheet';
import { rankLog, readRankRows } from './read-rank-rows';

/**
 * The sidebar's keyword panel. `sheet` is the keyword-rank sheet read, undefined when the
 * spreadsheet has none (the panel then says how to add one). JSON-safe.
 */
export type KeywordPanel =
  | {
      readonly phase: 'PRE_STOCKOUT';
      readonly rule: 'R22';
      readonly sheet?: string;
      /** The last day a rank of this SKU was logged, and how many days ago. */
      readonly lastLogged?: IsoDate;
      readonly daysSince?: number;
    }
  | {
      readonly phase: 'OUT_OF_STOCK';
      readonly rule: 'R30';
      readonly sheet?: string;
      readonly falls: readonly KeywordDrop[];
    }
  | {
      readonly phase: 'RECOVERY';
      readonly rule: 'R37';
      readonly sheet?: string;
      readonly restockDate: IsoDate;
      readonly sprint: readonly SprintKeyword[];
    };

export interface PanelRequest {
  readonly sku: string;
  readonly phase: Phase;
  readonly today: IsoDate;
  readonly timeZone: string;
  readonly locale: Locale;
  /** Days since stock came back (RECOVERY): the sprint list reads the ranks before it. */
  readonly daysSinceRestock?: number;
}

/**
 * The panel for a SKU in a stockout phase; undefined for a healthy SKU. Reads the keyword-rank
 * sheet once (found by its headers); rows that cannot be read are left out.
 */
export function keywordPanel(
  spreadsheet: SpreadsheetLike,
  request: PanelRequest,
): KeywordPanel | undefined {
  const { sku, phase, today } = request;
  if (phase === 'HEALTHY') return undefined;
  const found = findRankSheet(spreadsheet, { notActive: true });
  const sheet = found?.sheet.getName();
  const log =
    found === undefined
      ? []
      : rankLog(readRankRows(found.table, request.timeZone, request.locale).rows);
  const named = sheet === undefined ? {} : { sheet };

  if (phase === 'PRE_STOCKOUT') {
    const last = lastLoggedDate(log, sku, today);
    return {
      phase,
      rule: 'R22',
      ...named,
      ...(last === undefined ? {} : { lastLogged: last, daysSince: daysBetween(last, today) }),
    };
  }
  if (phase === 'OUT_OF_STOCK') {
    return { phase, rule: 'R30', ...named, falls: biggestFalls(log, { sku, today }) };
  }
  const restockDate = addDays(today, -(request.daysSinceRestock ?? 0));
  return {
    phase,
    rule: 'R37',
    ...named,
    restockDate,
    sprint: keywordSprintList(log, { sku, restockDate, today }),
  };
}
