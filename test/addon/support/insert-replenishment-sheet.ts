// The "Insert replenishment sheet" menu action as the add-on wires it: a new replenishment sheet
// that reads the spreadsheet's sales history and shipments sheet.

import { REPLENISHMENT_FEEDS } from '../../../src/addon/features';
import type { Services } from '../../../src/addon/platform/services/services';
import {
  type InsertedSheet,
  insertReplenishmentSheet as insertWith,
} from '../../../src/addon/replenishment-sheet/insert-replenishment-sheet';

export function insertReplenishmentSheet(services: Services): InsertedSheet {
  return insertWith(services, REPLENISHMENT_FEEDS);
}
