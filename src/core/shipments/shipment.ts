// R3, R10, R23: one inbound shipment to FBA, its status, and the units it still brings.

import type { IsoDate } from '../iso-date';

/** R3, R23: where a shipment is, from booked to received. */
export const SHIPMENT_STATUSES = [
  'booked',
  'in_transit',
  'customs',
  'delayed',
  'lost',
  'receiving',
  'received',
] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/**
 * R10: statuses whose units are still to come. A received shipment has landed; a lost one will
 * not: neither counts as inbound.
 */
export const OPEN_SHIPMENT_STATUSES: readonly ShipmentStatus[] = [
  'booked',
  'in_transit',
  'customs',
  'delayed',
  'receiving',
];

/** The closed statuses: everything not open. */
export const CLOSED_SHIPMENT_STATUSES: readonly ShipmentStatus[] = SHIPMENT_STATUSES.filter(
  (status) => !OPEN_SHIPMENT_STATUSES.includes(status),
);

/** R24: how it travels; air and express are the emergency modes. */
export const SHIPMENT_MODES = ['sea', 'air', 'rail', 'express'] as const;
export type ShipmentMode = (typeof SHIPMENT_MODES)[number];

export interface Shipment {
  readonly id: string;
  readonly sku: string;
  /** Units shipped. */
  readonly units: number;
  readonly mode?: ShipmentMode;
  readonly shipDate?: IsoDate;
  /** R23: expected arrival at the FBA warehouse. */
  readonly eta?: IsoDate;
  readonly status: ShipmentStatus;
  /** R32: units FBA has checked in so far. */
  readonly receivedUnits?: number;
}

export function isOpenShipment(shipment: Shipment): boolean {
  return OPEN_SHIPMENT_STATUSES.includes(shipment.status);
}

/**
 * R10: units of an open shipment not yet checked in (0 for a closed one).
 * @example unitsNotReceived({ id: 'S1', sku: 'A', units: 500, status: 'receiving', receivedUnits: 200 }) === 300
 */
export function unitsNotReceived(shipment: Shipment): number {
  if (!isOpenShipment(shipment)) return 0;
  return Math.max(0, shipment.units - (shipment.receivedUnits ?? 0));
}
