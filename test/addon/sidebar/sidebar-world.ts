// A fake spreadsheet holding a replenishment sheet with one SKU per phase, for the sidebar tests.

import { createFakeWorld, type FakeWorld } from '../../../fakes/fake-services';
import {
  type ColumnKey,
  REPLENISHMENT_COLUMNS,
} from '../../../src/addon/replenishment-sheet/replenishment-columns';
import type { Locale } from '../../../src/core/i18n/locale';

/** The clock of every sidebar test: 26 Nov 2026, 10:00 UTC. */
export const NOW = new Date('2026-11-26T10:00:00Z');

export type SkuCells = Partial<Record<ColumnKey, unknown>>;

/** Row 2: runs out on day 20, inbound on day 32 (a 12-day gap). */
export const PRE: SkuCells = {
  sku: 'MUG-BLUE',
  product: 'Blue enamel mug',
  fbaStock: 100,
  inbound: 400,
  daysToArrival: 32,
  dailySales: 5,
  price: 19.99,
  dailyAdBudget: 50,
};
/** Row 3: out of stock, inbound in 40 days. */
export const OUT: SkuCells = {
  sku: 'MUG-RED',
  fbaStock: 0,
  inbound: 600,
  daysToArrival: 40,
  dailySales: 5,
  price: 21.99,
  dailyAdBudget: 50,
};
/** Row 4: restocked 5 days ago, 75 days of cover: no new gap ahead. */
export const RECOVERING: SkuCells = {
  sku: 'MUG-GREEN',
  fbaStock: 600,
  dailySales: 8,
  daysSinceRestock: 5,
  price: 19.99,
  dailyAdBudget: 50,
};
/** Row 5: plenty of stock. */
export const HEALTHY: SkuCells = { sku: 'MUG-WHITE', fbaStock: 900, dailySales: 5 };

/**
 * Restocked on 21 Nov with 25 days of cover, nothing inbound and a 60-day cycle: recovering and
 * heading for a new stockout.
 */
export const RECOVERING_GAP: SkuCells = {
  sku: 'MUG-BLACK',
  fbaStock: 200,
  dailySales: 8,
  lastRestock: '2026-11-21',
  casePack: 24,
  price: 19.99,
  dailyAdBudget: 50,
};

/** 80 days of cover: healthy, with 5 units to order (5 × 81 − 400). */
export const HEALTHY_TO_ORDER: SkuCells = { sku: 'MUG-GREY', fbaStock: 400, dailySales: 5 };

export const SHEET = 'Replenishment';

/** Ticks rule R12 of MUG-BLUE's pre-stockout checklist on the replenishment sheet. */
export const MUG_TICK = {
  sheet: SHEET,
  sku: 'MUG-BLUE',
  phase: 'PRE_STOCKOUT',
  rule: 'R12',
  done: true,
  cycle: '',
} as const;

export interface SheetOptions {
  readonly rows?: readonly SkuCells[];
  /** Column keys in sheet order; default every replenishment column in template order. */
  readonly columns?: readonly ColumnKey[];
  readonly headerLocale?: Locale;
  readonly userLocale?: string;
  readonly timeZone?: string;
}

/** A world whose active sheet is a replenishment sheet (header on row 1), A2 selected. */
export function sidebarWorld(options: SheetOptions = {}): FakeWorld {
  const world = createFakeWorld({
    sheets: [SHEET],
    userLocale: options.userLocale ?? 'en',
    timeZone: options.timeZone,
  });
  const keys = options.columns ?? REPLENISHMENT_COLUMNS.map((c) => c.key);
  const header = keys.map(
    (key) => REPLENISHMENT_COLUMNS.find((c) => c.key === key)?.header[options.headerLocale ?? 'en'],
  );
  const rows = (options.rows ?? [PRE, OUT, RECOVERING, HEALTHY]).map((row) =>
    keys.map((key) => row[key] ?? ''),
  );
  world.spreadsheet.sheet(SHEET).seed([header, ...rows]);
  world.spreadsheet.select('A2');
  return world;
}
