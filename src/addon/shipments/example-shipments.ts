// The shipments sheet's example rows: the template's EXAMPLE- SKUs on their way, and one of each
// anomaly (late and delayed, lost, received short), so every flag shows on a new sheet.

import type { ShipmentMode, ShipmentStatus } from '../../core/shipments/shipment';
import type { ShipmentsMessageKey } from './shipments-messages';

export interface ExampleShipment {
  readonly note: ShipmentsMessageKey;
  readonly id: string;
  readonly sku: string;
  readonly units: number;
  readonly mode: ShipmentMode;
  /** Days from today, written as =TODAY()±n so the example keeps its meaning any day. */
  readonly shipDay: number;
  readonly etaDay: number;
  readonly status: ShipmentStatus;
  readonly received?: number;
}

/**
 * The inbound units and arrivals of EXAMPLE-SEA and EXAMPLE-OUT match the replenishment
 * template's example rows, so linking the two sheets keeps every example in its phase.
 */
export const EXAMPLE_SHIPMENTS: readonly ExampleShipment[] = [
  {
    note: 'exampleInTransit',
    id: 'EXAMPLE-FBA1',
    sku: 'EXAMPLE-SEA',
    units: 300,
    mode: 'sea',
    shipDay: -20,
    etaDay: 50,
    status: 'in_transit',
  },
  {
    note: 'exampleCustoms',
    id: 'EXAMPLE-FBA2',
    sku: 'EXAMPLE-OUT',
    units: 600,
    mode: 'sea',
    shipDay: -35,
    etaDay: 12,
    status: 'customs',
  },
  {
    note: 'exampleDelayed',
    id: 'EXAMPLE-FBA3',
    sku: 'EXAMPLE-LATE',
    units: 200,
    mode: 'rail',
    shipDay: -40,
    etaDay: -3,
    status: 'delayed',
  },
  {
    note: 'exampleLost',
    id: 'EXAMPLE-FBA4',
    sku: 'EXAMPLE-OUT',
    units: 150,
    mode: 'express',
    shipDay: -15,
    etaDay: -5,
    status: 'lost',
  },
  {
    note: 'exampleShort',
    id: 'EXAMPLE-FBA5',
    sku: 'EXAMPLE-RECOVERY',
    units: 500,
    mode: 'sea',
    shipDay: -55,
    etaDay: -10,
    status: 'received',
    received: 488,
  },
];
