// The replenishment sheet's example rows: one per phase and colour band, marked EXAMPLE- and easy
// to delete.

import type { Phase } from '../../core/phase';
import type { PlaybookSettings } from '../../core/settings/settings';
import type { ColumnKey } from './replenishment-columns';
import type { TemplateMessageKey } from './template-messages';

/** A date written as `=TODAY()+days`, so the example keeps its phase whatever day it is read. */
export interface DaysFromToday {
  readonly daysFromToday: number;
}

export type ExampleValue = number | string | DaysFromToday;

export interface ExampleRow {
  /** The explanation written in the notes column. */
  readonly note: TemplateMessageKey;
  readonly noteParams?: Readonly<Record<string, number>>;
  readonly values: Partial<Record<ColumnKey, ExampleValue>>;
  /** The phase the row shows with the default settings (checked by a test). */
  readonly phase: Phase;
}

/** Every example sells the same rate in all three windows, so its daily sales are exact. */
function sales(perDay: number) {
  return { units7d: perDay * 7, units14d: perDay * 14, units30d: perDay * 30 };
}

/** What every example sells with: units per carton, its price and its daily ad budget. */
function selling(casePack: number, price: number, dailyAdBudget: number) {
  return { casePack, price, dailyAdBudget };
}

/**
 * The example rows. Cycle and safety days are left blank, so the rows follow the settings (the
 * legs of the ship mode, the review period, the default safety days) — except EXAMPLE-RECOVERY,
 * whose typed cycle and safety days show that a typed value wins; EXAMPLE-AIR ships by air.
 */
export function exampleRows(settings: PlaybookSettings): ExampleRow[] {
  return [
    {
      note: 'exampleAir',
      noteParams: { cover: 15, airFreightDays: settings.airFreightDays },
      phase: 'PRE_STOCKOUT',
      values: {
        sku: 'EXAMPLE-AIR',
        fbaStock: 150,
        inbound: 0,
        ...sales(10),
        shipMode: 'air',
        ...selling(20, 19.99, 30),
      },
    },
    {
      note: 'exampleSea',
      noteParams: { alertDays: settings.alertDays },
      phase: 'PRE_STOCKOUT',
      values: {
        sku: 'EXAMPLE-SEA',
        fbaStock: 400,
        inbound: 300,
        nextArrival: { daysFromToday: 50 },
        ...sales(10),
        ...selling(20, 24.99, 40),
      },
    },
    {
      note: 'exampleOutOfStock',
      phase: 'OUT_OF_STOCK',
      values: {
        sku: 'EXAMPLE-OUT',
        fbaStock: 0,
        inbound: 600,
        nextArrival: { daysFromToday: 12 },
        ...sales(8),
        ...selling(24, 15.99, 25),
      },
    },
    {
      note: 'exampleRecovery',
      phase: 'RECOVERY',
      values: {
        sku: 'EXAMPLE-RECOVERY',
        fbaStock: 500,
        inbound: 0,
        ...sales(12),
        cycleDays: 45,
        safetyDays: 21,
        lastRestock: { daysFromToday: -10 },
        ...selling(12, 29.99, 50),
      },
    },
    {
      note: 'exampleHealthy',
      phase: 'HEALTHY',
      values: {
        sku: 'EXAMPLE-HEALTHY',
        fbaStock: 1200,
        inbound: 0,
        ...sales(10),
        ...selling(20, 12.99, 20),
      },
    },
    {
      note: 'exampleOverstock',
      noteParams: { overstockDays: settings.overstockDays },
      phase: 'HEALTHY',
      values: {
        sku: 'EXAMPLE-OVERSTOCK',
        fbaStock: 2000,
        inbound: 0,
        ...sales(5),
        lySame30d: 150,
        lyNext90d: 450,
        ...selling(10, 9.99, 10),
      },
    },
  ];
}

export function isDaysFromToday(value: unknown): value is DaysFromToday {
  return typeof value === 'object' && value !== null && 'daysFromToday' in value;
}
