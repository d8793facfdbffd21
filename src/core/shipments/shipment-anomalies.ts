// R3, R23, R32: what is wrong with a shipment — late, delayed or lost, or received short.

import type { IsoDate } from '../iso-date';
import { isOpenShipment, type Shipment } from './shipment';

/**
 * ETA_PASSED (R23): the ETA is before today and the shipment is still open.
 * DELAYED, LOST (R3): the status says so.
 * SHORT_RECEIVED (R32): received, with fewer units checked in than shipped (damage or loss).
 */
export const SHIPMENT_ANOMALIES = ['ETA_PASSED', 'DELAYED', 'LOST', 'SHORT_RECEIVED'] as const;
export type ShipmentAnomaly = (typeof SHIPMENT_ANOMALIES)[number];

/**
 * The shipment's anomalies, in SHIPMENT_ANOMALIES order; empty when all is well.
 * @example shipmentAnomalies({ id: 'S1', sku: 'A', units: 100, status: 'in_transit', eta: '2026-11-20' }, '2026-11-26') // ['ETA_PASSED']
 */
export function shipmentAnomalies(shipment: Shipment, today: IsoDate): ShipmentAnomaly[] {
  const found: ShipmentAnomaly[] = [];
  if (isOpenShipment(shipment) && shipment.eta !== undefined && shipment.eta < today) {
    found.push('ETA_PASSED');
  }
  if (shipment.status === 'delayed') found.push('DELAYED');
  if (shipment.status === 'lost') found.push('LOST');
  if (shortfall(shipment) > 0) found.push('SHORT_RECEIVED');
  return found;
}

/** R32: units shipped but not checked in on a received shipment; 0 otherwise. */
export function shortfall(shipment: Shipment): number {
  if (shipment.status !== 'received' || shipment.receivedUnits === undefined) return 0;
  return Math.max(0, shipment.units - shipment.receivedUnits);
}
