// A spreadsheet with the replenishment template and the shipments sheet inserted, and helpers to
// compute it and to read cells by column header.

import {
  createFakeWorld,
  type FakeWorld,
  type FakeWorldOptions,
} from '../../../fakes/fake-services';
import { columnLetter } from '../../../src/addon/platform/column-letter';
import { REPLENISHMENT_COLUMNS } from '../../../src/addon/replenishment-sheet/replenishment-columns';
import { insertShipmentsSheet } from '../../../src/addon/shipments/insert-shipments-sheet';
import { SHIPMENT_COLUMNS } from '../../../src/addon/shipments/shipment-columns';
import { insertReplenishmentSheet } from '../support/insert-replenishment-sheet';
import { computeWorkbook } from './workbook-engine';

/** The day the tests run on: TODAY() in every formula. */
export const TODAY = new Date(Date.UTC(2026, 10, 26));

/** The A1 column letter of a replenishment column. */
export const rep = (key: string) =>
  columnLetter(REPLENISHMENT_COLUMNS.findIndex((c) => c.key === key) + 1);

/** The A1 column letter of a shipments column in an inserted sheet. */
export const ship = (key: string) =>
  columnLetter(SHIPMENT_COLUMNS.findIndex((c) => c.key === key) + 1);

/** The template's example rows, by SKU. */
export const ROW = {
  'EXAMPLE-AIR': 2,
  'EXAMPLE-SEA': 3,
  'EXAMPLE-OUT': 4,
  'EXAMPLE-RECOVERY': 5,
  'EXAMPLE-HEALTHY': 6,
} as const;

export function worldWithBothSheets(options: FakeWorldOptions = {}): FakeWorld & {
  replenishment: string;
  shipments: string;
} {
  const world = createFakeWorld(options);
  const replenishment = insertReplenishmentSheet(world.services).name;
  const shipments = insertShipmentsSheet(world.services).name;
  return { ...world, replenishment, shipments };
}

export function compute(world: FakeWorld) {
  return computeWorkbook(world.spreadsheet, TODAY);
}

/** A serial day number the engine gives for TODAY() + n. */
export function todayPlusSerial(days: number): number {
  return Math.round((TODAY.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000) + days;
}
