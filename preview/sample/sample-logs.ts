// The sample's shipments and keyword-rank sheets: inserted by the add-on's own menu actions, then
// filled with logs that match the sample SKUs, so inbound, next arrival, flags and the sidebar's
// keyword panel all show real data.

import type { FakeSheet } from '../../fakes/fake-sheet';
import { RANK_COLUMNS, type RankColumnKey } from '../../src/addon/keyword-ranks/rank-columns';
import { KIND_WORDS } from '../../src/addon/keyword-ranks/rank-words';
import { FIRST_DATA_ROW, templateColumn } from '../../src/addon/replenishment-sheet/template-plan';
import {
  SHIPMENT_COLUMNS,
  type ShipmentColumnKey,
} from '../../src/addon/shipments/shipment-columns';
import { MODE_WORDS, STATUS_WORDS } from '../../src/addon/shipments/shipment-words';
import type { Locale } from '../../src/core/i18n/locale';
import type { KeywordKind } from '../../src/core/keywords/rank-log';
import type { ShipmentMode, ShipmentStatus } from '../../src/core/shipments/shipment';
import type { LiveWorkbook } from '../workbook/live-workbook';
import { dayFrom } from './sample-sheet';
import type { SampleSku } from './sample-skus';

interface SampleShipment {
  readonly id: string;
  readonly sku: string;
  readonly units: number;
  readonly mode: ShipmentMode;
  readonly shippedDaysAgo: number;
  readonly etaInDays: number;
  readonly status: ShipmentStatus;
  readonly received?: number;
  readonly note?: string;
}

/**
 * The open shipments add up to each SKU's inbound in the sample, landing on its arrival day; the
 * closed ones show a short receipt (R32) and a loss (R3); one late, delayed shipment belongs to a
 * discontinued SKU, so it is flagged without moving any row of the sheet.
 */
export const SAMPLE_SHIPMENTS: readonly SampleShipment[] = [
  {
    id: 'FBA17K2BRD1',
    sku: 'KT-BRD-XL',
    units: 300,
    mode: 'sea',
    shippedDaysAgo: 30,
    etaInDays: 18,
    status: 'customs',
  },
  {
    id: 'FBA17K2SPT1',
    sku: 'KT-SPT-6',
    units: 480,
    mode: 'sea',
    shippedDaysAgo: 35,
    etaInDays: 9,
    status: 'in_transit',
  },
  {
    id: 'FBA17K3CND1',
    sku: 'HM-CND-3W',
    units: 300,
    mode: 'sea',
    shippedDaysAgo: 20,
    etaInDays: 30,
    status: 'in_transit',
  },
  {
    id: 'FBA17K3CMP2',
    sku: 'OD-CMP-LT',
    units: 400,
    mode: 'rail',
    shippedDaysAgo: 10,
    etaInDays: 26,
    status: 'booked',
  },
  {
    id: 'FBA17K3TUM1',
    sku: 'BT-TUM-20',
    units: 600,
    mode: 'sea',
    shippedDaysAgo: 15,
    etaInDays: 35,
    status: 'in_transit',
  },
  {
    id: 'FBA17K4TWL1',
    sku: 'KT-TWL-6',
    units: 600,
    mode: 'sea',
    shippedDaysAgo: 12,
    etaInDays: 50,
    status: 'in_transit',
  },
  {
    id: 'FBA17K4TWL2',
    sku: 'KT-TWL-6',
    units: 400,
    mode: 'sea',
    shippedDaysAgo: 5,
    etaInDays: 62,
    status: 'booked',
  },
  {
    id: 'FBA17K4LNB1',
    sku: 'BT-LNB-2',
    units: 500,
    mode: 'sea',
    shippedDaysAgo: 40,
    etaInDays: 20,
    status: 'delayed',
    note: 'Port congestion: ETA moved twice',
  },
  {
    id: 'FBA17K5FAN1',
    sku: 'OD-FAN-C',
    units: 1000,
    mode: 'sea',
    shippedDaysAgo: 28,
    etaInDays: 15,
    status: 'in_transit',
  },
  {
    id: 'FBA17K5FAN2',
    sku: 'OD-FAN-C',
    units: 500,
    mode: 'rail',
    shippedDaysAgo: 8,
    etaInDays: 25,
    status: 'customs',
  },
  {
    id: 'FBA17K5BSK1',
    sku: 'HM-BSK-L',
    units: 200,
    mode: 'sea',
    shippedDaysAgo: 33,
    etaInDays: 14,
    status: 'in_transit',
  },
  {
    id: 'FBA17K6CUP1',
    sku: 'OD-CUP-4',
    units: 150,
    mode: 'sea',
    shippedDaysAgo: 25,
    etaInDays: 33,
    status: 'in_transit',
  },
  {
    id: 'FBA17K6CUP0',
    sku: 'OD-CUP-4',
    units: 60,
    mode: 'express',
    shippedDaysAgo: 20,
    etaInDays: -12,
    status: 'lost',
    note: 'Carrier lost the parcel: claim filed',
  },
  {
    id: 'FBA17J9LNB0',
    sku: 'HM-LNB-WH',
    units: 600,
    mode: 'sea',
    shippedDaysAgo: 50,
    etaInDays: -9,
    status: 'received',
    received: 588,
    note: '12 damaged in transit',
  },
  {
    id: 'FBA17J8TRV0',
    sku: 'HM-TRV-2',
    units: 400,
    mode: 'sea',
    shippedDaysAgo: 60,
    etaInDays: -18,
    status: 'received',
    received: 400,
  },
  {
    id: 'FBA17J7WBL5',
    sku: 'BT-WBL-500',
    units: 200,
    mode: 'sea',
    shippedDaysAgo: 55,
    etaInDays: -6,
    status: 'delayed',
    note: 'Discontinued size: last shipment',
  },
];

/** One row of the rank log: a keyword's rank some days ago ('-': not found), the ASIN above it. */
type SampleRank = readonly [
  sku: string,
  keyword: string,
  kind: KeywordKind,
  daysAgo: number,
  rank: number | '-',
  above?: string,
];

/**
 * Keyword ranks of the sample's stockout SKUs, as the rank log holds them (a row a keyword and
 * day): HM-LNB-WH (back in stock 9 days ago) and OD-CMP-LT (4 days ago) recovering, KT-BRD-XL
 * and OD-CUP-4 out of stock, KT-SBM-2P before it.
 */
const SAMPLE_RANKS: readonly SampleRank[] = [
  ['HM-LNB-WH', 'throw pillow cover', 'core', 45, 9, 'B08PCV1'],
  ['HM-LNB-WH', 'throw pillow cover', 'core', 30, 48, 'B0ALPHA2'],
  ['HM-LNB-WH', 'throw pillow cover', 'core', 20, 130, 'B0ALPHA2'],
  ['HM-LNB-WH', 'throw pillow cover', 'core', 1, 24, 'B0ALPHA2'],
  ['HM-LNB-WH', 'linen pillow cover 18x18', 'core', 45, 4],
  ['HM-LNB-WH', 'linen pillow cover 18x18', 'core', 30, 19, 'B0BRAVO3'],
  ['HM-LNB-WH', 'linen pillow cover 18x18', 'core', 20, '-'],
  ['HM-LNB-WH', 'linen pillow cover 18x18', 'core', 1, 3],
  ['HM-LNB-WH', 'white boho pillow cover', 'long-tail', 45, 15],
  ['HM-LNB-WH', 'white boho pillow cover', 'long-tail', 20, 88],
  ['HM-LNB-WH', 'white boho pillow cover', 'long-tail', 1, 40],
  ['OD-CMP-LT', 'camping lantern', 'core', 40, 12, 'B0LITE11'],
  ['OD-CMP-LT', 'camping lantern', 'core', 20, 66, 'B0GLOW22'],
  ['OD-CMP-LT', 'camping lantern', 'core', 1, 31, 'B0GLOW22'],
  ['OD-CMP-LT', 'rechargeable lantern', 'core', 40, 7],
  ['OD-CMP-LT', 'rechargeable lantern', 'core', 20, 140, 'B0GLOW22'],
  ['OD-CMP-LT', 'rechargeable lantern', 'core', 1, 9],
  ['KT-BRD-XL', 'bamboo cutting board', 'core', 20, 6, 'B0WOOD01'],
  ['KT-BRD-XL', 'bamboo cutting board', 'core', 8, 35, 'B0CHOP77'],
  ['KT-BRD-XL', 'bamboo cutting board', 'core', 1, 92, 'B0CHOP77'],
  ['KT-BRD-XL', 'cutting board with juice groove', 'long-tail', 20, 3],
  ['KT-BRD-XL', 'cutting board with juice groove', 'long-tail', 1, '-'],
  ['OD-CUP-4', 'collapsible camping cup', 'core', 30, 5],
  ['OD-CUP-4', 'collapsible camping cup', 'core', 14, 60, 'B0FOLD55'],
  ['OD-CUP-4', 'collapsible camping cup', 'core', 1, 150, 'B0FOLD55'],
  ['KT-SBM-2P', 'silicone baking mat', 'core', 3, 8, 'B0MAT101'],
  ['KT-SBM-2P', 'silicone baking mat', 'core', 1, 8, 'B0MAT101'],
  ['KT-SBM-2P', 'baking mat half sheet', 'long-tail', 3, 14],
  ['KT-SBM-2P', 'baking mat half sheet', 'long-tail', 1, 15],
];

/**
 * Inserts the shipments and keyword-rank sheets through the add-on's globals, as a seller picks
 * them from the menu, and fills them with the sample logs of the SKUs present. The replenishment
 * rows of SKUs with sample shipments are left blank first, so the shipments sheet links them:
 * their inbound qty and next arrival are then SUMIFS / MINIFS formulas over the shipments.
 */
export function loadSampleLogs(
  live: LiveWorkbook,
  replenishment: FakeSheet,
  today: Date,
  locale: Locale,
  skus: readonly SampleSku[],
): void {
  const { spreadsheet } = live.world;
  const present = new Set(skus.map((sku) => sku.sku));
  const shipments = SAMPLE_SHIPMENTS.filter((s) => present.has(s.sku) || s.sku === 'BT-WBL-500');
  const linked = new Set(shipments.map((s) => s.sku));
  skus.forEach((sku, i) => {
    if (!linked.has(sku.sku)) return;
    const row = FIRST_DATA_ROW + i;
    replenishment.seed([['']], row, templateColumn('inbound'));
    replenishment.seed([['']], row, templateColumn('nextArrival'));
  });
  live.markChanged();

  live.callGlobal('insertShipmentsSheet');
  fillLog(
    spreadsheet.activeSheetUncounted(),
    SHIPMENT_COLUMNS,
    shipments.map((s) => shipmentCells(s, today, locale)),
    'check',
  );

  live.callGlobal('insertKeywordRankSheet');
  const ranks = SAMPLE_RANKS.filter(([sku]) => present.has(sku));
  ranks.sort((a, b) => b[3] - a[3]);
  fillLog(
    spreadsheet.activeSheetUncounted(),
    RANK_COLUMNS,
    ranks.map(([sku, keyword, kind, daysAgo, rank, above]) => {
      const cells: Partial<Record<RankColumnKey, unknown>> = {
        date: dayFrom(today, -daysAgo),
        sku,
        keyword,
        kind: KIND_WORDS[kind][locale],
        rank,
        aboveAsin: above ?? '',
      };
      return cells;
    }),
  );
  live.markChanged();
  live.syncIfDirty();
}

function shipmentCells(
  shipment: SampleShipment,
  today: Date,
  locale: Locale,
): Partial<Record<ShipmentColumnKey, unknown>> {
  return {
    shipmentId: shipment.id,
    sku: shipment.sku,
    units: shipment.units,
    mode: MODE_WORDS[shipment.mode][locale],
    shipDate: dayFrom(today, -shipment.shippedDaysAgo),
    eta: dayFrom(today, shipment.etaInDays),
    status: STATUS_WORDS[shipment.status][locale],
    receivedUnits: shipment.received ?? '',
    notes: shipment.note ?? '',
  };
}

/**
 * Writes the rows below the header over the inserted sheet's example rows (clearing examples
 * beyond them), column by column, leaving `skip` (a formula column) as the add-on wrote it.
 */
function fillLog<K extends string>(
  sheet: FakeSheet,
  columns: readonly { key: K }[],
  rows: readonly Partial<Record<K, unknown>>[],
  skip?: K,
): void {
  const examples = Math.max(0, sheet.valuesUncounted().length - 1);
  const count = Math.max(rows.length, examples);
  columns.forEach((column, c) => {
    if (column.key === skip) return;
    for (let i = 0; i < count; i++) sheet.seed([[rows[i]?.[column.key] ?? '']], i + 2, c + 1);
  });
}
