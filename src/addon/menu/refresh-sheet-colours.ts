// "Refresh colour rules" on whichever sheet is active: on a shipments sheet that means its
// anomaly flags (the shipments check); anywhere else the cover and phase colours.

import { refreshColourRules } from '../colour-rules/refresh-colour-rules';
import type { Services } from '../services/services';
import { checkShipments } from '../shipments/check-shipments';
import { asShipmentsSheet } from '../shipments/shipments-sheet';

/**
 * Refreshes the colours that belong to the active sheet. A shipments sheet has no days of cover:
 * colouring its selected column as cover would be wrong, so its own flag colours are refreshed,
 * from the one read that found it.
 */
export function refreshSheetColours(services: Services, now: Date): unknown {
  const sheet = services.spreadsheet.getActiveSpreadsheet().getActiveSheet();
  const shipments = asShipmentsSheet(sheet);
  if (shipments !== undefined) return checkShipments(services, now, shipments);
  return refreshColourRules(services);
}
