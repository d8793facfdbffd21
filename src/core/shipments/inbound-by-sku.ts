// R10, R23: per SKU, the units still inbound and the earliest expected arrival of open shipments.

import type { IsoDate } from '../iso-date';
import { sameKey } from '../same-key';
import { isOpenShipment, type Shipment } from './shipment';

export interface SkuInbound {
  /** Units of open shipments not yet received. */
  readonly units: number;
  /** The earliest ETA among open shipments that have one; undefined when none has. */
  readonly nextArrival: IsoDate | undefined;
  /** How many open shipments the figures come from. */
  readonly openShipments: number;
}

/**
 * Sums open shipments per SKU (SKUs matched loosely: case and spaces), as the replenishment
 * sheet's formulas do: the units shipped minus the units received, over the SKU's open shipments,
 * never below 0; the earliest ETA among them, including an ETA that has passed (the shipment is
 * late, and the sheet says so). A SKU with no open shipment is absent.
 */
export function inboundBySku(shipments: readonly Shipment[]): Map<string, SkuInbound> {
  const totals = new Map<
    string,
    { shipped: number; received: number; next?: IsoDate; n: number }
  >();
  for (const shipment of shipments) {
    if (!isOpenShipment(shipment)) continue;
    const key = sameKey(shipment.sku);
    const total = totals.get(key) ?? { shipped: 0, received: 0, n: 0 };
    total.shipped += shipment.units;
    total.received += shipment.receivedUnits ?? 0;
    total.n += 1;
    if (shipment.eta !== undefined && (total.next === undefined || shipment.eta < total.next)) {
      total.next = shipment.eta;
    }
    totals.set(key, total);
  }
  const result = new Map<string, SkuInbound>();
  for (const [key, total] of totals) {
    result.set(key, {
      units: Math.max(0, total.shipped - total.received),
      nextArrival: total.next,
      openShipments: total.n,
    });
  }
  return result;
}

/** The inbound of one SKU (none when it has no open shipment). */
export function inboundOf(inbound: ReadonlyMap<string, SkuInbound>, sku: string): SkuInbound {
  return inbound.get(sameKey(sku)) ?? { units: 0, nextArrival: undefined, openShipments: 0 };
}
